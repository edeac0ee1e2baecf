import type { Role, SchemeId, TrainingGoal } from "../core/ids";
import type { FundingRoute } from "../core/summary";

/** The schemes that serve a goal first, most direct first; the plan is built on the first one open. */
const PREFERRED: Record<TrainingGoal, SchemeId[]> = {
  adaptation: ["plan-developpement-competences", "action-collective", "cpf"],
  certification: ["plan-developpement-competences", "cpf", "periode-reconversion"],
  languages: ["plan-developpement-competences", "cpf"],
  apprenticeship: ["contrat-apprentissage"],
  professionalisation: ["contrat-professionnalisation"],
  reconversion: ["periode-reconversion", "projet-transition-professionnelle", "cpf"],
  vae: ["vae"],
  bilan: ["bilan-competences"],
};
/** A job seeker's own routes: the CPF, then France Travail's AIF and the region; the POE first when a company hires. */
const JOB_SEEKER_FIRST: SchemeId[] = ["cpf", "aif", "programme-regional"];
/** Goals a job seeker follows as anyone else: a contract, a VAE, a skills assessment. */
const OWN_GOALS: readonly TrainingGoal[] = ["apprenticeship", "professionalisation", "vae", "bilan"];

/** The order in which the plan looks for its main route. */
function preferred(goal: TrainingGoal | undefined, role: Role | undefined, hiring: boolean): SchemeId[] {
  if (role === "job_seeker" && !(goal && OWN_GOALS.includes(goal)))
    return hiring ? ["poe", ...JOB_SEEKER_FIRST] : JOB_SEEKER_FIRST;
  const forGoal = goal ? PREFERRED[goal] : [];
  return role === "employer" && hiring ? ["poe", ...forGoal] : forGoal;
}

/**
 * The route the plan is built on: the scheme the user named, else the one that serves the goal most
 * directly for the persona, when not closed ("yes" or "maybe"); without a goal or such a scheme, the
 * first "yes", else the first "maybe".
 */
export function mainRoute(
  routes: readonly FundingRoute[],
  goal?: TrainingGoal,
  role?: Role,
  hiring = false,
  named?: SchemeId,
): FundingRoute | undefined {
  for (const scheme of [...(named ? [named] : []), ...preferred(goal, role, hiring)]) {
    const route = routes.find((r) => r.scheme === scheme && r.eligible !== "no");
    if (route) return route;
  }
  return routes.find((r) => r.eligible === "yes") ?? routes.find((r) => r.eligible === "maybe");
}
