import { MAX_MESSAGE_LENGTH } from "../../core/chat";
import type { Logger } from "../../core/logger";
import type { SessionStore } from "../../store/session-store";
import type { ChatAppTurn, Delivery } from "../play";
import type { SummaryLinks } from "../summary-links";
import { renderResponse, type SlackMessage } from "./blocks";
import type { SlackClient } from "./client";
import type { SlackConversation } from "./session";

export interface AnswerDeps {
  store: SessionStore;
  client: SlackClient;
  logger: Logger;
  /** Signs the link to the printable plan. */
  links: SummaryLinks;
}

export interface SlackTurn {
  sessionId: string;
  conversation: SlackConversation;
  /** What the user wrote or the value of the button they clicked. */
  message: string;
  /** Origin of the links back to the assistant. */
  baseUrl: string;
  /** Given with commands and clicks on ephemeral messages: where their answers go. */
  responseUrl?: string | undefined;
  requestId?: string | undefined;
  /** Slack's id of the request (event id, trigger id): played once per session. */
  deliveryId?: string | undefined;
}

/** What is played when a user mentions the bot without a word: a greeting, answered with the first question. */
export const EMPTY_MESSAGE = "Bonjour";

/** The user's text as a turn message: trimmed, never empty, at most 2000 characters. */
export const turnMessage = (text: string) => (text.trim() || EMPTY_MESSAGE).slice(0, MAX_MESSAGE_LENGTH);

/** The turn as the shared chat-app path plays it. */
export const chatAppTurn = (turn: SlackTurn): ChatAppTurn => ({
  sessionId: turn.sessionId,
  message: turnMessage(turn.message),
  channel: "slack",
  requestId: turn.requestId,
  deliveryId: turn.deliveryId,
});

/** Sends a message where the conversation's answers go: its thread, or the command's response URL. */
function deliver(client: SlackClient, turn: SlackTurn, message: SlackMessage): Promise<boolean> {
  const { conversation, responseUrl } = turn;
  if (conversation.kind === "command" && responseUrl) {
    return client.respond(responseUrl, { response_type: "ephemeral", replace_original: false, ...message });
  }
  return client.postMessage({
    channel: conversation.channel,
    ...(conversation.kind === "thread" ? { thread_ts: conversation.threadTs } : {}),
    ...message,
  });
}

const plain = (text: string): SlackMessage => ({ text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] });

/**
 * Posts into the Slack conversation: the response in Block Kit (with the signed plan link once
 * there is a plan, and the signed call-back form when the centre offers it), or a notice.
 */
export function slackDelivery(deps: AnswerDeps, turn: SlackTurn): Delivery {
  return {
    async reply(response) {
      const summaryUrl = response.summary ? await deps.links.htmlUrl(turn.baseUrl, turn.sessionId) : undefined;
      const contactUrl = response.offerCallback
        ? await deps.links.contactUrl(turn.baseUrl, turn.sessionId, response.lang)
        : undefined;
      return deliver(deps.client, turn, renderResponse(response, { baseUrl: turn.baseUrl, summaryUrl, contactUrl }));
    },
    notice: (text) => deliver(deps.client, turn, plain(text)),
  };
}
