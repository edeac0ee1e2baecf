import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type ChatResponse, ChatResponseSchema } from "../../src/core/chat";
import type { HistoryEntry, Session } from "../../src/store/session-store";

const DAY = 24 * 60 * 60 * 1000;
const chat = (body: unknown, headers: Record<string, string> = {}) =>
  exports.default.fetch("http://127.0.0.1:8787/api/chat", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
/** Starts a conversation and returns the id the server gave it. */
const newSession = async (message: string) => ((await (await chat({ message })).json()) as ChatResponse).sessionId;
const stubFor = (sessionId: string) => env.SESSIONS.get(env.SESSIONS.idFromName(sessionId));
const historyOf = (sessionId: string) =>
  runInDurableObject(stubFor(sessionId), async (_, state) => [
    ...(await state.storage.list<HistoryEntry>({ prefix: "h:" })).values(),
  ]);

describe("the worker in workerd", () => {
  it("serves /health and the OPCO list", async () => {
    const health = await exports.default.fetch("http://127.0.0.1:8787/health");
    expect(await health.json()).toMatchObject({ ok: true, knowledge: { cards: expect.any(Number) } });
    const { opcos } = (await (await exports.default.fetch("http://127.0.0.1:8787/api/opcos")).json()) as {
      opcos: unknown[];
    };
    expect(opcos).toHaveLength(11);
  });

  it("answers /api/chat with the full contract and stores the turn in the session's Durable Object", async () => {
    const res = await chat({ message: "Bonjour, je suis employeur" });
    expect(res.status).toBe(200);
    const body = ChatResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ lang: "fr", step: "company", profile: { role: "employer" }, summary: null });
    const history = await historyOf(body.sessionId);
    expect(history.map((h) => h.role)).toEqual(["user", "assistant"]);
    expect(history[0]?.text).toBe("Bonjour, je suis employeur");
  });

  it("plays 20 concurrent messages on one session, all answered and recorded in order", async () => {
    const sessionId = await newSession("Hello, message 0");
    const messages = Array.from({ length: 20 }, (_, i) => `Hello, message ${i + 1}`);
    const responses = await Promise.all(messages.map((message) => chat({ sessionId, message })));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as ChatResponse[];
    expect(new Set(bodies.map((b) => b.sessionId))).toEqual(new Set([sessionId]));
    const history = await historyOf(sessionId);
    expect(history.map((h) => h.seq)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    const users = history.filter((h) => h.role === "user").map((h) => h.text);
    expect([...users].sort()).toEqual(["Hello, message 0", ...messages].sort());
    for (const [i, h] of history.entries()) expect(h.role).toBe(i % 2 === 0 ? "user" : "assistant");
    const turns = await runInDurableObject(
      stubFor(sessionId),
      async (_, state) => (await state.storage.get<Session>("session"))?.state.turns,
    );
    expect(turns).toBe(21);
  });

  it("schedules an idle alarm 30 days ahead, keeps a session that was active since, deletes an idle one", async () => {
    const sessionId = await newSession("Hello");
    const stub = stubFor(sessionId);
    const alarm = await runInDurableObject(stub, (_, state) => state.storage.getAlarm());
    expect(alarm).not.toBeNull();
    expect((alarm ?? 0) - Date.now()).toBeGreaterThan(29 * DAY);

    // Fired early (the session is still fresh): nothing is deleted and the alarm is set again.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await historyOf(sessionId)).toHaveLength(2);
    expect(await runInDurableObject(stub, (_, state) => state.storage.getAlarm())).not.toBeNull();

    // Idle for 31 days: the alarm deletes the whole session.
    await runInDurableObject(stub, async (_, state) => {
      const session = await state.storage.get<Session>("session");
      await state.storage.put("session", { ...session, updatedAt: new Date(Date.now() - 31 * DAY).toISOString() });
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await runInDurableObject(stub, async (_, state) => (await state.storage.list()).size)).toBe(0);
    expect(await runInDurableObject(stub, (_, state) => state.storage.getAlarm())).toBeNull();
  });

  it("answers bad input with JSON errors, never a 500", async () => {
    expect((await chat({ message: "" })).status).toBe(400);
    const big = await exports.default.fetch("http://127.0.0.1:8787/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message: "x".repeat(20_000) }),
    });
    expect(big.status).toBe(413);
    const missing = await exports.default.fetch("http://127.0.0.1:8787/nowhere");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("applies the CORS allowlist of wrangler.toml", async () => {
    const allowed = await chat({ message: "hi" }, { Origin: "http://localhost:8787" });
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe("http://localhost:8787");
    const denied = await chat({ message: "hi" }, { Origin: "https://elsewhere.example" });
    expect(denied.status).toBe(403);
  });
});
