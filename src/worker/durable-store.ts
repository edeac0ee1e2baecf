import type { ChatResponse } from "../core/chat";
import type { SessionStore } from "../store/session-store";
import type { SessionObject } from "./session-object";

/** The SessionStore of the worker: each call goes to the session's own Durable Object. */
export function createDurableStore(namespace: DurableObjectNamespace<SessionObject>): SessionStore {
  const sessionObject = (sessionId: string) => namespace.get(namespace.idFromName(sessionId));
  return {
    runTurn: async ({ onDelta, ...turn }) =>
      (await sessionObject(turn.sessionId).runTurn(turn, onDelta)) as ChatResponse,
    load: async (sessionId) => (await sessionObject(sessionId).load()) as Awaited<ReturnType<SessionStore["load"]>>,
  };
}
