import type { Role, SchemeId, TrainingGoal } from "../core/ids";
import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import type { FundingRoute, NextStepsSummary } from "../core/summary";
import type { DialogueDeps, FindOpcoAnswer, QualiopiAnswer } from "../dialogue/ports";
import { ADVICE } from "../dialogue/questions";
import { isFilled, nextSlot, requiredSlots } from "../dialogue/slots";
import type { DialogueState } from "../dialogue/state";
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

/** What the OPCO answer rests on, in words: "IDCC 1486 (Bureaux d'études techniques...)", "code NAF 56.10A", ... */
function basisText(result: FindOpcoAnswer, lang: Lang): string {
  const fr = lang === "fr";
  const r = result as FindOpcoAnswer & {
    idcc?: { code: string; label: string | null };
    naf?: { code: string; label: string };
    company?: { name: string };
  };
  if (result.basis === "idcc" && r.idcc) return `IDCC ${r.idcc.code}${r.idcc.label ? ` (${r.idcc.label})` : ""}`;
  if (result.basis === "naf" && r.naf) return `${fr ? "code NAF" : "NAF code"} ${r.naf.code} (${r.naf.label})`;
  if ((result.basis === "siret" || result.basis === "siren") && r.company)
    return `${result.basis.toUpperCase()} : ${r.company.name}`.replace(" : ", fr ? " : " : ": ");
  if (result.basis === "query") return fr ? "description de l'activité" : "description of the activity";
  return result.basis;
}

const FUNDER_CARDS: Partial<Record<string, string>> = {
  self_employed: "independants-faf",
  public_agent: "agents-publics-formation",
  job_seeker: "demandeurs-emploi-formation",
};

type SummaryDeps = Pick<DialogueDeps, "fundingRoutes" | "listDocuments" | "card">;

/**
 * The next-steps summary, built only from the profile and the tools' outputs; partial when facts
 * are missing (they are listed in `unknowns` with where to find them).
 */
export function buildSummary(state: DialogueState, deps: SummaryDeps, lang: Lang = state.lang): NextStepsSummary {
  const fr = lang === "fr";
  const { profile } = state;
  const opcoResult = state.results.opco as FindOpcoAnswer | undefined;
  const qualiopi = state.results.qualiopi as QualiopiAnswer | undefined;

  const routes = profile.role
    ? deps.fundingRoutes({ status: profile.role, headcount: profile.headcount, goal: profile.training?.goal, lang })
        .routes
    : [];
  const route = mainRoute(routes, profile.training?.goal, profile.role);
  const scheme = route?.scheme as SchemeId | undefined;
  const documents = scheme ? deps.listDocuments({ scheme, phase: "all", lang }).documents : [];

  const opco =
    opcoResult?.status === "found" && opcoResult.opco
      ? {
          id: opcoResult.opco.id,
          name: opcoResult.opco.name,
          confidence: opcoResult.confidence,
          basis: basisText(opcoResult, lang),
        }
      : null;
  const funder = opco
    ? undefined
    : opcoResult?.status === "not_applicable"
      ? describeAlternative(opcoResult)
      : route?.funder;

  const unknowns: string[] = [];
  for (const slot of requiredSlots(profile.role)) {
    if (isFilled(slot, state)) continue;
    const what = {
      role: fr ? "Votre profil" : "Your profile",
      company: fr ? "L'entreprise (IDCC, SIRET ou activité)" : "The company (IDCC, SIRET or activity)",
      headcount: fr ? "L'effectif de l'entreprise" : "The company's headcount",
      goal: fr ? "Le projet de formation" : "The training project",
      startDate: fr ? "La date de début" : "The start date",
      provider: fr ? "L'organisme de formation" : "The training provider",
    }[slot];
    unknowns.push(ADVICE[slot][lang] ? `${what} : ${ADVICE[slot][lang]}`.replace(" : ", fr ? " : " : ": ") : what);
  }
  if (
    opcoResult &&
    (opcoResult.status === "ambiguous" || (opcoResult.status === "found" && opcoResult.confidence !== "certain"))
  ) {
    unknowns.push(
      fr
        ? "L'OPCO reste à confirmer : l'IDCC de la convention collective, sur la fiche de paie, le donne avec certitude."
        : "The OPCO is still to be confirmed: the IDCC of the collective agreement, on the payslip, settles it.",
    );
  }
  if (qualiopi && qualiopi.status !== "certified") {
    unknowns.push(
      fr
        ? "La certification Qualiopi de l'organisme : demandez son certificat ou consultez la liste publique des organismes de formation."
        : "The provider's Qualiopi certification: ask for its certificate or look it up in the public list of training organisations.",
    );
  }

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
    documents: documents.map((d) => ({ ...d })),
    steps: planSteps(profile.role, scheme, funderName(route, opco?.name), lang).map((step, i) => ({
      order: i + 1,
      ...step,
    })),
    deadlines: deadlinesFor(scheme, profile.training?.startDate, lang).map((d) => ({ ...d })),
    unknowns,
    citations,
    text: "",
  };
  summary.text = neutraliseHtml(renderMarkdown(summary, { complete: nextSlot(state) === undefined }));
  return summary;
}

/** Who funds the main route, naming the OPCO when the route is the company's OPCO and it is known. */
function funderName(route: FundingRoute | undefined, opcoName: string | undefined): string | undefined {
  if (!route) return opcoName;
  return opcoName && /\bOPCO\b/.test(route.funder) && !/CPF|Caisse|Transitions|France Travail/.test(route.funder)
    ? opcoName
    : route.funder;
}

/** The name of whoever funds when no OPCO applies, from findOpco's `alternative`. */
export function describeAlternative(result: FindOpcoAnswer): string {
  const alt = result.alternative;
  if (typeof alt === "string") return alt;
  if (alt && typeof alt === "object") {
    const record = alt as Record<string, unknown>;
    const name = record.name ?? record.funder ?? record.label;
    if (typeof name === "string") return name;
  }
  return result.explanation;
}
