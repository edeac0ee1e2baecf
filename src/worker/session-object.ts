import { DurableObject } from "cloudflare:workers";
import type { ChatResponse } from "../core/chat";
import type { ChatTurn } from "../dialogue/turn";
import { createSerialQueue } from "../store/serial";
import { type HistoryEntry, idleLimitMs, type Session } from "../store/session-store";
import { applyTurn } from "../store/turn";
import { isolateRuntime } from "./runtime";

const SESSION = "session";
const HISTORY = "h:";
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
   * Plays one turn. `onDelta`, when the route streams, is the route's callback, reached back over
   * Workers RPC (functions cross it by reference, calls arrive in order): the LLM composer's text
   * goes back through it as it is written. A failed callback (the client left) never fails the turn.
   */
  runTurn(turn: Omit<ChatTurn, "onDelta">, onDelta?: (text: string) => unknown): Promise<ChatResponse> {
    const forward = onDelta
      ? (text: string) => {
          void Promise.resolve(onDelta(text)).catch(() => undefined);
        }
      : undefined;
    return this.serial(SESSION, async () => {
      const storage = this.ctx.storage;
      let previous = (await storage.get<Session>(SESSION)) ?? null;
      const now = Date.now();
      if (previous && now - Date.parse(previous.updatedAt) >= this.idleLimit) {
        await storage.deleteAll();
        previous = null;
      }
      const lastSeq = (await storage.get<number>("lastSeq")) ?? 0;
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
        lastSeq: answered.seq,
        [historyKey(asked.seq)]: asked,
        [historyKey(answered.seq)]: answered,
      });
      await storage.setAlarm(now + this.idleLimit);
      return applied.response;
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
