import type { Logger } from "../../core/logger";
import type { Block } from "./blocks";

export interface PostMessage {
  channel: string;
  thread_ts?: string;
  text: string;
  blocks: Block[];
}

/** Body posted to a slash command's or an interaction's `response_url`. */
export interface ResponseUrlMessage {
  response_type: "ephemeral" | "in_channel";
  replace_original?: boolean;
  text: string;
  blocks?: Block[];
}

export interface SlackClientOptions {
  /** Web API base URL, e.g. `https://slack.com/api`. */
  apiUrl: string;
  botToken: string;
  logger: Logger;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Longest `Retry-After` honoured; a longer one gives up. */
  maxRetryAfterSeconds?: number;
  timeoutMs?: number;
}

/** Hosts a `response_url` may point to: Slack's hooks, or the configured API's own origin (tests, proxies). */
const RESPONSE_URL_ORIGINS = ["https://hooks.slack.com"];

/**
 * The few Slack Web API calls the bot makes. Every call has a timeout, honours one `429`
 * `Retry-After`, checks Slack's `ok`, and reports failure as `false` after logging the
 * status and Slack's error code (never the message text): nothing is thrown.
 */
export function createSlackClient(options: SlackClientOptions) {
  const { apiUrl, botToken, logger, fetch: fetchFn = fetch, maxRetryAfterSeconds = 10, timeoutMs = 10_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const allowedOrigins = new Set([...RESPONSE_URL_ORIGINS, new URL(apiUrl).origin]);

  async function send(what: string, url: string, headers: Record<string, string>, body: unknown): Promise<boolean> {
    for (let attempt = 1; ; attempt += 1) {
      let res: Response;
      try {
        res = await fetchFn(url, {
          method: "POST",
          headers: { "Content-Type": "application/json; charset=utf-8", ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        logger.error("slack call failed", { call: what, error: err instanceof Error ? err.name : "unknown" });
        return false;
      }
      if (res.status === 429 && attempt === 1) {
        const wait = Number(res.headers.get("Retry-After") ?? "1");
        await res.body?.cancel();
        if (Number.isFinite(wait) && wait >= 0 && wait <= maxRetryAfterSeconds) {
          logger.warn("slack rate limited, retrying", { call: what, retryAfter: wait });
          await sleep(wait * 1000);
          continue;
        }
      }
      const text = await res.text().catch(() => "");
      let error: string | undefined;
      if (!res.ok) error = `http_${res.status}`;
      else if (text.trimStart().startsWith("{")) {
        try {
          const json = JSON.parse(text) as { ok?: unknown; error?: unknown };
          if (json.ok !== true) error = typeof json.error === "string" ? json.error : "not_ok";
        } catch {
          error = "invalid_json";
        }
      }
      if (error) {
        logger.error("slack call refused", { call: what, status: res.status, error });
        return false;
      }
      return true;
    }
  }

  return {
    /** `chat.postMessage` with the bot token; true when Slack answered `ok`. */
    postMessage: (message: PostMessage) =>
      send("chat.postMessage", `${apiUrl}/chat.postMessage`, { Authorization: `Bearer ${botToken}` }, message),

    /** Posts to a `response_url` Slack gave with a command or an interaction (no token needed). */
    respond(responseUrl: string, message: ResponseUrlMessage): Promise<boolean> {
      let origin: string;
      try {
        origin = new URL(responseUrl).origin;
      } catch {
        origin = "";
      }
      if (!allowedOrigins.has(origin)) {
        logger.warn("slack response_url refused", { origin });
        return Promise.resolve(false);
      }
      return send("response_url", responseUrl, {}, message);
    },
  };
}

export type SlackClient = ReturnType<typeof createSlackClient>;
