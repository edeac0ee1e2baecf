import type { ChatTurn, TurnHandler } from "../dialogue/turn";
import { createSerialQueue } from "./serial";
import { type HistoryEntry, idleLimitMs, type Session, type SessionStore } from "./session-store";
import { applyTurn } from "./turn";

export interface MemoryStoreOptions {
  handler: TurnHandler;
  now?: () => number;
  ttlDays?: number;
}

/** Sessions in memory, for unit tests and the in-process terminal chat. Same contract as the Durable Object store. */
export function createMemoryStore({ handler, now = Date.now, ttlDays = 30 }: MemoryStoreOptions) {
  const sessions = new Map<string, { session: Session; history: HistoryEntry[] }>();
  const serial = createSerialQueue();
  const expired = (session: Session) => now() - Date.parse(session.updatedAt) >= idleLimitMs(ttlDays);

  const store: SessionStore & { sweep(): number } = {
    runTurn: (turn: ChatTurn) =>
      serial(turn.sessionId, async () => {
        const current = sessions.get(turn.sessionId);
        const live = current && !expired(current.session) ? current : undefined;
        const history = live?.history ?? [];
        const applied = await applyTurn(handler, live?.session ?? null, history.length + 1, turn, now());
        sessions.set(turn.sessionId, { session: applied.session, history: [...history, ...applied.entries] });
        return applied.response;
      }),
    async load(sessionId) {
      const current = sessions.get(sessionId);
      if (!current || expired(current.session)) return null;
      return { session: current.session, history: [...current.history] };
    },
    /** Deletes sessions idle for longer than the TTL; returns how many were deleted. */
    sweep() {
      let deleted = 0;
      for (const [id, { session }] of sessions) {
        if (expired(session)) {
          sessions.delete(id);
          deleted += 1;
        }
      }
      return deleted;
    },
  };
  return store;
}
