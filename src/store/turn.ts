import type { ChatResponse } from "../core/chat";
import { maskPersonalData, maskValue } from "../core/privacy";
import type { ChatTurn, TurnHandler } from "../dialogue/turn";
import type { HistoryEntry, Session } from "./session-store";

export interface AppliedTurn {
  session: Session;
  /** The user's message and the reply, numbered after the last entry of the history. */
  entries: [HistoryEntry, HistoryEntry];
  response: ChatResponse;
}

/**
 * Plays `turn` on `previous` and returns what a store must save: the new session and two history
 * entries. Personal data (e-mail addresses, phone, card and social-security numbers, IBANs) is
 * masked before anything is kept: in the history, in the profile's free text, and in the tools'
 * inputs the response echoes.
 */
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
    state: { ...outcome.state, profile: maskValue(outcome.state.profile) },
  };
  const response: ChatResponse = {
    sessionId: turn.sessionId,
    ...outcome.response,
    toolCalls: outcome.response.toolCalls.map((call) => ({ ...call, input: maskValue(call.input) })),
  };
  return {
    session,
    entries: [
      {
        seq: nextSeq,
        at,
        role: "user",
        text: maskPersonalData(turn.message),
        step: previous?.state.step ?? outcome.state.step,
      },
      { seq: nextSeq + 1, at, role: "assistant", text: maskPersonalData(response.reply.text), step: response.step },
    ],
    response,
  };
}
