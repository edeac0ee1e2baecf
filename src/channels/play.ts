import type { ChatResponse } from "../core/chat";
import type { Lang } from "../core/lang";
import { detectLanguage } from "../core/language";
import type { Logger } from "../core/logger";
import type { SessionStore } from "../store/session-store";
import { SLOW_DOWN, SORRY } from "./copy";

/** A turn a chat app (Slack, Teams) hands over once its request is verified and mapped. */
export interface ChatAppTurn {
  sessionId: string;
  /** What the user wrote, or the value of the button they clicked. */
  message: string;
  channel: "slack" | "teams";
  /** The user's language as the app knows it (Teams' locale): a new conversation starts in it. */
  langHint?: Lang | undefined;
  requestId?: string | undefined;
  /**
   * The app's id of the request (Slack event or trigger id, Teams activity id): the session plays
   * it once, so a retry or a replay of the same request is dropped without a reply.
   */
  deliveryId?: string | undefined;
}

/** Where a conversation's answers go: the app's own way to post a response or a short notice. */
export interface Delivery {
  reply(response: ChatResponse): Promise<boolean>;
  notice(text: string): Promise<boolean>;
}

export interface PlayDeps {
  store: SessionStore;
  logger: Logger;
}

/** The language of a notice: the user's (from the app), else what they wrote. */
const noticeLang = (turn: ChatAppTurn) => turn.langHint ?? detectLanguage(turn.message, "fr").lang;

/**
 * Plays one chat-app turn on its session and delivers the answer. It runs after the app has been
 * acknowledged, so it never throws: a failed turn is logged (the error's kind, never the user's
 * text) and answered with a generic apology in the user's language; a delivery the session has
 * already played (a retry, a replay) is dropped without a word.
 */
export async function playAndDeliver(deps: PlayDeps, turn: ChatAppTurn, delivery: Delivery): Promise<void> {
  const log = deps.logger.child({ requestId: turn.requestId, sessionId: turn.sessionId, channel: turn.channel });
  let response: ChatResponse;
  try {
    const result = await deps.store.playTurn(
      {
        sessionId: turn.sessionId,
        message: turn.message,
        channel: turn.channel,
        ...(turn.langHint ? { langHint: turn.langHint } : {}),
      },
      turn.deliveryId ? { deliveryId: turn.deliveryId } : {},
    );
    if (!result.played) {
      log.info(`${turn.channel} ${result.reason} dropped`);
      return;
    }
    response = result.response;
  } catch (error) {
    log.error(`${turn.channel} turn failed`, { error: error instanceof Error ? error.name : "unknown" });
    await delivery.notice(SORRY[noticeLang(turn)]).catch(() => false);
    return;
  }
  try {
    const sent = await delivery.reply(response);
    log.info(`${turn.channel} turn answered`, {
      step: response.step,
      lang: response.lang,
      summary: response.summary !== null,
      sent,
    });
  } catch (error) {
    log.error(`${turn.channel} answer not sent`, { error: error instanceof Error ? error.name : "unknown" });
  }
}

/** What a user over the rate limit reads, in the conversation's language when it has one. Never throws. */
export async function slowDownText(store: SessionStore, turn: ChatAppTurn): Promise<string> {
  const saved = await store.load(turn.sessionId).catch(() => null);
  return SLOW_DOWN[saved?.session.state.lang ?? noticeLang(turn)];
}

/** Tells a user over the rate limit, in the conversation, to wait; no turn is played. Never throws. */
export async function tellToSlowDown(deps: PlayDeps, turn: ChatAppTurn, delivery: Delivery): Promise<void> {
  const sent = await delivery.notice(await slowDownText(deps.store, turn)).catch(() => false);
  deps.logger.info(`${turn.channel} user told to slow down`, {
    requestId: turn.requestId,
    sessionId: turn.sessionId,
    sent,
  });
}
