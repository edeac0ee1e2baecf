import { DurableObject } from "cloudflare:workers";
import { createD1LeadStore } from "../leads/d1-store";
import { notificationText } from "../leads/notification";
import { drainOutbox } from "../leads/outbox";
import { createWebhookSender } from "../leads/webhook";
import { isolateRuntime } from "./runtime";

const DAY_MS = 24 * 60 * 60 * 1000;
/** When the last clean-up of expired leads and events ran (ms), in the object's storage. */
const PURGED_AT = "purgedAt";
/** After an unexpected failure, the alarm comes back this much later. */
const RETRY_MS = 60_000;

/**
 * Forwards the leads of the D1 outbox to LEADS_WEBHOOK_URL and deletes what is past its
 * retention, on its alarm: `wake()` (a new lead) sets it to now; each run tries the leads due,
 * then sets the alarm to the next one due, or to the next daily clean-up. A webhook that is down,
 * slow or failing only moves a lead's next attempt later; the lead stays in D1 meanwhile.
 */
export class OutboxObject extends DurableObject<Record<string, unknown>> {
  private readonly runtime = isolateRuntime(this.env);

  /** Runs the alarm as soon as possible (a lead was just stored). */
  async wake(): Promise<void> {
    const current = await this.ctx.storage.getAlarm();
    const now = Date.now();
    if (current === null || current > now) await this.ctx.storage.setAlarm(now);
  }

  /** Makes sure the daily clean-up is scheduled (called once per isolate by the analytics). */
  async ensureScheduled(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + 5_000);
  }

  override async alarm(): Promise<void> {
    const { config, logger } = this.runtime;
    const db = this.env.CENTRE_DB as D1Database | undefined;
    if (!db) return;
    const now = Date.now();
    try {
      const outbox = createD1LeadStore(db, this.runtime.centre.timeZone);
      let next: number | null = null;
      if (config.LEADS_WEBHOOK_URL) {
        const send = createWebhookSender({
          url: config.LEADS_WEBHOOK_URL,
          timeoutMs: config.LEADS_WEBHOOK_TIMEOUT_MS,
          fetch: (input, init) => fetch(input, init),
        });
        const lang = this.runtime.centre.lang;
        const drained = await drainOutbox({
          outbox,
          send: (lead) => send(lead, notificationText(lead, lang)),
          now: Date.now,
          logger,
        });
        if (drained.delivered || drained.failed) logger.info("outbox drained", { ...drained });
        next = drained.next;
      }
      const purgedAt = (await this.ctx.storage.get<number>(PURGED_AT)) ?? 0;
      if (now - purgedAt >= DAY_MS) {
        const leads = await outbox.purge(now - config.LEADS_RETENTION_DAYS * DAY_MS);
        const events = (await this.runtime.events?.purge(now - config.ANALYTICS_RETENTION_DAYS * DAY_MS)) ?? 0;
        await this.ctx.storage.put(PURGED_AT, now);
        if (leads || events) logger.info("expired data deleted", { leads, events });
      }
      const cleanUp = ((await this.ctx.storage.get<number>(PURGED_AT)) ?? now) + DAY_MS;
      await this.ctx.storage.setAlarm(Math.max(Date.now(), Math.min(next ?? cleanUp, cleanUp)));
    } catch (error) {
      logger.error("outbox failed", {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
    }
  }
}
