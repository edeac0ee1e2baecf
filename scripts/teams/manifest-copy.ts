import type { Lang } from "../../src/core/lang";

/** What the Teams app says of itself, in both languages: English in the manifest, French in its localisation file. */
export const MANIFEST_TEXT: Record<
  Lang,
  { short: string; full: string; descriptionShort: string; descriptionFull: string }
> = {
  en: {
    short: "OPCO assistant",
    full: "OPCO funding assistant",
    descriptionShort: "Get a training funded through an OPCO.",
    descriptionFull:
      "Answers French employers, employees and job seekers, in French or English: which OPCO, which funding " +
      "scheme, which documents and which deadlines, ending with a plan of next steps.",
  },
  fr: {
    short: "Assistant OPCO",
    full: "Assistant de financement OPCO",
    descriptionShort: "Faire financer une formation par un OPCO.",
    descriptionFull:
      "Répond aux employeurs, salariés et demandeurs d'emploi, en français ou en anglais : quel OPCO, quel " +
      "dispositif de financement, quels documents et quels délais, et finit par un plan des prochaines étapes.",
  },
};

/**
 * The bot's commands, which Teams shows as a menu and as prompt starters: each title is sent as
 * the user's message, so each is something the dialogue understands (at most 10, title 32 characters).
 */
export const COMMANDS: Record<Lang, { title: string; description: string }[]> = {
  en: [
    { title: "I am an employer", description: "Fund a training for an employee or an apprentice" },
    { title: "I am an employee", description: "Fund a training for yourself" },
    { title: "Which OPCO for my company?", description: "Find the OPCO from the IDCC, the SIRET or the activity" },
    { title: "Is Qualiopi mandatory?", description: "Ask a question about training funding" },
    { title: "summary", description: "Show the plan of next steps so far" },
    { title: "restart", description: "Start the conversation over" },
  ],
  fr: [
    { title: "Je suis employeur", description: "Financer la formation d'un salarié ou d'un apprenti" },
    { title: "Je suis salarié", description: "Financer votre propre formation" },
    { title: "Quel OPCO pour mon entreprise ?", description: "Trouver l'OPCO par l'IDCC, le SIRET ou l'activité" },
    { title: "Qualiopi est-il obligatoire ?", description: "Poser une question sur le financement des formations" },
    { title: "résumé", description: "Afficher le plan des prochaines étapes" },
    { title: "recommencer", description: "Reprendre la conversation depuis le début" },
  ],
};
