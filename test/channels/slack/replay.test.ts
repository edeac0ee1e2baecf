import { afterEach, describe, expect, it } from "vitest";
import { createMemoryStore } from "../../../src/store/memory";
import type { SessionStore } from "../../../src/store/session-store";
import { testRuntime } from "../../helpers";
import { directMessage, envelope, nowSeconds, type SlackHarness, slackHarness, TEAM } from "./harness";

/**
 * Two isolates (or one before and one after a restart) on the same durable sessions: two apps,
 * each with its own memory (seen events, rate limits), sharing one session store.
 */
async function twoIsolates() {
  const shared: SessionStore = createMemoryStore({ handler: testRuntime().handler });
  const isolates = [await slackHarness({ store: () => shared }), await slackHarness({ store: () => shared })] as const;
  return {
    isolates,
    shared,
    /** Every answer both fakes received: posts to a thread and to a response_url. */
    answers: () => isolates.flatMap((h) => h.fake.received),
    settle: () => Promise.all(isolates.map((h) => h.settle())),
  };
}

let open: SlackHarness[] = [];
afterEach(async () => {
  await Promise.all(open.map((h) => h.close()));
  open = [];
});

describe("Slack replays and retries", () => {
  it("answers an event once when Slack retries it on another isolate, whatever the retry reason", async () => {
    const { isolates, answers, settle, shared } = await twoIsolates();
    open = [...isolates];
    const event = envelope(directMessage("Bonjour, je suis employeur"));
    await isolates[0].event(event);
    await settle();
    for (const reason of ["http_error", "connection_failed", "unknown_error"]) {
      const res = await isolates[1].event(event, { "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": reason });
      expect(res.status).toBe(200);
    }
    await settle();
    expect(answers()).toHaveLength(1);
    const saved = await shared.load(`slack:${TEAM}:D0001:1700000000.000100`);
    expect(saved?.session.state.turns).toBe(1);
  });

  it("plays a signed /opco command replayed within the 5-minute window once, on the same or another isolate", async () => {
    const { isolates, answers, settle } = await twoIsolates();
    open = [...isolates];
    const body = new URLSearchParams({
      team_id: TEAM,
      channel_id: "C0001",
      user_id: "U0007",
      command: "/opco",
      text: "Quel OPCO pour une boulangerie ?",
      response_url: `${isolates[0].fake.url}/hooks/commands/T0001/1/xyz`,
      trigger_id: "13345224609.738474920.8088930838d88f008e0",
    }).toString();
    const timestamp = nowSeconds();
    for (const h of [isolates[0], isolates[0], isolates[1]]) {
      const res = await h.signed("/slack/commands", body, "application/x-www-form-urlencoded", { timestamp });
      expect(res.status).toBe(200);
    }
    await settle();
    expect(answers()).toHaveLength(1);
  });

  it("plays a replayed quick-reply click once, even without a trigger id (the signature names the request)", async () => {
    const { isolates, answers, settle } = await twoIsolates();
    open = [...isolates];
    await isolates[0].event(envelope(directMessage("Hello, I need funding")));
    await settle();
    const block = isolates[0].fake.posted()[0]?.blocks?.find((b) => b.type === "actions");
    const button = block?.elements?.find((e) => e.value === "I am an employer");
    const payload = JSON.stringify({
      type: "block_actions",
      team: { id: TEAM },
      user: { id: "U0001" },
      channel: { id: "D0001" },
      actions: [{ action_id: button?.action_id, block_id: block?.block_id, value: button?.value }],
    });
    const body = new URLSearchParams({ payload }).toString();
    const timestamp = nowSeconds();
    for (const h of [isolates[0], isolates[1], isolates[1]]) {
      await h.signed("/slack/interactions", body, "application/x-www-form-urlencoded", { timestamp });
    }
    await settle();
    // The greeting's answer and one answer to the click.
    expect(answers()).toHaveLength(2);
  });
});
