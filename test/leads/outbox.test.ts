import { afterEach, describe, expect, it } from "vitest";
import type { Lead } from "../../src/core/lead";
import { createLogger } from "../../src/core/logger";
import { notificationText } from "../../src/leads/notification";
import { backoffMs, drainOutbox, FIRST_BACKOFF_MS, MAX_ATTEMPTS, MAX_BACKOFF_MS } from "../../src/leads/outbox";
import { createWebhookSender } from "../../src/leads/webhook";
import { memoryLeads } from "../fakes/memory-centre";
import { startFakeWebhook } from "./fake-webhook";

const lead = (id: string, name = "Marie Dupont"): Lead => ({
  id,
  createdAt: "2027-01-10T09:00:00.000Z",
  sessionId: "5aae2aa0-4fe6-4f0e-b251-83047d6fc04d",
  channel: "web",
  lang: "fr",
  name,
  phone: "06 12 34 56 78",
  preferredTime: "morning",
  consent: { at: "2027-01-10T09:00:00.000Z", privacyUrl: "https://centre.example/privacy" },
  profile: {
    role: "employer",
    headcount: 12,
    company: { idcc: "1486", opcoId: "atlas" },
    training: { title: "Excel" },
  },
  planUrl: "https://assistant.example/api/sessions/5aae2aa0-4fe6-4f0e-b251-83047d6fc04d/summary?format=html",
});

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(stops.splice(0).map((stop) => stop()));
});

async function fake(...modes: Parameters<typeof startFakeWebhook>[0] & unknown[]) {
  const hook = await startFakeWebhook(modes);
  stops.push(hook.stop);
  return hook;
}

const sender = (url: string, timeoutMs = 300) => createWebhookSender({ url, timeoutMs, fetch });

describe("the webhook sender, against a local fake", () => {
  it("posts {text, lead} with the lead's id as Idempotency-Key, and a 2xx is a delivery", async () => {
    const hook = await fake();
    expect(await sender(hook.url)(lead("a1"), "Nouvelle demande")).toEqual({ ok: true });
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]?.headers["idempotency-key"]).toBe("a1");
    expect(hook.received[0]?.headers["content-type"]).toBe("application/json");
    expect(hook.received[0]?.body).toMatchObject({
      text: "Nouvelle demande",
      lead: { id: "a1", name: "Marie Dupont" },
    });
  });

  it("reports a 500, a 429 with its Retry-After, a slow hook and a closed one as failures, never as exceptions", async () => {
    const hook = await fake("500", "429", "slow");
    const send = sender(hook.url, 200);
    expect(await send(lead("a2"), "x")).toEqual({ ok: false, error: "HTTP 500" });
    expect(await send(lead("a2"), "x")).toEqual({ ok: false, error: "HTTP 429", retryAfterMs: 120_000 });
    const started = Date.now();
    expect(await send(lead("a2"), "x")).toEqual({ ok: false, error: "no answer within 200 ms" });
    expect(Date.now() - started).toBeLessThan(1500);
    await hook.stop();
    expect(await send(lead("a2"), "x")).toMatchObject({ ok: false, error: expect.stringContaining("unreachable") });
    expect(hook.received).toHaveLength(0);
  });
});

describe("the outbox", () => {
  const logs: string[] = [];
  const logger = createLogger("debug", (line) => logs.push(line));

  it("keeps a lead through a webhook that is down, slow, then failing, and delivers it once the hook works", async () => {
    const hook = await fake("slow", "500");
    const outbox = memoryLeads();
    await outbox.add(lead("b1"), 0);
    let now = 1_000_000;
    const send = sender(hook.url, 200);
    const drain = () =>
      drainOutbox({ outbox, send: (l) => send(l, notificationText(l, "fr")), now: () => now, logger });

    // Slow: failed, tried again after 30 s.
    expect(await drain()).toEqual({ delivered: 0, failed: 1, next: now + FIRST_BACKOFF_MS });
    expect(outbox.rows.get("b1")?.delivery).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: expect.any(String),
    });
    // Not due yet: nothing is tried.
    expect(await drain()).toMatchObject({ delivered: 0, failed: 0 });
    // A 500: tried again after 1 minute.
    now += FIRST_BACKOFF_MS;
    expect(await drain()).toEqual({ delivered: 0, failed: 1, next: now + 2 * FIRST_BACKOFF_MS });
    now += 2 * FIRST_BACKOFF_MS;
    expect(await drain()).toEqual({ delivered: 1, failed: 0, next: null });
    expect(outbox.rows.get("b1")?.delivery).toMatchObject({ status: "delivered", attempts: 3 });
    expect(hook.received.map((r) => r.body.lead.id)).toEqual(["b1"]);
    expect(hook.received[0]?.body.text).toContain("*Nouvelle demande de rappel* — Marie Dupont");
    expect(logs.some((line) => line.includes("lead not forwarded yet") && !line.includes("06 12"))).toBe(true);
  });

  it("gives up after MAX_ATTEMPTS against a hook that stays down, and the lead stays", async () => {
    const hook = await fake();
    await hook.stop();
    const outbox = memoryLeads();
    await outbox.add(lead("c1"), 0);
    let now = 0;
    const send = sender(hook.url, 100);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const drained = await drainOutbox({ outbox, send: (l) => send(l, "x"), now: () => now, logger });
      expect(drained.failed).toBe(1);
      now = drained.next ?? now;
    }
    expect(outbox.rows.get("c1")?.delivery).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect((await outbox.list({ from: "2027-01-01", to: "2027-12-31", limit: 10 }))[0]?.lead.id).toBe("c1");
    expect(logs.some((line) => line.includes("given up"))).toBe(true);
  });

  it("waits longer after each failure, six hours at most, and as long as the receiver asks", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(30)).toBe(MAX_BACKOFF_MS);
    expect(backoffMs(1, 120_000)).toBe(120_000);
    expect(backoffMs(1, 10 * MAX_BACKOFF_MS)).toBe(MAX_BACKOFF_MS);
  });
});

describe("the notification the centre receives", () => {
  it("says who to call, how and when, the project and the plan, in the centre's language", () => {
    const text = notificationText({ ...lead("d1", "<b>Jo</b>"), message: "Après 10 h & avant midi" }, "fr");
    expect(text.split("\n")).toEqual([
      "*Nouvelle demande de rappel* — &lt;b&gt;Jo&lt;/b&gt;",
      "Téléphone : 06 12 34 56 78 · À rappeler : le matin",
      "Profil : employeur · Effectif : 12 salariés · Formation : Excel · IDCC 1486 · OPCO : atlas",
      "Message : Après 10 h &amp; avant midi",
      "Plan : https://assistant.example/api/sessions/5aae2aa0-4fe6-4f0e-b251-83047d6fc04d/summary?format=html",
      "_Depuis : site web, français_",
    ]);
    expect(notificationText(lead("d2"), "en")).toContain("*New call-back request* — Marie Dupont");
  });
});
