import type { Bilingual } from "../core/lang";

/** Every sentence the chat-app adapters (Slack, Teams) say on their own, in both languages. */

/** What a chat-app user reads when they are over the rate limit: no turn was played. */
export const SLOW_DOWN: Bilingual = {
  fr: "Vous m'envoyez beaucoup de messages d'un coup : je reprends dans une minute. Renvoyez votre dernier message à ce moment-là.",
  en: "That is a lot of messages at once: I will be ready again in a minute. Please send your last message again then.",
};

/** What a chat-app user reads when a turn failed on our side; nothing internal is shown. */
export const SORRY: Bilingual = {
  fr: "Désolé, je n'ai pas pu répondre cette fois-ci. Pouvez-vous réessayer dans un instant ?",
  en: "Sorry, I could not answer this time. Could you try again in a moment?",
};

/** The words of the chat-app messages around the dialogue's own text. */
export const CHAT_APP = {
  /** Played as the user's first message when the bot is added to a Teams conversation. */
  greeting: { fr: "Bonjour", en: "Hello" },
  /** The immediate answer to `/opco <question>`. */
  working: { fr: "Je m'en occupe…", en: "Working on it…" },
  sources: { fr: "Sources", en: "Sources" },
  chooseAnswer: { fr: "Choisissez une réponse :", en: "Choose an answer:" },
  /** The button that shows the quick replies beyond the most likely ones. */
  moreChoices: { fr: "Plus de choix…", en: "More choices…" },
  otherAnswers: { fr: "Autres réponses :", en: "Other answers:" },
  /** The button to the call-back form, when the centre offers it or the user asked for it. */
  callback: { fr: "Être rappelé", en: "Be called back" },
  /** After the plan, a change gives a short note and this link rather than the plan again. */
  updatedPlan: { fr: "Voir le plan mis à jour", en: "See the updated plan" },
} satisfies Record<string, Bilingual>;

/** The words of the plan card (the plan in a few lines) on Slack, Teams and in the terminal. */
export const PLAN_CARD = {
  routes: { fr: "Dispositifs", en: "Routes" },
  nextSteps: { fr: "Prochaines étapes", en: "Next steps" },
  nextDeadline: { fr: "Prochaine échéance", en: "Next deadline" },
  openPlan: { fr: "Ouvrir le plan complet", en: "Open the full plan" },
  more: (count: number): Bilingual => ({
    fr: `+ ${count} dans le plan complet`,
    en: `+ ${count} more in the full plan`,
  }),
  unknowns: (count: number): Bilingual => ({
    fr: `${count} information${count > 1 ? "s" : ""} à compléter (voir le plan complet)`,
    en: `${count} fact${count > 1 ? "s" : ""} still to find (see the full plan)`,
  }),
};

/** Said in both languages at once: the command came without a conversation language. */
export const SLASH_COMMAND = {
  usage:
    "Posez votre question après la commande, par exemple `/opco Quel OPCO pour une boulangerie ?` · " +
    "Ask your question after the command, e.g. `/opco Which OPCO funds a bakery?`",
  invalid: "Cette commande ne peut pas être utilisée ici. · This command cannot be used here.",
};
