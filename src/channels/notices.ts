import type { Lang } from "../core/lang";

/** What a chat-app user reads when they are over the rate limit: no turn was played. */
export const SLOW_DOWN: Record<Lang, string> = {
  fr: "Vous m'envoyez beaucoup de messages d'un coup : je reprends dans une minute. Renvoyez votre dernier message à ce moment-là.",
  en: "That is a lot of messages at once: I will be ready again in a minute. Please send your last message again then.",
};

/** What a chat-app user reads when a turn failed on our side; nothing internal is shown. */
export const SORRY: Record<Lang, string> = {
  fr: "Désolé, je n'ai pas pu répondre cette fois-ci. Pouvez-vous réessayer dans un instant ?",
  en: "Sorry, I could not answer this time. Could you try again in a moment?",
};
