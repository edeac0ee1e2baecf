import { MAX_MESSAGE_LENGTH } from "../../core/chat";
import { CHAT_APP } from "../copy";
import type { ChatAppTurn, Delivery } from "../play";
import { type Activity, messageText, submittedValue } from "./activity";
import { type OutgoingMessage, renderResponse } from "./cards";
import type { Connector } from "./connector";
import { langFromLocale, teamsSessionId } from "./session";

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
 * The turn an activity stands for: `message` activities are user turns; a `conversationUpdate`
 * that adds the bot opens the conversation with a greeting in the user's locale, so the welcome
 * and its buttons come from the dialogue itself. Anything else: none.
 */
export async function activityTurn(activity: Activity, requestId?: string): Promise<ChatAppTurn | undefined> {
  const langHint = langFromLocale(activity.locale);
  let message: string | undefined;
  if (activity.type === "message") message = userMessage(activity);
  else if (activity.type === "conversationUpdate" && botAdded(activity)) message = CHAT_APP.greeting[langHint ?? "fr"];
  if (!message) return undefined;
  return {
    sessionId: await teamsSessionId(activity.conversation.id),
    message,
    channel: "teams",
    langHint,
    requestId,
    // A replay of the activity (same token, same id) is dropped by the session.
    ...(activity.id ? { deliveryId: `activity:${activity.id}` } : {}),
  };
}

/** Replies to the activity through the Bot Connector: the response as text and cards, or a plain notice. */
export function teamsDelivery(
  activity: Activity,
  reply: Connector,
  summaryUrl: (sessionId: string) => Promise<string>,
  contactUrl?: (sessionId: string, lang: string) => Promise<string>,
): Delivery {
  const personal = activity.conversation.conversationType === "personal";
  return {
    reply: async (response) => {
      const contact =
        response.offerCallback && contactUrl ? await contactUrl(response.sessionId, response.lang) : undefined;
      const summary = await summaryUrl(response.sessionId);
      return reply(activity, [renderResponse(response, { summaryUrl: summary, contactUrl: contact, personal })]);
    },
    notice: (text) => reply(activity, [plain(text)]),
  };
}
