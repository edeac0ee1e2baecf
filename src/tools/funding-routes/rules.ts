import type { SchemeId } from "../../core/ids";
import type { Bilingual } from "../../core/lang";
import {
  EMPLOYER_PLAN,
  FUNDERS,
  type FunderKey,
  NOT_FOR,
  PLAN_SUBJECTS,
  SCHEME_SUBJECTS,
  type SubjectKey,
  WHY,
} from "./copy";
import type { ClientStatus } from "./schema";

/** The situation the rules look at. */
export interface Situation {
  status: ClientStatus;
  /** Employees of the company concerned, when known. */
  headcount?: number;
  /**
   * The training goes with a hire: an employer recruiting (an apprentice, a professionalisation
   * contract, a job seeker trained first), or a job seeker whom a company is about to recruit.
   */
  hiring?: boolean;
}

export interface Verdict {
  eligible: "yes" | "no" | "maybe";
  why: Bilingual;
  funder: Bilingual;
}

/** One verdict as the table writes it: eligibility, reason, funder. */
type Case = readonly [Verdict["eligible"], Bilingual, FunderKey];
/** A persona's verdict, fixed or depending on the situation (size, hire). */
type Entry = Case | ((situation: Situation) => Case);

export interface SchemeRule {
  /** Official page the rule comes from. */
  source: string;
  /** How the refusal to a persona the table does not list names the scheme. */
  subject?: SubjectKey;
  /** The verdict per persona; an apprentice is judged as an employee unless listed. */
  by: Partial<Record<ClientStatus, Entry>>;
  /** The verdict for every persona not listed, when it is the same for all of them. */
  others?: Case;
}

/** Under 50 employees the OPCO funds the plan from legal contributions; 50 and more, only from conventional or voluntary ones. */
export const SMALL_COMPANY_LIMIT = 50;
type Size = "small" | "large" | "unknown";
export const sizeOf = (headcount?: number): Size =>
  headcount === undefined ? "unknown" : headcount < SMALL_COMPANY_LIMIT ? "small" : "large";

const S = {
  plan: "https://www.service-public.fr/particuliers/vosdroits/F11267",
  apprenticeship: "https://travail-emploi.gouv.fr/le-contrat-dapprentissage",
  professionalisation: "https://www.service-public.fr/particuliers/vosdroits/F15478",
  reconversion: "https://travail-emploi.gouv.fr/la-periode-de-reconversion",
  cpf: "https://travail-emploi.gouv.fr/le-compte-personnel-de-formation-cpf",
  bilan: "https://travail-emploi.gouv.fr/le-bilan-de-competences",
  vae: "https://www.service-public.fr/particuliers/vosdroits/F2401",
  poe: "https://travail-emploi.gouv.fr/la-preparation-operationnelle-lemploi-collective-poec",
  ptp: "https://travail-emploi.gouv.fr/le-projet-de-transition-professionnelle",
  jobSeekers: "https://www.service-public.fr/particuliers/vosdroits/F3147",
} as const;

/** The employer funds it through the plan: the OPCO under 50 employees, conventional or voluntary money from 50. */
const byCompanySize =
  (what: Bilingual): Entry =>
  ({ headcount }) => {
    const size = sizeOf(headcount);
    if (size === "small") return ["yes", EMPLOYER_PLAN.small(what), "opcoLegal"];
    return ["maybe", EMPLOYER_PLAN[size](what), size === "large" ? "employerLarge" : "employerOrOpco"];
  };

/** A hiring contract: open when the employer recruits, otherwise pointed to the routes for current staff. */
const whenHiring =
  (hiring: Case, notHiring: Case): Entry =>
  (s) =>
    s.hiring ? hiring : notHiring;

/** The funding rules of 2026, one row per scheme and persona. */
export const RULES: Record<SchemeId, SchemeRule> = {
  "plan-developpement-competences": {
    source: S.plan,
    subject: "plan",
    by: {
      employer: byCompanySize(PLAN_SUBJECTS.plan),
      employee: ({ headcount }) => {
        const size = sizeOf(headcount);
        return [
          "maybe",
          WHY.plan.employee,
          size === "large" ? "employerLarge" : size === "small" ? "opcoLegal" : "employerOrOpco",
        ];
      },
      public_agent: ["maybe", WHY.publicPlan, "public"],
    },
  },
  "contrat-apprentissage": {
    source: S.apprenticeship,
    subject: "apprenticeship",
    by: {
      // An employer whose goal is an apprenticeship is hiring (the situation says so).
      employer: whenHiring(
        ["yes", WHY.apprenticeship.employer, "opco"],
        ["maybe", WHY.apprenticeship.employerNotHiring, "opco"],
      ),
      self_employed: ["yes", WHY.apprenticeship.selfEmployed, "branchOpco"],
      apprentice: ["yes", WHY.apprenticeship.apprentice, "opco"],
      employee: whenHiring(
        ["maybe", WHY.apprenticeship.candidate, "opco"],
        ["no", WHY.apprenticeship.employeeNotHiring, "opco"],
      ),
      job_seeker: ["maybe", WHY.apprenticeship.candidate, "opco"],
    },
  },
  "contrat-professionnalisation": {
    source: S.professionalisation,
    subject: "professionalisation",
    by: {
      employer: whenHiring(
        ["yes", WHY.professionalisation.employer, "opco"],
        ["maybe", WHY.professionalisation.employerNotHiring, "opco"],
      ),
      employee: whenHiring(
        ["maybe", WHY.professionalisation.candidate, "opco"],
        ["no", WHY.professionalisation.employeeNotHiring, "opco"],
      ),
      job_seeker: ["maybe", WHY.professionalisation.candidate, "opco"],
    },
  },
  "periode-reconversion": {
    source: S.reconversion,
    subject: "reconversion",
    by: {
      employer: ["yes", WHY.reconversion.employer, "opco"],
      employee: ["maybe", WHY.reconversion.employee, "opco"],
    },
  },
  cpf: {
    source: S.cpf,
    by: {
      employee: ["yes", WHY.cpf.employee, "cdc"],
      employer: ["maybe", WHY.cpf.employer, "cdcToppedUp"],
      job_seeker: ["yes", WHY.cpf.job_seeker, "cdcJobSeeker"],
      self_employed: ["yes", WHY.cpf.self_employed, "cdcSelfEmployed"],
      public_agent: ["yes", WHY.cpf.public_agent, "public"],
    },
  },
  "bilan-competences": {
    source: S.bilan,
    by: {
      employer: byCompanySize(PLAN_SUBJECTS.bilan),
      employee: ["yes", WHY.bilan.employee, "cdcOrEmployer"],
      job_seeker: ["yes", WHY.bilan.job_seeker, "cdcOrFranceTravail"],
      self_employed: ["yes", WHY.bilan.self_employed, "cdcOrFaf"],
      public_agent: ["yes", WHY.bilan.public_agent, "public"],
    },
  },
  vae: {
    source: S.vae,
    by: {
      employer: byCompanySize(PLAN_SUBJECTS.vae),
      employee: ["yes", WHY.vae.employee, "vaeEmployee"],
      job_seeker: ["yes", WHY.vae.job_seeker, "vaeJobSeeker"],
      self_employed: ["yes", WHY.vae.self_employed, "cdcOrFaf"],
      public_agent: ["yes", WHY.vae.public_agent, "public"],
    },
  },
  poe: {
    source: S.poe,
    by: {
      job_seeker: whenHiring(["yes", WHY.poe.jobSeekerHired, "poe"], ["maybe", WHY.poe.jobSeeker, "poe"]),
      employer: whenHiring(["yes", WHY.poe.employerHiring, "poe"], ["no", WHY.poe.employer, "poe"]),
    },
    others: ["no", WHY.poe.other, "poe"],
  },
  "action-collective": {
    source: S.plan,
    subject: "collective",
    by: {
      employer: ({ headcount }) =>
        sizeOf(headcount) === "small" ? ["yes", WHY.collective.small, "opco"] : ["maybe", WHY.collective.large, "opco"],
      employee: ["maybe", WHY.collective.employee, "opco"],
    },
  },
  "projet-transition-professionnelle": {
    source: S.ptp,
    by: {
      employee: ["maybe", WHY.ptp.employee, "transitionsPro"],
      employer: ["no", WHY.ptp.employer, "transitionsPro"],
      job_seeker: ["no", WHY.ptp.job_seeker, "transitionsPro"],
      self_employed: ["no", WHY.ptp.self_employed, "transitionsPro"],
      public_agent: ["no", WHY.ptp.public_agent, "transitionsPro"],
    },
  },
  aif: {
    source: S.jobSeekers,
    by: {
      job_seeker: ["maybe", WHY.aif.job_seeker, "franceTravail"],
    },
    others: ["no", WHY.aif.other, "franceTravail"],
  },
  "programme-regional": {
    source: S.jobSeekers,
    by: {
      job_seeker: ["maybe", WHY.region.job_seeker, "region"],
    },
    others: ["no", WHY.region.other, "region"],
  },
};

/**
 * Schemes a company's OPCO does not pay for, whoever asks: the CPF (Caisse des Dépôts; the OPCO
 * may at most top it up), the projet de transition professionnelle (Transitions Pro), France
 * Travail's AIF and the regions' programmes. Leading an answer about them with the company's OPCO
 * would point to the wrong funder.
 */
export const FUNDED_WITHOUT_OPCO: ReadonlySet<SchemeId> = new Set<SchemeId>([
  "cpf",
  "projet-transition-professionnelle",
  "aif",
  "programme-regional",
]);

/** Who funds instead, for the personas a scheme is closed to. */
const ELSEWHERE: Record<"job_seeker" | "self_employed" | "public_agent", FunderKey> = {
  job_seeker: "franceTravail",
  self_employed: "faf",
  public_agent: "public",
};

/** The verdict of one scheme for a situation: the table's row, or the persona's refusal. */
export function judge(scheme: SchemeId, situation: Situation): Verdict {
  const rule = RULES[scheme];
  const status = situation.status;
  const entry = rule.by[status] ?? (status === "apprentice" ? rule.by.employee : undefined) ?? rule.others;
  if (entry) {
    const [eligible, why, funder] = typeof entry === "function" ? entry(situation) : entry;
    return { eligible, why, funder: FUNDERS[funder] };
  }
  const persona = status in ELSEWHERE ? (status as keyof typeof ELSEWHERE) : undefined;
  if (!persona || !rule.subject) throw new Error(`No funding rule for ${scheme} and ${status}`);
  return { eligible: "no", why: NOT_FOR[persona](SCHEME_SUBJECTS[rule.subject]), funder: FUNDERS[ELSEWHERE[persona]] };
}
