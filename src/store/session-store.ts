import type { ChatResponse, Step } from "../core/chat";
import type { DialogueState } from "../dialogue/state";
import type { ChatTurn } from "../dialogue/turn";

/** One line of a conversation, kept with the session. */
export interface HistoryEntry {
  seq: number;
  at: string;
  role: "user" | "assistant";
  text: string;
  step: Step;
}

export interface Session {
  id: string;
  createdAt: string;
  updatedAt: string;
  state: DialogueState;
}

/** Conditions a channel puts on a turn, checked by the store in the session's queue before the turn is played. */
export interface TurnGuard {
  /** Play only on a session that exists and has not expired: web clients continue only the ids the server gave. */
  existingOnly?: boolean;
  /**
   * Id of the request that carries the turn (a Slack event or trigger id, a Teams activity id): a
   * second turn with the same id on the session within REPLAY_WINDOW_MS is not played.
   */
  deliveryId?: string;
}

/** What a guarded turn gave: the response, or why nothing was played. */
export type GuardedTurn =
  | { played: true; response: ChatResponse }
  | { played: false; reason: "unknown_session" | "duplicate" };

/**
 * How long a delivery id is remembered: longer than Slack's retries and signed-request window
 * (5 minutes) and than a Bot Framework token's lifetime (one hour), with room to spare.
 */
export const REPLAY_WINDOW_MS = 2 * 60 * 60 * 1000;

/** Delivery ids remembered per session at most (the oldest are forgotten first). */
export const MAX_DELIVERY_IDS = 500;

/**
 * Where sessions live: a Durable Object per session on Workers, memory in Node tests.
 * `runTurn` is serial per session id: two messages on the same session are played one after
 * the other, each on the state the previous one left, and none is lost.
 */
export interface SessionStore {
  runTurn(turn: ChatTurn): Promise<ChatResponse>;
  /** `runTurn` under conditions, checked in the session's queue before anything is played. */
  playTurn(turn: ChatTurn, guard: TurnGuard): Promise<GuardedTurn>;
  /** The session and its history in order, or null when it does not exist (or has expired). */
  load(sessionId: string): Promise<{ session: Session; history: HistoryEntry[] } | null>;
}

/** Sessions idle for longer than this are deleted. */
export const idleLimitMs = (ttlDays: number) => ttlDays * 24 * 60 * 60 * 1000;
