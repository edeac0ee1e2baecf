import { afterEach, describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../../src/core/errors";
import {
  BOT_TOKEN,
  BOT_USER,
  directMessage,
  envelope,
  mention,
  nowSeconds,
  type SlackHarness,
  sign,
  slackHarness,
  TEAM,
} from "./harness";

let h: SlackHarness;
afterEach(async () => h?.close());

const buttonsOf = (message: { blocks?: { type: string; elements?: Record<string, unknown>[] }[] } | undefined) =>
  (message?.blocks ?? []).filter((b) => b.type === "actions").flatMap((b) => b.elements ?? []);

describe("POST /slack/events: signature", () => {
  it("answers Slack's url_verification with the challenge when signed", async () => {
    h = await slackHarness();
    const res = await h.event({
      type: "url_verification",
      token: "legacy",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("refuses an unsigned request, a wrong signature and a signature made with another secret with 401", async () => {
    h = await slackHarness();
    const body = JSON.stringify({ type: "url_verification", challenge: "abc" });
    const ts = nowSeconds();
    const unsigned = await h.app.request("/slack/events", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });
    const wrong = await h.signed("/slack/events", body, "application/json", {
      headers: { "X-Slack-Signature": `v0=${"0".repeat(64)}` },
    });
    const otherSecret = await h.signed("/slack/events", body, "application/json", {
      timestamp: ts,
      headers: { "X-Slack-Signature": sign(body, ts, "another-secret") },
    });
    for (const res of [unsigned, wrong, otherSecret]) {
      expect(res.status).toBe(401);
      expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("unauthorized");
    }
  });

  it("refuses a request whose timestamp is more than 5 minutes old, even correctly signed", async () => {
    h = await slackHarness();
    const res = await h.signed(
      "/slack/events",
      JSON.stringify({ type: "url_verification", challenge: "abc" }),
      "application/json",
      {
        timestamp: nowSeconds() - 6 * 60,
      },
    );
    expect(res.status).toBe(401);
    expect((await res.json()) as unknown).toMatchObject({ error: { message: expect.stringContaining("5 minutes") } });
  });

  it("refuses a captured signature replayed on another body or with a fresh timestamp", async () => {
    h = await slackHarness();
    const original = JSON.stringify(envelope(directMessage("Bonjour")));
    const ts = nowSeconds();
    const captured = sign(original, ts);
    const tampered = original.replace("Bonjour", "Hello!!");
    const onOtherBody = await h.signed("/slack/events", tampered, "application/json", {
      timestamp: ts,
      headers: { "X-Slack-Signature": captured },
    });
    const withNewTimestamp = await h.signed("/slack/events", original, "application/json", {
      timestamp: ts + 1,
      headers: { "X-Slack-Signature": captured },
    });
    expect(onOtherBody.status).toBe(401);
    expect(withNewTimestamp.status).toBe(401);
    await h.settle();
    expect(h.fake.posted()).toEqual([]);
    expect(JSON.stringify(h.logs)).not.toContain("Bonjour");
  });

  it("documents the three Slack routes in the OpenAPI document when configured", async () => {
    h = await slackHarness();
    const doc = (await (await h.app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/chat", "/slack/events", "/slack/interactions", "/slack/commands"]),
    );
  });

  it("answers 503 naming the missing secrets when Slack is not configured", async () => {
    h = await slackHarness({ slack: null });
    const res = await h.event({ type: "url_verification", challenge: "abc" });
    expect(res.status).toBe(503);
    const body = ErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe("not_configured");
    expect(body.error.message).toContain("SLACK_SIGNING_SECRET");
    expect(body.error.message).toContain("SLACK_BOT_TOKEN");
    const onlyToken = await slackHarness({ slack: { signingSecret: undefined } });
    const res2 = await onlyToken.form("/slack/commands", { text: "hi" });
    expect(res2.status).toBe(503);
    expect(((await res2.json()) as { error: { message: string } }).error.message).not.toContain("SLACK_BOT_TOKEN");
    await onlyToken.close();
  });
});

describe("POST /slack/events: conversations", () => {
  it("answers a direct message in its thread with chat.postMessage: the bot token, sections and quick-reply buttons", async () => {
    h = await slackHarness();
    const res = await h.event(envelope(directMessage("Bonjour, je cherche un financement pour une formation")));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(h.fake.received).toEqual([]); // acknowledged before any work
    await h.settle();

    const [call] = h.fake.received;
    expect(call?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call?.contentType).toContain("application/json");
    const [message] = h.fake.posted();
    expect(message).toMatchObject({ channel: "D0001", thread_ts: "1700000000.000100" });
    expect(message?.text).toContain("*qui êtes-vous ?*");
    expect(message?.blocks?.[0]).toMatchObject({ type: "section", text: { type: "mrkdwn" } });
    const buttons = buttonsOf(message);
    // The six profiles, then the centre's own buttons.
    expect(buttons.map((b) => b.action_id)).toEqual([
      "quick_reply_0",
      "quick_reply_1",
      "quick_reply_2",
      "quick_reply_3",
      "quick_reply_4",
      "quick_reply_5",
      "quick_reply_6",
      "quick_reply_7",
    ]);
    expect(buttons[0]).toMatchObject({
      type: "button",
      text: { type: "plain_text", text: "Je suis employeur" },
      value: "Je suis employeur",
    });

    const saved = await h.store.load(`slack:${TEAM}:D0001:1700000000.000100`);
    expect(saved?.history.map((e) => e.role)).toEqual(["user", "assistant"]);
    expect(saved?.history[0]?.text).toBe("Bonjour, je cherche un financement pour une formation");
  });

  it("hands the work to the platform's waitUntil when the request has an execution context", async () => {
    h = await slackHarness({ defer: null });
    const waited: Promise<unknown>[] = [];
    const body = JSON.stringify(envelope(directMessage("Bonjour")));
    const ts = nowSeconds();
    const res = await h.app.request(
      "/slack/events",
      {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Slack-Request-Timestamp": String(ts),
          "X-Slack-Signature": sign(body, ts),
        },
        body,
      },
      {},
      { waitUntil: (p: Promise<unknown>) => void waited.push(p), passThroughOnException: () => {}, props: {} },
    );
    expect(res.status).toBe(200);
    expect(waited).toHaveLength(1);
    await Promise.all(waited);
    expect(h.fake.posted()).toHaveLength(1);
  });

  it("answers a mention in a channel in the mention's thread, without the mention in the message", async () => {
    h = await slackHarness();
    await h.event(envelope(mention(`<@${BOT_USER}> Hello, how do I get my training funded?`)));
    await h.settle();
    const [message] = h.fake.posted();
    expect(message).toMatchObject({ channel: "C0001", thread_ts: "1700000100.000200" });
    expect(message?.text).toContain("*who are you?*");
    const saved = await h.store.load(`slack:${TEAM}:C0001:1700000100.000200`);
    expect(saved?.history[0]?.text).toBe("Hello, how do I get my training funded?");
  });

  it("keeps one session per thread: a reply in the thread continues it, a new message starts another", async () => {
    h = await slackHarness();
    await h.event(envelope(directMessage("Hello, I need funding")));
    await h.event(
      envelope(directMessage("I am an employer", { ts: "1700000050.000300", thread_ts: "1700000000.000100" })),
    );
    await h.event(envelope(directMessage("Hello again", { ts: "1700000900.000900" })));
    await h.settle();
    // Different threads are answered concurrently; the posts of one thread come in order.
    expect(
      h.fake
        .posted()
        .map((m) => m.thread_ts)
        .sort(),
    ).toEqual(["1700000000.000100", "1700000000.000100", "1700000900.000900"]);
    expect(
      (await h.store.load(`slack:${TEAM}:D0001:1700000000.000100`))?.history
        .filter((e) => e.role === "user")
        .map((e) => e.text),
    ).toEqual(["Hello, I need funding", "I am an employer"]);
    expect((await h.store.load(`slack:${TEAM}:D0001:1700000900.000900`))?.session.state.turns).toBe(1);
  });

  it("ignores bot messages, its own messages, edits and channel messages that do not mention it", async () => {
    h = await slackHarness();
    const ignored = [
      directMessage("I am a bot", { bot_id: "B0001" }),
      directMessage("posted by an integration", { subtype: "bot_message", user: undefined }),
      directMessage("my own answer", { user: BOT_USER }),
      directMessage("edited", { subtype: "message_changed" }),
      {
        type: "message",
        channel_type: "channel",
        channel: "C0001",
        user: "U0001",
        text: "chatter",
        ts: "1700000000.000500",
      },
    ];
    const acks = [];
    for (const event of ignored) acks.push(await (await h.event(envelope(event))).json());
    await h.settle();
    expect(acks).toEqual([
      { ok: true, ignored: "bot_message" },
      { ok: true, ignored: "bot_message" },
      { ok: true, ignored: "bot_message" },
      { ok: true, ignored: "message_changed" },
      { ok: true, ignored: "not_a_direct_message" },
    ]);
    expect(h.fake.received).toEqual([]);
  });

  it("answers an event once, however often Slack retries it", async () => {
    h = await slackHarness();
    const first = envelope(directMessage("Bonjour"));
    const res1 = await h.event(first);
    const res2 = await h.event(first, { "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout" });
    const res3 = await h.event(first, { "X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout" });
    await h.settle();
    expect([await res1.json(), await res2.json(), await res3.json()]).toEqual([
      { ok: true },
      { ok: true, ignored: "duplicate" },
      { ok: true, ignored: "duplicate" },
    ]);
    expect(h.fake.posted()).toHaveLength(1);
  });

  it("drops a timeout retry of an event this isolate never saw, since another one is answering it", async () => {
    h = await slackHarness();
    const res = await h.event(envelope(directMessage("Bonjour")), {
      "X-Slack-Retry-Num": "1",
      "X-Slack-Retry-Reason": "http_timeout",
    });
    await h.settle();
    expect(await res.json()).toEqual({ ok: true, ignored: "retry" });
    expect(h.fake.posted()).toEqual([]);
  });

  it("honours a 429 Retry-After from Slack once, then delivers", async () => {
    h = await slackHarness();
    h.fake.rateLimitNext(1);
    const started = Date.now();
    await h.event(envelope(directMessage("Bonjour")));
    await h.settle();
    expect(h.fake.received.map((r) => r.path)).toEqual(["/api/chat.postMessage", "/api/chat.postMessage"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(h.fake.posted()).toHaveLength(2);
    expect(h.logs.some((l) => l.msg === "slack rate limited, retrying" && l.retryAfter === 1)).toBe(true);
  });

  it("logs a refused post without the message text and never fails the acknowledgement", async () => {
    h = await slackHarness({ slack: { botToken: "xoxb-revoked" } });
    const res = await h.event(envelope(directMessage("Bonjour, je suis salarié")));
    await h.settle();
    expect(res.status).toBe(200);
    const refusal = h.logs.find((l) => l.msg === "slack call refused");
    expect(refusal).toMatchObject({ level: "error", call: "chat.postMessage", error: "invalid_auth" });
    expect(JSON.stringify(h.logs)).not.toContain("je suis salarié");
    expect(h.logs.find((l) => l.msg === "slack turn answered")).toMatchObject({ sent: false });
  });

  it("answers a body that is not an Events API envelope with 400, and other event types with a plain ack", async () => {
    h = await slackHarness();
    const bad = await h.signed("/slack/events", "[1,2]", "application/json");
    expect(bad.status).toBe(400);
    const other = await h.event(envelope({ type: "reaction_added", user: "U0001", reaction: "thumbsup" }));
    expect(await other.json()).toEqual({ ok: true, ignored: "unsupported_event" });
  });
});
