import type { Lead } from "../core/lead";
import type { Logger } from "../core/logger";
import type { Outbox } from "./store";
import type { SendResult } from "./webhook";

/** First wait after a failure; it doubles each time up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
/** Attempts before giving up (about a week at the longest wait); the lead itself stays in the dashboard. */
export const MAX_ATTEMPTS = 40;

/** The wait after the `attempts`-th failed attempt: 30 s, 1 min, 2 min... 6 h at most; longer when the receiver asked. */
export function backoffMs(attempts: number, retryAfterMs = 0): number {
  const wait = Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  return Math.max(wait, Math.min(retryAfterMs, MAX_BACKOFF_MS));
}

export interface DrainDeps {
  outbox: Outbox;
  /** Forwards one lead (the webhook), with the text of its notification. */
  send(lead: Lead): Promise<SendResult>;
  now(): number;
  logger: Logger;
  /** Leads tried per drain. */
  batch?: number;
}

export interface Drained {
  delivered: number;
  failed: number;
  /** When the next pending lead is due (ms), or null when none is. */
  next: number | null;
}

/**
 * Tries every lead due, one after the other: a delivery is marked delivered; a failure is tried
 * again after a growing wait, and given up after MAX_ATTEMPTS (logged; the lead stays in D1 and in
 * the dashboard). Returns when to come back. Never throws for a webhook's failure.
 */
export async function drainOutbox(deps: DrainDeps): Promise<Drained> {
  const due = await deps.outbox.due(deps.now(), deps.batch ?? 20);
  let delivered = 0;
  let failed = 0;
  for (const { lead, attempts } of due) {
    const result = await deps.send(lead);
    if (result.ok) {
      await deps.outbox.delivered(lead.id, deps.now());
      delivered += 1;
      continue;
    }
    failed += 1;
    const tried = attempts + 1;
    const giveUp = tried >= MAX_ATTEMPTS;
    await deps.outbox.failed(lead.id, {
      attempts: tried,
      error: result.error,
      nextAttemptAt: giveUp ? null : deps.now() + backoffMs(tried, result.retryAfterMs),
    });
    const fields = { leadId: lead.id, attempts: tried, error: result.error };
    if (giveUp) deps.logger.error("lead not forwarded, given up", fields);
    else deps.logger.warn("lead not forwarded yet", fields);
  }
  return { delivered, failed, next: await deps.outbox.nextDue() };
}
