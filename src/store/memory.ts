import type { ChatTurn, TurnHandler } from "../dialogue/turn";
import { checkGuard, playedResponse, type SeenDeliveries } from "./guard";
import { createSerialQueue } from "./serial";
import {
  type GuardedTurn,
  type HistoryEntry,
  idleLimitMs,
  type Session,
  type SessionStore,
  type TurnGuard,
} from "./session-store";
import { applyTurn } from "./turn";

export interface MemoryStoreOptions {
  handler: TurnHandler;
  now?: () => number;
  ttlDays?: number;
}

interface Stored {
  session: Session;
  history: HistoryEntry[];
  seen: SeenDeliveries;
}

/** Sessions in memory, for unit tests and the in-process terminal chat. Same contract as the Durable Object store. */
export function createMemoryStore({ handler, now = Date.now, ttlDays = 30 }: MemoryStoreOptions) {
  const sessions = new Map<string, Stored>();
  const serial = createSerialQueue();
  const expired = (session: Session) => now() - Date.parse(session.updatedAt) >= idleLimitMs(ttlDays);

  const playTurn = (turn: ChatTurn, guard: TurnGuard): Promise<GuardedTurn> =>
    serial(turn.sessionId, async () => {
      const current = sessions.get(turn.sessionId);
      const live = current && !expired(current.session) ? current : undefined;
      const decision = checkGuard(live !== undefined, live?.seen ?? {}, guard, now());
      if (!decision.play) return decision.refusal;
      const history = live?.history ?? [];
      const applied = await applyTurn(handler, live?.session ?? null, history.length + 1, turn, now());
      sessions.set(turn.sessionId, {
        session: applied.session,
        history: [...history, ...applied.entries],
        seen: decision.seen,
      });
      return { played: true, response: applied.response };
    });

  const store: SessionStore & { sweep(): number } = {
    playTurn,
    runTurn: async (turn: ChatTurn) => playedResponse(await playTurn(turn, {})),
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
