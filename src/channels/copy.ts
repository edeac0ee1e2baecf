import type { Bilingual } from "../core/lang";
import copy from "./copy.json";

/** Every sentence the chat-app adapters (Slack, Teams) say on their own, in both languages (`copy.json`). */

/** What a chat-app user reads when they are over the rate limit: no turn was played. */
export const SLOW_DOWN: Bilingual = copy.SLOW_DOWN;

/** What a chat-app user reads when a turn failed on our side; nothing internal is shown. */
export const SORRY: Bilingual = copy.SORRY;

/**
 * The words of the chat-app messages around the dialogue's own text. `greeting` is played as the
 * user's first message when the bot is added to a Teams conversation; `working` is the immediate
 * answer to `/opco <question>`; `moreChoices` shows the quick replies beyond the most likely ones;
 * `callback` leads to the call-back form, when the centre offers it or the user asked for it;
 * `updatedPlan`: after the plan, a change gives a short note and this link rather than the plan again.
 */
export const CHAT_APP = copy.CHAT_APP satisfies Record<string, Bilingual>;

/** The words of the plan card (the plan in a few lines) on Slack, Teams and in the terminal. */
export const PLAN_CARD = {
  ...copy.PLAN_CARD,
  more: (count: number): Bilingual => ({
    fr: `+ ${count} dans le plan complet`,
    en: `+ ${count} more in the full plan`,
  }),
  unknowns: (count: number): Bilingual => ({
    fr: `${count} information${count > 1 ? "s" : ""} à compléter (voir le plan complet)`,
    en: `${count} fact${count > 1 ? "s" : ""} still to find (see the full plan)`,
  }),
};

/** Both languages at once, French first. */
const both = (text: Bilingual) => `${text.fr} · ${text.en}`;

/** Said in both languages at once: the command came without a conversation language. */
export const SLASH_COMMAND = {
  usage: both(copy.SLASH_COMMAND.usage),
  invalid: both(copy.SLASH_COMMAND.invalid),
};
