import { MAX_MESSAGE_LENGTH } from "../../core/chat";
import type { Lang } from "../../core/lang";
import { detectLanguage } from "../../core/language";
import type { Logger } from "../../core/logger";
import type { RateLimiter } from "../../core/rate-limit";
import type { ChatTurn } from "../../dialogue/turn";
import type { SessionStore } from "../../store/session-store";
import { SLOW_DOWN, SORRY } from "../notices";
import { type Activity, messageText, submittedValue } from "./activity";
import { type OutgoingMessage, renderResponse } from "./cards";
import type { Connector } from "./connector";
import { langFromLocale, teamsSessionId } from "./session";

export interface ActivityHandlerDeps {
  store: SessionStore;
  reply: Connector;
  logger: Logger;
  /** Absolute URL of a session's HTML summary (signed when a secret is configured). */
  summaryUrl: (sessionId: string) => string | Promise<string>;
  /** Turns per Teams user; none: no limit. */
  limiter?: RateLimiter | undefined;
}

const GREETING: Record<Lang, string> = { fr: "Bonjour", en: "Hello" };

const plain = (text: string): OutgoingMessage => ({ type: "message", textFormat: "markdown", text });

/** Rate-limit key of a Teams user: the Entra object id when Teams gives it (the same in every chat), else the account id. */
export const teamsUserKey = (activity: Activity) =>
  `teams:${activity.from?.aadObjectId ?? activity.from?.id ?? activity.conversation.id}`;

/** What the user said: the typed text, or the value of the quick-reply button they chose. */
function userMessage(activity: Activity): string | undefined {
  const text = submittedValue(activity.value) ?? messageText(activity.text);
  return text ? text.slice(0, MAX_MESSAGE_LENGTH) : undefined;
}

/** The bot was just added to the conversation (not another member). */
const botAdded = (activity: Activity) =>
  Boolean(activity.recipient && activity.membersAdded?.some((member) => member.id === activity.recipient?.id));

/**
 * Plays an activity on the conversation's session and posts the reply. `message` activities
 * are user turns; a `conversationUpdate` that adds the bot opens the conversation with a
 * greeting in the user's locale, so the welcome and its buttons come from the dialogue itself.
 * Anything else is ignored. A user over the rate limit is told to wait (once) and no turn is
 * played. Never throws: failures are logged without the user's text and answered with a
 * generic apology.
 */
export function createActivityHandler({ store, reply, logger, summaryUrl, limiter }: ActivityHandlerDeps) {
  return async (activity: Activity): Promise<void> => {
    const localeLang = langFromLocale(activity.locale);
    let message: string | undefined;
    if (activity.type === "message") message = userMessage(activity);
    else if (activity.type === "conversationUpdate" && botAdded(activity)) message = GREETING[localeLang ?? "fr"];
    if (!message) return;
    // The language of a notice: the user's locale, else what they wrote.
    const lang = () => localeLang ?? detectLanguage(message, "fr").lang;
    if (activity.type === "message" && limiter) {
      const decision = limiter.take([teamsUserKey(activity)]);
      if (!decision.ok) {
        logger.warn("teams user rate limited", { retryAfter: decision.retryAfterSeconds });
        // Told once, in the conversation; the messages that follow within the minute are dropped silently.
        if (decision.firstRefusal) await reply(activity, [plain(SLOW_DOWN[lang()])]);
        return;
      }
    }
    try {
      const sessionId = await teamsSessionId(activity.conversation.id);
      const isNew = (await store.load(sessionId)) === null;
      const turn: ChatTurn = { sessionId, message, channel: "teams" };
      if (isNew && localeLang) turn.lang = localeLang;
      const response = await store.runTurn(turn);
      const personal = activity.conversation.conversationType === "personal";
      await reply(activity, [renderResponse(response, { summaryUrl: await summaryUrl(sessionId), personal })]);
      logger.info("teams turn", {
        activity: activity.type,
        step: response.step,
        lang: response.lang,
        summary: response.summary !== null,
      });
    } catch (error) {
      logger.error("teams turn failed", {
        activity: activity.type,
        error: error instanceof Error ? error.name : "unknown",
      });
      // A generic apology: what went wrong stays in the logs (its kind only), never in the chat.
      await reply(activity, [plain(SORRY[lang()])]).catch(() => false);
    }
  };
}
