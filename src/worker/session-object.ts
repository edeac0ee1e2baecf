import { DurableObject } from "cloudflare:workers";
import type { ChatTurn } from "../dialogue/turn";
import { checkGuard, type SeenDeliveries } from "../store/guard";
import { createSerialQueue } from "../store/serial";
import { type GuardedTurn, type HistoryEntry, idleLimitMs, type Session, type TurnGuard } from "../store/session-store";
import { applyTurn } from "../store/turn";
import { isolateRuntime } from "./runtime";

const SESSION = "session";
const HISTORY = "h:";
/** The delivery ids (Slack events and triggers, Teams activities) played lately, against replays. */
const SEEN = "seen";
const LAST_SEQ = "lastSeq";
const historyKey = (seq: number) => `${HISTORY}${String(seq).padStart(10, "0")}`;

/**
 * One Durable Object per session: it holds the dialogue state and the turn history, plays the
 * turns one after the other, and deletes itself when idle for SESSION_TTL_DAYS (an alarm).
 */
export class SessionObject extends DurableObject<Record<string, unknown>> {
  private readonly serial = createSerialQueue();
  private readonly runtime = isolateRuntime(this.env);
  private readonly idleLimit = idleLimitMs(this.runtime.config.SESSION_TTL_DAYS);

  /**
   * Plays one turn, unless `guard` refuses it (checked first, in the queue: see `checkGuard`).
   * `onDelta`, when the route streams, is the route's callback, reached back over Workers RPC
   * (functions cross it by reference, calls arrive in order): the LLM composer's text goes back
   * through it as it is written. A failed callback (the client left) never fails the turn.
   */
  runTurn(
    turn: Omit<ChatTurn, "onDelta">,
    onDelta?: (text: string) => unknown,
    guard: TurnGuard = {},
  ): Promise<GuardedTurn> {
    const forward = onDelta
      ? (text: string) => {
          void Promise.resolve(onDelta(text)).catch(() => undefined);
        }
      : undefined;
    return this.serial(SESSION, async () => {
      const storage = this.ctx.storage;
      const stored = await storage.get<unknown>([SESSION, LAST_SEQ, SEEN]);
      let previous = (stored.get(SESSION) as Session | undefined) ?? null;
      let lastSeq = (stored.get(LAST_SEQ) as number | undefined) ?? 0;
      let seen = (stored.get(SEEN) as SeenDeliveries | undefined) ?? {};
      const now = Date.now();
      if (previous && now - Date.parse(previous.updatedAt) >= this.idleLimit) {
        await storage.deleteAll();
        [previous, lastSeq, seen] = [null, 0, {}];
      }
      const decision = checkGuard(previous !== null, seen, guard, now);
      if (!decision.play) return decision.refusal;
      const applied = await applyTurn(
        this.runtime.handler,
        previous,
        lastSeq + 1,
        forward ? { ...turn, onDelta: forward } : turn,
        now,
      );
      const [asked, answered] = applied.entries;
      await storage.put({
        [SESSION]: applied.session,
        [LAST_SEQ]: answered.seq,
        [historyKey(asked.seq)]: asked,
        [historyKey(answered.seq)]: answered,
        ...(decision.changed ? { [SEEN]: decision.seen } : {}),
      });
      await storage.setAlarm(now + this.idleLimit);
      return { played: true, response: applied.response };
    });
  }

  async load(): Promise<{ session: Session; history: HistoryEntry[] } | null> {
    const session = await this.ctx.storage.get<Session>(SESSION);
    if (!session) return null;
    const history = await this.ctx.storage.list<HistoryEntry>({ prefix: HISTORY });
    return { session, history: [...history.values()] };
  }

  /** Deletes the session when it has been idle long enough; otherwise waits for the new deadline. */
  override async alarm(): Promise<void> {
    const session = await this.ctx.storage.get<Session>(SESSION);
    const deadline = session ? Date.parse(session.updatedAt) + this.idleLimit : 0;
    if (Date.now() >= deadline) {
      await this.ctx.storage.deleteAlarm();
      await this.ctx.storage.deleteAll();
      this.runtime.logger.info("session expired");
    } else {
      await this.ctx.storage.setAlarm(deadline);
    }
  }
}
