import type { SchemeId } from "../../core/ids";
import type { Bilingual, Lang } from "../../core/lang";
import { OTHER_FUNDERS } from "./copy";
import { judge, RULES, type Situation } from "./rules";
import {
  type ClientStatus,
  type FundingRoutesInput,
  FundingRoutesInputSchema,
  type FundingRoutesOutput,
  type Goal,
  type OtherFunder,
  type Route,
} from "./schema";

/** A goal that is a hiring contract says the training goes with a hire. */
const HIRING_GOALS: readonly Goal[] = ["apprenticeship", "professionalisation"];

/** The schemes a goal is served by, most direct first. */
export const GOAL_SCHEMES: Record<Goal, readonly SchemeId[]> = {
  adaptation: ["plan-developpement-competences", "action-collective", "poe", "cpf", "aif", "programme-regional"],
  certification: [
    "cpf",
    "plan-developpement-competences",
    "periode-reconversion",
    "projet-transition-professionnelle",
    "contrat-professionnalisation",
    "contrat-apprentissage",
    "vae",
    "poe",
    "aif",
    "programme-regional",
  ],
  languages: ["cpf", "plan-developpement-competences", "action-collective", "aif"],
  apprenticeship: ["contrat-apprentissage"],
  professionalisation: ["contrat-professionnalisation"],
  reconversion: [
    "periode-reconversion",
    "projet-transition-professionnelle",
    "cpf",
    "bilan-competences",
    "poe",
    "aif",
    "programme-regional",
    "contrat-professionnalisation",
  ],
  vae: ["vae", "periode-reconversion", "cpf"],
  bilan: ["bilan-competences", "cpf"],
};

/** Without a goal: every scheme, in the order that matters most to each profile. */
const EMPLOYEE_ORDER: readonly SchemeId[] = [
  "cpf",
  "plan-developpement-competences",
  "periode-reconversion",
  "projet-transition-professionnelle",
  "bilan-competences",
  "vae",
  "action-collective",
  "contrat-professionnalisation",
  "contrat-apprentissage",
  "poe",
  "aif",
  "programme-regional",
];
export const STATUS_ORDER: Record<ClientStatus, readonly SchemeId[]> = {
  employer: [
    "plan-developpement-competences",
    "action-collective",
    "contrat-apprentissage",
    "contrat-professionnalisation",
    "periode-reconversion",
    "poe",
    "cpf",
    "bilan-competences",
    "vae",
    "projet-transition-professionnelle",
    "aif",
    "programme-regional",
  ],
  employee: EMPLOYEE_ORDER,
  apprentice: ["contrat-apprentissage", ...EMPLOYEE_ORDER.filter((s) => s !== "contrat-apprentissage")],
  job_seeker: [
    "poe",
    "cpf",
    "aif",
    "programme-regional",
    "contrat-professionnalisation",
    "contrat-apprentissage",
    "vae",
    "bilan-competences",
    "plan-developpement-competences",
    "periode-reconversion",
    "action-collective",
    "projet-transition-professionnelle",
  ],
  self_employed: EMPLOYEE_ORDER,
  public_agent: EMPLOYEE_ORDER,
};

const RANK = { yes: 0, maybe: 1, no: 2 } as const;

/** Official pages of the funders outside the schemes. */
const OTHER_FUNDER_SOURCES: Partial<Record<ClientStatus, string>> = {
  self_employed: "https://www.service-public.fr/professionnels-entreprises/vosdroits/F23459",
  job_seeker: "https://www.service-public.fr/particuliers/vosdroits/F12382",
};

/**
 * The schemes that always matter to a persona whatever the goal of a course (not for a VAE, a
 * skills assessment or a given contract): a job seeker's CPF, AIF, the region's courses, the POE
 * and the professionalisation contract; the self-employed's CPF; a public agent's administration and CPF.
 */
const ALWAYS_FOR: Partial<Record<ClientStatus, readonly SchemeId[]>> = {
  job_seeker: ["cpf", "aif", "programme-regional", "poe", "contrat-professionnalisation"],
  self_employed: ["cpf"],
  public_agent: ["plan-developpement-competences", "cpf"],
};
const COURSE_GOALS: readonly Goal[] = ["adaptation", "certification", "languages", "reconversion"];

/** The schemes judged for a situation: the goal's (with the persona's own), or every scheme in the persona's order. */
export function schemesFor(status: ClientStatus, goal: Goal | undefined): readonly SchemeId[] {
  if (!goal) return STATUS_ORDER[status];
  const own = COURSE_GOALS.includes(goal) ? (ALWAYS_FOR[status] ?? []) : [];
  return [...new Set([...GOAL_SCHEMES[goal], ...own])];
}

/** Normalised situation: a provider is judged as its client (employer when not said); a contract goal is a hire. */
export function situationOf(input: ReturnType<typeof FundingRoutesInputSchema.parse>): Situation {
  const hiring = Boolean(input.hiring) || (input.goal ? HIRING_GOALS.includes(input.goal) : false);
  if (input.status !== "provider") return { status: input.status, headcount: input.headcount, hiring };
  return { status: input.clientStatus ?? "employer", headcount: input.clientHeadcount ?? input.headcount, hiring };
}

const inLang = (lang: Lang) => (text: Bilingual) => text[lang];

/**
 * The funding routes open to a profile, each with yes / maybe / no, a full-sentence reason in the
 * requested language and the body that pays. Deterministic: the 2026 rules of `rules.ts`.
 */
export function fundingRoutes(input: FundingRoutesInput): FundingRoutesOutput {
  const parsed = FundingRoutesInputSchema.parse(input);
  const situation = situationOf(parsed);
  const t = inLang(parsed.lang);
  const routes: Route[] = schemesFor(situation.status, parsed.goal)
    .map((scheme) => {
      const verdict = judge(scheme, situation);
      return {
        scheme,
        eligible: verdict.eligible,
        why: t(verdict.why),
        funder: t(verdict.funder),
        source: RULES[scheme].source,
      };
    })
    .sort((a, b) => RANK[a.eligible] - RANK[b.eligible]);
  const status = situation.status;
  const other = status in OTHER_FUNDERS ? OTHER_FUNDERS[status as keyof typeof OTHER_FUNDERS] : undefined;
  const source = OTHER_FUNDER_SOURCES[status];
  const others: OtherFunder[] = other
    ? [{ funder: t(other.funder), why: t(other.why), ...(source ? { source } : {}) }]
    : [];
  return {
    status: parsed.status,
    evaluatedFor: situation.status,
    ...(situation.headcount !== undefined ? { headcount: situation.headcount } : {}),
    ...(parsed.goal ? { goal: parsed.goal } : {}),
    hiring: situation.hiring ?? false,
    lang: parsed.lang,
    routes,
    otherFunders: others,
  };
}
