import type { ChatResponse } from "../core/chat";
import type { ChatTurn, TurnHandler } from "../dialogue/turn";
import type { HistoryEntry, Session } from "./session-store";

export interface AppliedTurn {
  session: Session;
  /** The user's message and the reply, numbered after the last entry of the history. */
  entries: [HistoryEntry, HistoryEntry];
  response: ChatResponse;
}

/** Plays `turn` on `previous` and returns what a store must save: the new session and two history entries. */
export async function applyTurn(
  handler: TurnHandler,
  previous: Session | null,
  nextSeq: number,
  turn: ChatTurn,
  now: number,
): Promise<AppliedTurn> {
  const outcome = await handler(previous?.state ?? null, turn);
  const at = new Date(now).toISOString();
  const session: Session = {
    id: turn.sessionId,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
    state: outcome.state,
  };
  const response: ChatResponse = { sessionId: turn.sessionId, ...outcome.response };
  return {
    session,
    entries: [
      { seq: nextSeq, at, role: "user", text: turn.message, step: previous?.state.step ?? outcome.state.step },
      { seq: nextSeq + 1, at, role: "assistant", text: response.reply.text, step: response.step },
    ],
    response,
  };
}
