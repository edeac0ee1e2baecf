import { type ChatResponse, MAX_MESSAGE_LENGTH } from "../../core/chat";
import { detectLanguage } from "../../core/language";
import type { Logger } from "../../core/logger";
import type { SessionStore } from "../../store/session-store";
import { SLOW_DOWN, SORRY } from "../notices";
import type { SummaryLinks } from "../summary-links";
import { renderResponse, type SlackMessage } from "./blocks";
import type { SlackClient } from "./client";
import type { SlackConversation } from "./session";

export interface AnswerDeps {
  store: SessionStore;
  client: SlackClient;
  logger: Logger;
  /** Signs the link to the printable plan; without it the link goes out unsigned. */
  links?: SummaryLinks;
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
}

/** What is played when a user mentions the bot without a word: a greeting, answered with the first question. */
export const EMPTY_MESSAGE = "Bonjour";

/** The user's text as a turn message: trimmed, never empty, at most 2000 characters. */
export const turnMessage = (text: string) => (text.trim() || EMPTY_MESSAGE).slice(0, MAX_MESSAGE_LENGTH);

/** Sends a message where the conversation's answers go: its thread, or the command's response URL. */
async function deliver(deps: AnswerDeps, turn: SlackTurn, message: SlackMessage): Promise<boolean> {
  const { conversation, responseUrl } = turn;
  if (conversation.kind === "command" && responseUrl) {
    return deps.client.respond(responseUrl, { response_type: "ephemeral", replace_original: false, ...message });
  }
  return deps.client.postMessage({
    channel: conversation.channel,
    ...(conversation.kind === "thread" ? { thread_ts: conversation.threadTs } : {}),
    ...message,
  });
}

const plain = (text: string): SlackMessage => ({ text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] });

/**
 * The polite answer to a user over the rate limit (no turn is played), in the conversation's
 * language when it has one, else in the language of the message.
 */
export async function slowDownText(store: SessionStore, sessionId: string, message: string): Promise<string> {
  const saved = await store.load(sessionId).catch(() => null);
  return SLOW_DOWN[saved?.session.state.lang ?? detectLanguage(message, "fr").lang];
}

/** Tells a user over the rate limit, in the conversation, to wait. Never throws. */
export async function slowDownInSlack(deps: AnswerDeps, turn: SlackTurn): Promise<void> {
  const text = await slowDownText(deps.store, turn.sessionId, turn.message);
  const sent = await deliver(deps, turn, plain(text)).catch(() => false);
  deps.logger.info("slack user told to slow down", { requestId: turn.requestId, sessionId: turn.sessionId, sent });
}

/**
 * Plays one turn on the conversation's session and posts the answer. Runs after Slack has
 * been acknowledged, so it never throws: a failed turn is logged and answered with an apology.
 */
export async function answerInSlack(deps: AnswerDeps, turn: SlackTurn): Promise<void> {
  const log = deps.logger.child({ requestId: turn.requestId, sessionId: turn.sessionId, channel: "slack" });
  let response: ChatResponse;
  try {
    response = await deps.store.runTurn({
      sessionId: turn.sessionId,
      message: turnMessage(turn.message),
      channel: "slack",
    });
  } catch (err) {
    log.error("slack turn failed", { error: err instanceof Error ? err.name : "unknown" });
    const lang = detectLanguage(turn.message, "fr").lang;
    await deliver(deps, turn, plain(SORRY[lang])).catch(() => false);
    return;
  }
  try {
    const summaryUrl =
      response.summary && deps.links ? await deps.links.htmlUrl(turn.baseUrl, turn.sessionId) : undefined;
    const sent = await deliver(deps, turn, renderResponse(response, { baseUrl: turn.baseUrl, summaryUrl }));
    log.info("slack turn answered", { step: response.step, sent });
  } catch (err) {
    log.error("slack answer not sent", { error: err instanceof Error ? err.name : "unknown" });
  }
}
