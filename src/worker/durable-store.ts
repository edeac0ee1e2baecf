import type { ChatResponse } from "../core/chat";
import { playedResponse } from "../store/guard";
import type { GuardedTurn, SessionStore } from "../store/session-store";
import type { SessionObject } from "./session-object";

/** The SessionStore of the worker: each call goes to the session's own Durable Object. */
export function createDurableStore(namespace: DurableObjectNamespace<SessionObject>): SessionStore {
  const sessionObject = (sessionId: string) => namespace.get(namespace.idFromName(sessionId));
  const playTurn: SessionStore["playTurn"] = async ({ onDelta, ...turn }, guard) =>
    (await sessionObject(turn.sessionId).runTurn(turn, onDelta, guard)) as GuardedTurn;
  return {
    playTurn,
    runTurn: async (turn) => playedResponse(await playTurn(turn, {})) as ChatResponse,
    load: async (sessionId) => (await sessionObject(sessionId).load()) as Awaited<ReturnType<SessionStore["load"]>>,
  };
}
