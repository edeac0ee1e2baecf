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

/**
 * Where sessions live: a Durable Object per session on Workers, memory in Node tests.
 * `runTurn` is serial per session id: two messages on the same session are played one after
 * the other, each on the state the previous one left, and none is lost.
 */
export interface SessionStore {
  runTurn(turn: ChatTurn): Promise<ChatResponse>;
  /** The session and its history in order, or null when it does not exist (or has expired). */
  load(sessionId: string): Promise<{ session: Session; history: HistoryEntry[] } | null>;
}

/** Sessions idle for longer than this are deleted. */
export const idleLimitMs = (ttlDays: number) => ttlDays * 24 * 60 * 60 * 1000;
