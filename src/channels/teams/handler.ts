import { MAX_MESSAGE_LENGTH, type ChatTurn } from "../../core/chat";
import type { Lang } from "../../core/lang";
import type { Logger } from "../../core/logger";
import type { SessionStore } from "../../store/session-store";
import { messageText, submittedValue, type Activity } from "./activity";
import { renderResponse } from "./cards";
import type { Connector } from "./connector";
import { langFromLocale, teamsSessionId } from "./session";

export interface ActivityHandlerDeps {
  store: SessionStore;
  reply: Connector;
  logger: Logger;
  /** Absolute URL of a session's HTML summary. */
  summaryUrl: (sessionId: string) => string;
}

const GREETING: Record<Lang, string> = { fr: "Bonjour", en: "Hello" };

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
 * Anything else is ignored. Never throws: failures are logged without the user's text.
 */
export function createActivityHandler({ store, reply, logger, summaryUrl }: ActivityHandlerDeps) {
  return async (activity: Activity): Promise<void> => {
    const localeLang = langFromLocale(activity.locale);
    let message: string | undefined;
    if (activity.type === "message") message = userMessage(activity);
    else if (activity.type === "conversationUpdate" && botAdded(activity)) message = GREETING[localeLang ?? "fr"];
    if (!message) return;
    try {
      const sessionId = await teamsSessionId(activity.conversation.id);
      const isNew = (await store.load(sessionId)) === null;
      const turn: ChatTurn = { sessionId, message, channel: "teams" };
      if (isNew && localeLang) turn.lang = localeLang;
      const response = await store.runTurn(turn);
      const personal = activity.conversation.conversationType === "personal";
      await reply(activity, [renderResponse(response, { summaryUrl: summaryUrl(sessionId), personal })]);
      logger.info("teams turn", { activity: activity.type, step: response.step, lang: response.lang, summary: response.summary !== null });
    } catch (error) {
      logger.error("teams turn failed", { activity: activity.type, error: error instanceof Error ? error.name : "unknown" });
    }
  };
}
