import type { Role } from "../core/ids";
import { type Bilingual, fillClauses } from "../core/lang";
import copy from "./copy.json";
import type { Slot } from "./state";

/**
 * Every sentence the dialogue says, in both languages. Logic lives elsewhere; this module is only
 * words: those of `copy.json`, and the sentences built from a name or a role, written here.
 */

/** The first words of every conversation. */
export const WELCOME: Bilingual = copy.WELCOME;

/** What the dialogue says of the centre's people: being called back, and how to reach them. */
export const HANDOFF = {
  requested: (centre: string): Bilingual => ({
    fr: `Un conseiller de ${centre} peut vous rappeler : laissez vos coordonnées avec « Être rappelé ».`,
    en: `An adviser from ${centre} can call you back: leave your details with "Be called back".`,
  }),
  reach: (how: string): Bilingual => ({
    fr: `Vous pouvez aussi le joindre directement : ${how}.`,
    en: `You can also reach them directly: ${how}.`,
  }),
  afterPlan: (centre: string): Bilingual => ({
    fr: `Pour en parler avec un conseiller de ${centre}, choisissez « Être rappelé ».`,
    en: `To talk it over with an adviser from ${centre}, choose "Be called back".`,
  }),
};

/** The answer to a question about the centre's courses. */
export const CATALOGUE = {
  ...copy.CATALOGUE,
  matching: (centre: string): Bilingual => ({
    fr: `Chez ${centre}, ces formations correspondent :`,
    en: `At ${centre}, these courses match:`,
  }),
  all: (centre: string): Bilingual => ({ fr: `Les formations de ${centre} :`, en: `${centre}'s courses:` }),
};

/** What the engine says about the turn itself. */
export const TURN = copy.TURN satisfies Record<string, Bilingual>;

/** A quick reply: its label, and the text it sends when it differs from the label. */
export interface QuickReplyCopy {
  label: Bilingual;
  value?: Bilingual;
}

export const REVIEW_REPLIES: QuickReplyCopy[] = copy.REVIEW_REPLIES;

/** The quick reply that asks to be called back by the centre (the dialogue reads it as the "human" command). */
export const CALLBACK_REPLY: QuickReplyCopy = copy.CALLBACK_REPLY;

/** The call-back reply, then the others. */
export const AFTER_SUMMARY_REPLIES: QuickReplyCopy[] = [CALLBACK_REPLY, ...copy.AFTER_SUMMARY_REPLIES];

export const ROLE_LABELS: Record<Role, Bilingual> = copy.ROLE_LABELS;

/** Who the user is, as a recap names it ("Noté : demandeur d'emploi"). */
export const ROLE_NAMES: Record<Role, Bilingual> = copy.ROLE_NAMES;

export const GOAL_LABELS: Record<string, Bilingual> = copy.GOAL_LABELS;

/** Who the company question is about, by role. */
const COMPANY_OF = copy.COMPANY_OF satisfies Record<string, Bilingual>;

/** The questions, by slot (and by role where the wording changes), with their quick replies. */
const QUESTION_COPY = fillClauses(copy.QUESTIONS, { dontKnow: copy.DONT_KNOW });

export const QUESTIONS = {
  ...QUESTION_COPY,
  company: {
    text: (role: Role | undefined): Bilingual => {
      const of = COMPANY_OF[role === "employee" || role === "provider" ? role : "other"];
      return {
        fr:
          `**Quelle est ${of.fr} ?** ` +
          "Donnez l'IDCC de sa convention collective (sur la fiche de paie), son SIRET, son code NAF, ou décrivez son activité (ex. « boulangerie »).",
        en:
          `**Which company ${of.en}?** ` +
          'Give the IDCC of its collective agreement (on the payslip), its SIRET, its NAF code, or describe its activity (e.g. "bakery").',
      };
    },
    replies: QUESTION_COPY.company.replies,
  },
  provider: {
    text: (role: Role | undefined): Bilingual => ({
      fr: `**Quel organisme de formation${role === "provider" ? " êtes-vous" : ""} ?** Son nom, son SIRET ou son numéro de déclaration d'activité (NDA), pour vérifier Qualiopi.`,
      en: `**Which training provider${role === "provider" ? " are you" : ""}?** Its name, SIRET or activity declaration number (NDA), to check Qualiopi.`,
    }),
    replies: QUESTION_COPY.provider.replies,
  },
} satisfies Record<string, { text: Bilingual | ((role: Role | undefined) => Bilingual); replies?: QuickReplyCopy[] }>;

/** The role question has none: an empty text, which the notes leave out. */
const NO_ADVICE: Bilingual = { fr: "", en: "" };

/** What to do when the user does not know the answer to `slot`. */
export const ADVICE: Record<Slot, Bilingual> = { role: NO_ADVICE, ...copy.ADVICE };

/** How a missing fact is named in the plan's "still to find" list. */
export const MISSING: Record<Slot, Bilingual> = copy.MISSING;

/** Words of the lines that explain what the tools found and what was understood. */
export const EXPLAIN = copy.EXPLAIN;

/** Words of the answers to questions. */
export const ANSWER = copy.ANSWER satisfies Record<string, Bilingual>;
