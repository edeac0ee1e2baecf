import type { ChatRequest, ChatResponse } from "../core/chat";
import type { Lang } from "../core/lang";
import type { DialogueState } from "./state";

/**
 * The turn contract: what a channel hands to the session store, what the store hands to the turn
 * handler (the engine, decorated by a composer), and what comes back. The engine, the composers,
 * the stores and the channels all speak it.
 */

/**
 * One user turn, once the channel adapter has mapped its request. `onDelta`, when given, receives
 * the reply's text as the LLM composer writes it.
 */
export type ChatTurn = ChatRequest & {
  sessionId: string;
  onDelta?: (text: string) => void;
  /** The language a new conversation starts in when the channel knows the user's (Teams' locale). */
  langHint?: Lang;
};

/** The state after a turn and the response to send (the store adds the session id). */
export interface TurnOutcome {
  state: DialogueState;
  response: Omit<ChatResponse, "sessionId">;
}

/** Plays a turn on the previous state (null for a new session). */
export type TurnHandler = (previous: DialogueState | null, turn: ChatTurn) => TurnOutcome | Promise<TurnOutcome>;
