import type { SchemeId } from "../../core/ids";
import type { Bilingual, Lang } from "../../core/lang";
import { RULES, type Situation } from "./rules";
import {
  type ClientStatus,
  type FundingRoutesInput,
  FundingRoutesInputSchema,
  type FundingRoutesOutput,
  type Goal,
  type OtherFunder,
  type Route,
} from "./schema";

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
    "vae",
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

const FAF_SOURCE = "https://www.service-public.fr/professionnels-entreprises/vosdroits/F23459";

/** Funders outside the ten schemes that a profile should know about. */
function otherFunders(situation: Situation): { funder: Bilingual; why: Bilingual; source?: string }[] {
  switch (situation.status) {
    case "self_employed":
      return [
        {
          funder: {
            fr: "Le FAF de votre activité (AGEFICE, FIFPL, FAFCEA, VIVEA ou FAF-PM)",
            en: "The FAF of your activity (AGEFICE, FIFPL, FAFCEA, VIVEA or FAF-PM)",
          },
          why: {
            fr: "Un travailleur indépendant ne dépend pas d'un OPCO : sa contribution à la formation professionnelle (CFP) lui ouvre le financement d'un fonds d'assurance formation selon son activité, l'AGEFICE pour les commerçants et dirigeants non salariés, le FIFPL pour les professions libérales, le FAFCEA pour les artisans, VIVEA pour les exploitants agricoles et le FAF-PM pour les médecins ; l'organisme qui collecte la CFP délivre l'attestation que demandent les organismes de formation.",
            en: "A self-employed person does not depend on an OPCO: their training contribution (CFP) opens funding from a training insurance fund chosen by activity, AGEFICE for traders and non-salaried company heads, FIFPL for the liberal professions, FAFCEA for craftspeople, VIVEA for farmers and FAF-PM for doctors; the body that collects the CFP issues the certificate that training providers ask for.",
          },
          source: FAF_SOURCE,
        },
      ];
    case "public_agent":
      return [
        {
          funder: { fr: "CNFPT, ANFH ou votre administration", en: "CNFPT, ANFH or your administration" },
          why: {
            fr: "Un agent public ne relève pas d'un OPCO : le CNFPT forme les agents territoriaux, l'ANFH finance la formation des personnels hospitaliers, et les ministères et établissements de l'État financent celle de leurs agents.",
            en: "A public agent does not depend on an OPCO: the CNFPT trains local government staff, the ANFH funds training for hospital staff, and state ministries and bodies fund their own staff's training.",
          },
        },
      ];
    case "job_seeker":
      return [
        {
          funder: {
            fr: "France Travail (aide individuelle à la formation, AIF) et la région",
            en: "France Travail (individual training aid, AIF) and the region",
          },
          why: {
            fr: "Un demandeur d'emploi ne dépend pas d'un OPCO : France Travail peut financer une formation par l'AIF ou compléter le CPF, et la région finance ses propres programmes de formation.",
            en: "A job seeker does not depend on an OPCO: France Travail can fund a course through the AIF or top up the CPF, and the region funds its own training programmes.",
          },
          source: "https://www.service-public.fr/particuliers/vosdroits/F12382",
        },
      ];
    default:
      return [];
  }
}

/** Normalised situation: a provider is judged as its client (employer when not said). */
export function situationOf(input: ReturnType<typeof FundingRoutesInputSchema.parse>): Situation {
  if (input.status !== "provider") return { status: input.status, headcount: input.headcount };
  return { status: input.clientStatus ?? "employer", headcount: input.clientHeadcount ?? input.headcount };
}

const inLang = (lang: Lang) => (text: Bilingual) => text[lang];

/**
 * The funding routes open to a profile, each with yes / maybe / no, a full-sentence reason in the
 * requested language and the body that pays. Deterministic: the 2026 rules of funding-rules.ts.
 */
export function fundingRoutes(input: FundingRoutesInput): FundingRoutesOutput {
  const parsed = FundingRoutesInputSchema.parse(input);
  const situation = situationOf(parsed);
  const t = inLang(parsed.lang);
  const schemes = parsed.goal ? GOAL_SCHEMES[parsed.goal] : STATUS_ORDER[situation.status];
  const routes: Route[] = schemes
    .map((scheme) => {
      const rule = RULES[scheme];
      const verdict = rule.judge(situation);
      return {
        scheme,
        eligible: verdict.eligible,
        why: t(verdict.why),
        funder: t(verdict.funder),
        source: rule.source,
      };
    })
    .sort((a, b) => RANK[a.eligible] - RANK[b.eligible]);
  const others: OtherFunder[] = otherFunders(situation).map((o) => ({
    funder: t(o.funder),
    why: t(o.why),
    ...(o.source ? { source: o.source } : {}),
  }));
  return {
    status: parsed.status,
    evaluatedFor: situation.status,
    ...(situation.headcount !== undefined ? { headcount: situation.headcount } : {}),
    ...(parsed.goal ? { goal: parsed.goal } : {}),
    lang: parsed.lang,
    routes,
    otherFunders: others,
  };
}
