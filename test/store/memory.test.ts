import { describe, expect, it } from "vitest";
import type { ChatTurn, TurnHandler } from "../../src/dialogue/turn";
import { createMemoryStore } from "../../src/store/memory";
import { testRuntime } from "../helpers";

const playTurn = testRuntime().handler;

const DAY = 24 * 60 * 60 * 1000;
const turn = (message: string, sessionId = "session-0001"): ChatTurn => ({ sessionId, message });

describe("memory session store", () => {
  it("plays 20 concurrent messages on one session one after the other, none lost, in order", async () => {
    // A handler that yields to the event loop mid-turn: without serialisation, turns would read stale state.
    const slow: TurnHandler = async (previous, t) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
      return playTurn(previous, t);
    };
    const store = createMemoryStore({ handler: slow });
    const messages = Array.from({ length: 20 }, (_, i) => `message ${i + 1}`);
    const responses = await Promise.all(messages.map((m) => store.runTurn(turn(m))));
    expect(responses).toHaveLength(20);
    const saved = await store.load("session-0001");
    expect(saved?.session.state.turns).toBe(20);
    expect(saved?.history.map((h) => h.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(saved?.history.filter((h) => h.role === "user").map((h) => h.text)).toEqual(messages);
    for (const [i, h] of (saved?.history ?? []).entries()) expect(h.role).toBe(i % 2 === 0 ? "user" : "assistant");
  });

  it("keeps sessions apart", async () => {
    const store = createMemoryStore({ handler: playTurn });
    await store.runTurn(turn("Hello", "session-aaaa"));
    await store.runTurn(turn("Bonjour", "session-bbbb"));
    expect((await store.load("session-aaaa"))?.session.state.lang).toBe("en");
    expect((await store.load("session-bbbb"))?.session.state.lang).toBe("fr");
  });

  it("a failing turn does not block the next one on the same session", async () => {
    let calls = 0;
    const flaky: TurnHandler = (previous, t) => {
      calls += 1;
      if (calls === 1) throw new Error("boom");
      return playTurn(previous, t);
    };
    const store = createMemoryStore({ handler: flaky });
    await expect(store.runTurn(turn("one"))).rejects.toThrow("boom");
    await expect(store.runTurn(turn("two"))).resolves.toMatchObject({ sessionId: "session-0001" });
    expect((await store.load("session-0001"))?.history).toHaveLength(2);
  });

  it("forgets sessions idle for the TTL, and only those", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const store = createMemoryStore({ handler: playTurn, now: () => now, ttlDays: 30 });
    await store.runTurn(turn("old", "session-old1"));
    now += 20 * DAY;
    await store.runTurn(turn("recent", "session-new1"));
    now += 10 * DAY;
    expect(await store.load("session-old1")).toBeNull();
    expect(await store.load("session-new1")).not.toBeNull();
    expect(store.sweep()).toBe(1);
    // A message on an expired id starts a fresh conversation.
    await store.runTurn(turn("again", "session-old1"));
    expect((await store.load("session-old1"))?.history).toHaveLength(2);
  });
});
