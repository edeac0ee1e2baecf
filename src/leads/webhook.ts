import type { Lead } from "../core/lead";

/** What one attempt to forward a lead gave. */
export type SendResult = { ok: true } | { ok: false; error: string; retryAfterMs?: number };

export interface WebhookOptions {
  /** LEADS_WEBHOOK_URL: a Slack incoming webhook, an automation tool's hook, the centre's CRM. */
  url: string;
  /** Time one attempt has, in ms; past it the attempt failed (the request is aborted). */
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Seconds (or an HTTP date) of a `Retry-After` header, in ms; undefined when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Forwards a lead to the centre's webhook: one POST of `{text, lead}` (`text` is what a Slack
 * incoming webhook shows; automation tools read `lead`), with the lead's id as `Idempotency-Key` so
 * that a receiver can drop a repeat. A 2xx is a delivery; anything else (a refusal, a 5xx, a
 * timeout, no answer) is a failure to try again, never an exception.
 */
export function createWebhookSender(options: WebhookOptions) {
  return async function send(lead: Lead, text: string): Promise<SendResult> {
    try {
      const res = await options.fetch(options.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "User-Agent": "opco-assistant-leads",
          "Idempotency-Key": lead.id,
        },
        body: JSON.stringify({ text, lead }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // The body is not needed; reading it lets the connection be reused.
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) return { ok: true };
      const wait = retryAfterMs(res.headers.get("Retry-After"), Date.now());
      return { ok: false, error: `HTTP ${res.status}`, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
    } catch (error) {
      const name = error instanceof Error ? error.name : "Error";
      return {
        ok: false,
        error:
          name === "TimeoutError" || name === "AbortError"
            ? `no answer within ${options.timeoutMs} ms`
            : `${name}: unreachable`,
      };
    }
  };
}
export type WebhookSender = ReturnType<typeof createWebhookSender>;
