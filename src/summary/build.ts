import type { Role, SchemeId, TrainingGoal } from "../core/ids";
import { type Lang, labelled } from "../core/lang";
import type { Profile } from "../core/profile";
import type { Citation } from "../core/reply";
import type { FundingRoute, NextStepsSummary } from "../core/summary";
import type { ToolOutput, ToolSet } from "../tools/catalogue";
import { BASIS, LABELS } from "./copy";
import { deadlinesFor } from "./deadlines";
import { neutraliseHtml, renderMarkdown } from "./markdown";
import { planSteps } from "./plan";

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
const JOB_SEEKER_FIRST: SchemeId[] = ["poe", "cpf"];

/**
 * The route the plan is built on: the scheme that serves the goal most directly and is not closed
 * ("yes" or "maybe"); without a goal or such a scheme, the first "yes", else the first "maybe".
 */
export function mainRoute(routes: readonly FundingRoute[], goal?: TrainingGoal, role?: Role): FundingRoute | undefined {
  const preferred = role === "job_seeker" ? JOB_SEEKER_FIRST : goal ? PREFERRED[goal] : [];
  for (const scheme of preferred) {
    const route = routes.find((r) => r.scheme === scheme && r.eligible !== "no");
    if (route) return route;
  }
  return routes.find((r) => r.eligible === "yes") ?? routes.find((r) => r.eligible === "maybe");
}

type OpcoResult = ToolOutput<"findOpco">;

/** What the OPCO answer rests on, in words: "IDCC 1486 (Bureaux d'études techniques...)", "code NAF 56.10A", ... */
function basisText(r: OpcoResult, lang: Lang): string {
  if (r.basis === "idcc" && r.idcc) return `IDCC ${r.idcc.code}${r.idcc.label ? ` (${r.idcc.label})` : ""}`;
  if (r.basis === "naf" && r.naf) return `${BASIS.naf[lang]} ${r.naf.code} (${r.naf.label})`;
  if ((r.basis === "siret" || r.basis === "siren") && r.company)
    return labelled(r.basis.toUpperCase(), r.company.name, lang);
  if (r.basis === "query") return BASIS.query[lang];
  return r.basis;
}

const FUNDER_CARDS: Partial<Record<string, string>> = {
  self_employed: "independants-faf",
  public_agent: "agents-publics-formation",
  job_seeker: "demandeurs-emploi-formation",
};

/** What the summary is built from: the profile, the tools' last outputs, and what the dialogue still misses. */
export interface SummaryInput {
  lang: Lang;
  profile: Profile;
  opco?: OpcoResult | undefined;
  qualiopi?: ToolOutput<"checkQualiopi"> | undefined;
  /** Facts still missing, each with where to find it, in the summary's language. */
  missing: string[];
  /** Every fact the dialogue asks for is known or skipped: the plan is no longer a draft. */
  complete: boolean;
}

export interface SummaryDeps {
  tools: Pick<ToolSet, "fundingRoutes" | "listDocuments">;
  /** A card to cite, when it exists. */
  card(id: string, lang: Lang): Citation | undefined;
}

/**
 * The next-steps summary, built only from the profile and the tools' outputs; partial when facts
 * are missing (they are listed in `unknowns` with where to find them).
 */
export async function buildSummary(input: SummaryInput, deps: SummaryDeps): Promise<NextStepsSummary> {
  const { lang, profile, opco: opcoResult, qualiopi } = input;
  const L = LABELS[lang];
  const routes = profile.role
    ? (
        await deps.tools.fundingRoutes({
          status: profile.role,
          headcount: profile.headcount,
          goal: profile.training?.goal,
          lang,
        })
      ).routes
    : [];
  const route = mainRoute(routes, profile.training?.goal, profile.role);
  const scheme = route?.scheme;
  const documents = scheme ? (await deps.tools.listDocuments({ scheme, phase: "all", lang })).documents : [];

  const opco =
    opcoResult?.status === "found" && opcoResult.opco
      ? {
          id: opcoResult.opco.id,
          name: opcoResult.opco.name,
          confidence: opcoResult.confidence,
          basis: basisText(opcoResult, lang),
        }
      : null;
  // Where no OPCO applies, findOpco's explanation says who funds instead (the FAF, CNFPT/ANFH, France Travail).
  const funder = opco ? undefined : opcoResult?.status === "not_applicable" ? opcoResult.explanation : route?.funder;

  const unknowns = [...input.missing];
  const unsure = opcoResult?.status === "found" && opcoResult.confidence !== "certain";
  if (opcoResult?.status === "ambiguous" || unsure) unknowns.push(L.opcoToConfirm);
  if (qualiopi && qualiopi.status !== "certified") unknowns.push(L.qualiopiToCheck);

  const cardIds = [
    scheme,
    opco?.id,
    profile.role ? FUNDER_CARDS[profile.role] : undefined,
    opco ? undefined : "trouver-son-opco",
    "demande-prise-en-charge-etapes",
    "qualiopi-obligatoire",
  ].filter((id): id is string => Boolean(id));
  const citations = [...new Set(cardIds)].map((id) => deps.card(id, lang)).filter((c): c is Citation => Boolean(c));

  const summary: NextStepsSummary = {
    lang,
    profile,
    opco,
    ...(funder ? { funder } : {}),
    routes,
    ...(qualiopi ? { qualiopi: { ...qualiopi } } : {}),
    // `who` in words: the plan is read by people.
    documents: documents.map(({ whoLabel, ...doc }) => ({ ...doc, who: whoLabel })),
    steps: planSteps(profile.role, scheme, funderName(route, opco?.name), lang).map((step, i) => ({
      order: i + 1,
      ...step,
    })),
    deadlines: deadlinesFor(scheme, profile.training?.startDate, lang).map((d) => ({ ...d })),
    unknowns,
    citations,
    text: "",
  };
  summary.text = neutraliseHtml(renderMarkdown(summary, { complete: input.complete }));
  return summary;
}

/** Who funds the main route, naming the OPCO when the route is the company's OPCO and it is known. */
function funderName(route: FundingRoute | undefined, opcoName: string | undefined): string | undefined {
  if (!route) return opcoName;
  return opcoName && /\bOPCO\b/.test(route.funder) && !/CPF|Caisse|Transitions|France Travail/.test(route.funder)
    ? opcoName
    : route.funder;
}
