import type { ChatResponse, ChatTurn } from "../core/chat";
import { detectLanguage } from "./language";
import { initialState, type DialogueState } from "./state";
import { welcomeReply } from "./welcome";

export interface TurnOutcome {
  state: DialogueState;
  response: Omit<ChatResponse, "sessionId">;
}

/**
 * Plays one turn: from the previous state (null for a new session) and the user's message
 * to the next state and the reply. Pure and synchronous: no I/O, never throws on user input.
 *
 * The guided steps land with the dialogue issue; until then every turn answers with the
 * welcome step (the profile question) in the user's language.
 */
export function playTurn(previous: DialogueState | null, turn: ChatTurn): TurnOutcome {
  const fallback = previous?.lang ?? "fr";
  const lang = turn.lang ?? detectLanguage(turn.message, fallback).lang;
  const state: DialogueState = { ...(previous ?? initialState(lang)), lang, step: "profile" };
  state.turns += 1;
  return {
    state,
    response: {
      lang,
      step: state.step,
      reply: welcomeReply(lang),
      profile: state.profile,
      toolCalls: [],
      summary: null,
    },
  };
}
