import { createHmac } from "node:crypto";
import { type AppDeps, createApp } from "../../../src/app";
import type { SlackConfig } from "../../../src/channels/slack/config";
import { createLogger } from "../../../src/core/logger";
import { createMemoryStore } from "../../../src/store/memory";
import type { SessionStore } from "../../../src/store/session-store";
import { testRuntime } from "../../helpers";
import { startFakeSlack } from "./fake-slack";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-test-1-bot-token";
export const TEAM = "T0001";
export const BOT_USER = "U0BOT";
export const PUBLIC_BASE_URL = "https://assistant.example";

/** Signs a body the way Slack does (computed here with node:crypto, independently of the adapter). */
export const sign = (body: string, timestamp: number, secret = SIGNING_SECRET) =>
  `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The real app on a memory store, configured for Slack against a local fake Slack API;
 * work deferred after a response is collected so a test can await it with `settle()`.
 */
export async function slackHarness(
  options: {
    slack?: Partial<SlackConfig> | null;
    defer?: null;
    /** Rate limit and summary-link secret (defaults: 20 a minute, no secret). */
    config?: Omit<AppDeps["config"], "ALLOWED_ORIGINS">;
    /** Clock of the rate limit (the signature check keeps the real time). */
    now?: () => number;
    /** Wraps the real memory store (to make it fail). */
    store?: (store: SessionStore) => SessionStore;
  } = {},
) {
  const fake = await startFakeSlack({ token: BOT_TOKEN });
  const logs: Record<string, unknown>[] = [];
  const pending: Promise<unknown>[] = [];
  const runtime = testRuntime();
  const memory = createMemoryStore({ handler: runtime.handler });
  const store = options.store ? options.store(memory) : memory;
  const slack: SlackConfig | undefined =
    options.slack === null
      ? undefined
      : {
          signingSecret: SIGNING_SECRET,
          botToken: BOT_TOKEN,
          apiUrl: `${fake.url}/api`,
          publicBaseUrl: PUBLIC_BASE_URL,
          ...options.slack,
        };
  const app = createApp({
    ...runtime,
    version: "test",
    config: { ALLOWED_ORIGINS: [], ...options.config },
    ...(options.now ? { now: options.now } : {}),
    logger: createLogger("debug", (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    store,
    slack,
    // `defer: null` keeps the app's own (waitUntil when the request has an execution context).
    ...(options.defer === null
      ? {}
      : {
          defer: (_c: unknown, task: Promise<unknown>) => {
            pending.push(task);
          },
        }),
  });

  /** POSTs a body signed for `timestamp` (now by default), with extra or overriding headers. */
  const signed = (
    path: string,
    body: string,
    contentType: string,
    init: { timestamp?: number; headers?: Record<string, string> } = {},
  ) => {
    const timestamp = init.timestamp ?? nowSeconds();
    return app.request(`http://assistant.internal${path}`, {
      method: "POST",
      headers: {
        "Content-Type": contentType,
        "X-Slack-Request-Timestamp": String(timestamp),
        "X-Slack-Signature": sign(body, timestamp),
        ...init.headers,
      },
      body,
    });
  };

  return {
    app,
    fake,
    store,
    logs,
    signed,
    /** An Events API envelope, signed. */
    event: (envelope: Record<string, unknown>, headers: Record<string, string> = {}) =>
      signed("/slack/events", JSON.stringify(envelope), "application/json", { headers }),
    /** A form-encoded body (interactions, commands), signed. */
    form: (path: string, fields: Record<string, string>) =>
      signed(path, new URLSearchParams(fields).toString(), "application/x-www-form-urlencoded"),
    /** Waits for every task deferred after a response, including those they defer. */
    async settle() {
      while (pending.length) await Promise.all(pending.splice(0));
    },
    close: fake.close,
  };
}

export type SlackHarness = Awaited<ReturnType<typeof slackHarness>>;

let eventSeq = 0;
function nextEventId() {
  eventSeq += 1;
  return `Ev${String(eventSeq).padStart(8, "0")}`;
}

/** An `event_callback` envelope around `event`, with a fresh event id and the bot's authorization. */
export function envelope(event: Record<string, unknown>, eventId = nextEventId()) {
  return {
    type: "event_callback",
    team_id: TEAM,
    api_app_id: "A0001",
    event_id: eventId,
    event_time: nowSeconds(),
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true }],
    event,
  };
}

/** A direct message from a user to the bot. */
export const directMessage = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "message",
  channel_type: "im",
  channel: "D0001",
  user: "U0001",
  text,
  ts: "1700000000.000100",
  ...extra,
});

/** A mention of the bot in a channel. */
export const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: "app_mention",
  channel: "C0001",
  user: "U0002",
  text,
  ts: "1700000100.000200",
  ...extra,
});
