import { type Bilingual, fillClauses } from "../../core/lang";
import copy from "./copy.json";

/**
 * Every sentence the funding rules say, once. `rules.ts` decides which applies to whom; the facts
 * (amounts, deadlines, ages) are written in `copy.json` only, each next to the official text it
 * comes from (the rule's `source`). A fact several reasons state is a clause of its `CLAUSES`, which
 * the reasons name as `{placeholder}`; the sentences about a scheme given as an argument are written here.
 */

/** Who pays, in words. */
export const FUNDERS = copy.FUNDERS satisfies Record<string, Bilingual>;
export type FunderKey = keyof typeof FUNDERS;

/** The schemes as the refusals name them. */
export const SCHEME_SUBJECTS = copy.SCHEME_SUBJECTS satisfies Record<string, Bilingual>;
export type SubjectKey = keyof typeof SCHEME_SUBJECTS;

/** Why a scheme is closed to a persona: one sentence per persona, about any scheme. */
export const NOT_FOR = {
  job_seeker: (what: Bilingual): Bilingual => ({
    fr: `${what.fr} est réservé aux salariés ; en tant que demandeur d'emploi, vos voies sont le CPF, l'AIF de France Travail, les formations de la région et, si une entreprise vous recrute, la POE ou un contrat en alternance.`,
    en: `${what.en} is for employees only; as a job seeker, your routes are your CPF, France Travail's AIF, the region's courses and, if a company hires you, the POE or a work-study contract.`,
  }),
  self_employed: (what: Bilingual): Bilingual => ({
    fr: `${what.fr} concerne les salariés ; un travailleur indépendant finance sa formation par son FAF ou son CPF.`,
    en: `${what.en} concerns employees; a self-employed person funds training through their FAF or their CPF.`,
  }),
  public_agent: (what: Bilingual): Bilingual => ({
    fr: `${what.fr} relève du droit privé ; un agent public se forme par son administration, le CNFPT pour la territoriale, l'ANFH pour l'hospitalière, et par son CPF.`,
    en: `${what.en} belongs to private-sector law; a public agent trains through their administration, the CNFPT for local government, the ANFH for hospitals, and their CPF.`,
  }),
};

/** The plan funded for an employer, by size: every employer-funded route says it with its own subject. */
export const EMPLOYER_PLAN = {
  small: (what: Bilingual): Bilingual => ({
    fr: `Avec moins de 50 salariés, votre OPCO peut financer ${what.fr} sur les contributions légales, selon ses règles de prise en charge.`,
    en: `With fewer than 50 employees, your OPCO can fund ${what.en} from the legal contributions, under its own funding rules.`,
  }),
  large: (what: Bilingual): Bilingual => ({
    fr: `À partir de 50 salariés, l'OPCO ne finance plus ${what.fr} sur les contributions légales : seulement si votre branche prévoit une contribution conventionnelle ou si vous versez une contribution volontaire, sinon l'entreprise paie elle-même.`,
    en: `From 50 employees, the OPCO no longer funds ${what.en} from the legal contributions: only if your branch has a conventional contribution or you pay a voluntary one, otherwise the company pays itself.`,
  }),
  unknown: (what: Bilingual): Bilingual => ({
    fr: `Cela dépend de votre effectif : l'OPCO finance ${what.fr} des entreprises de moins de 50 salariés ; à partir de 50, seulement sur des contributions conventionnelles ou volontaires.`,
    en: `It depends on your headcount: the OPCO funds ${what.en} for companies under 50 employees; from 50, only from conventional or voluntary contributions.`,
  }),
};

/** What an employer-funded route pays for, as the size sentences name it. */
export const PLAN_SUBJECTS = copy.PLAN_SUBJECTS satisfies Record<string, Bilingual>;

/** Every reason, by scheme then by case; the 2026 facts that several reasons state are filled in from `CLAUSES`. */
export const WHY = fillClauses(copy.WHY, copy.CLAUSES);

/** Funders outside the schemes that a persona should know about. */
export const OTHER_FUNDERS = copy.OTHER_FUNDERS satisfies Record<string, { funder: Bilingual; why: Bilingual }>;
