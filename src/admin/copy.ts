import type { Bilingual } from "../core/lang";
import copy from "./copy.json";

/**
 * Every word of the staff's dashboard (`/admin`), in both languages; the centre's `lang` picks one.
 * The words are in `copy.json`; the sentences built from figures are written here.
 */
export const ADMIN = {
  ...copy.ADMIN,
  lastDays: (n: number): Bilingual => ({ fr: `${n} derniers jours`, en: `Last ${n} days` }),
  range: (from: string, to: string): Bilingual => ({ fr: `du ${from} au ${to}`, en: `from ${from} to ${to}` }),
  ofPrevious: (percent: string): Bilingual => ({
    fr: `${percent} de l'étape précédente`,
    en: `${percent} of the step before`,
  }),
  answeredRate: (answered: number, refused: number): Bilingual => ({
    fr: `${answered} questions répondues, ${refused} sans réponse.`,
    en: `${answered} questions answered, ${refused} not.`,
  }),
  handoffs: (n: number): Bilingual => ({
    fr: `${n} demande${n > 1 ? "s" : ""} à parler à un conseiller.`,
    en: `${n} request${n > 1 ? "s" : ""} to talk to an adviser.`,
  }),
  chartOf: (what: string): Bilingual => ({ fr: `Graphique : ${what}`, en: `Chart: ${what}` }),
};

/** The dialogue's steps by name. */
export const STEP_NAMES: Record<string, Bilingual> = copy.STEP_NAMES;

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS: Record<string, Bilingual> = copy.CSV_COLUMNS;
