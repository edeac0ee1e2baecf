import type { Role } from "../core/ids";
import type { Bilingual, Lang } from "../core/lang";
import copy from "./copy.json";

/**
 * The words of the plan, in both languages: those of `copy.json`, and the sentences built from a
 * count, a date or a name, written here.
 */

/** Headings and words of the summary, in both languages. */
export const LABELS = {
  fr: {
    ...copy.LABELS.fr,
    employees: (n: number) => `${n} salarié${n > 1 ? "s" : ""}`,
    hours: (n: number) => `${n} h`,
  },
  en: {
    ...copy.LABELS.en,
    employees: (n: number) => `${n} employee${n > 1 ? "s" : ""}`,
    hours: (n: number) => `${n} h`,
  },
} as const satisfies Record<Lang, unknown>;

export const SCHEME_NAMES: Record<string, Bilingual> = copy.SCHEME_NAMES;

/** A public agent's plan is the administration's own training plan, not the Code du travail's. */
const PUBLIC_PLAN: Bilingual = copy.PUBLIC_PLAN;

export const schemeName = (id: string, lang: Lang, role?: string) =>
  (role === "public_agent" && id === "plan-developpement-competences" ? PUBLIC_PLAN : SCHEME_NAMES[id])?.[lang] ?? id;

/** The centre's courses that match the project, as the plan lists them. */
export const COURSES = {
  ...copy.COURSES,
  heading: (centre?: string): Bilingual =>
    centre ? { fr: `Chez ${centre}`, en: `At ${centre}` } : { fr: "Nos formations", en: "Our courses" },
  nextSession: (date: string): Bilingual => ({ fr: `prochaine session : ${date}`, en: `next session: ${date}` }),
  funding: (route: string): Bilingual => ({ fr: `financement : ${route}`, en: `funding: ${route}` }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;

/** Who the user is, as the recap names it. */
export const ROLE_NAMES = copy.ROLE_NAMES satisfies Record<string, Bilingual>;

/** Who does a step of the plan. */
export const WHO = copy.WHO satisfies Record<string, Bilingual>;
export type Who = keyof typeof WHO;

/** The steps of the plan, each written once; `plan.ts` says which path takes which. */
export const STEPS = {
  ...copy.STEPS,
  checkProvider: (provider: string): Bilingual => ({
    fr: `Vérifier que ${provider} est certifié Qualiopi dans la catégorie de l'action`,
    en: `Check that ${provider} is Qualiopi-certified in the right category`,
  }),
  confirmFunder: (funder: string): Bilingual => ({
    fr: `Confirmer le financeur : ${funder}`,
    en: `Confirm the funder: ${funder}`,
  }),
  signContract: (cerfa: string): Bilingual => ({
    fr: `Signer le contrat sur le ${cerfa} et la convention de formation`,
    en: `Sign the contract on ${cerfa} and the training agreement`,
  }),
  sendApprenticeship: (funder: string): Bilingual => ({
    fr: `Transmettre le contrat et la convention du CFA au financeur, ${funder} ; la formation peut commencer sans attendre sa décision`,
    en: `Send the contract and the CFA's agreement to the funder, ${funder}; the training may start without waiting for its decision`,
  }),
  sendProfessionalisation: (funder: string): Bilingual => ({
    fr: `Transmettre le contrat au financeur, ${funder}, de préférence avant son début`,
    en: `Send the contract to the funder, ${funder}, preferably before it starts`,
  }),
  reconversionRequest: (funder: string): Bilingual => ({
    fr: `Signer l'accord écrit employeur-salarié et envoyer le dossier au financeur, ${funder}`,
    en: `Sign the written employer-employee agreement and send the file to the funder, ${funder}`,
  }),
  fundingRequest: (funder: string): Bilingual => ({
    fr: `Déposer la demande de prise en charge auprès du financeur, ${funder}`,
    en: `File the funding request with the funder, ${funder}`,
  }),
  fafCriteria: (funder: string): Bilingual => ({
    fr: `Lire les critères de l'année du financeur, ${funder} : thèmes, plafond annuel, délai de dépôt ; télécharger l'attestation de CFP`,
    en: `Read the funder's criteria for the year, ${funder}: topics, yearly ceiling, filing lead time; download the CFP certificate`,
  }),
};

/** The deadlines of the plan: what is due, and the rule it comes from. Never a bracket: the plan prints them inline. */
export const DEADLINES = copy.DEADLINES satisfies Record<string, { label: Bilingual; rule: Bilingual }>;
export type DeadlineKey = keyof typeof DEADLINES;

/** How a dated deadline reads. */
export const DUE = {
  before: (date: string): Bilingual => ({ fr: `avant le ${date}`, en: `before ${date}` }),
  by: (date: string): Bilingual => ({ fr: `au plus tard le ${date}`, en: `by ${date}` }),
  window: (from: string, to: string): Bilingual => ({
    fr: `entre le ${from} et le ${to}`,
    en: `between ${from} and ${to}`,
  }),
  past: copy.DUE.past satisfies Bilingual,
};

/** The aids a plan can name, with their conditions. */
export const AIDS = copy.AIDS;

/** What the OPCO answer rests on. */
export const BASIS = copy.BASIS satisfies Record<string, Bilingual>;

/**
 * The headings of the OPCO and the schemes: the client's, when a training provider asks for a
 * client (the routes are judged for the client).
 */
export function fundingHeadings(role: Role | undefined, lang: Lang): { opco: string; routes: string } {
  const L = LABELS[lang];
  return role === "provider" ? { opco: L.opcoOfClient, routes: L.routesForClient } : { opco: L.opco, routes: L.routes };
}
