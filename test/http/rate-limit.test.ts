import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../src/core/errors";
import { testApp } from "../helpers";

/** The real app with a limit of `perMinute`, on a clock the test moves. */
function limitedApp(perMinute: number) {
  let now = Date.parse("2027-01-04T09:00:00Z");
  const test = testApp({ deps: { config: { ALLOWED_ORIGINS: [], RATE_LIMIT_PER_MINUTE: perMinute }, now: () => now } });
  return { ...test, advance: (ms: number) => (now += ms) };
}

describe("rate limit of the web API", () => {
  it("answers the turn over the limit of one session (counted once it has an id) with 429 rate_limited and Retry-After, without playing it", async () => {
    const { post, store, advance } = limitedApp(3);
    const first = (await (await post("/api/chat", { message: "Bonjour" })).json()) as { sessionId: string };
    const sessionId = first.sessionId;
    expect((await post("/api/chat", { sessionId, message: "Je suis employeur" })).status).toBe(200);
    expect((await post("/api/chat", { sessionId, message: "IDCC 1486" })).status).toBe(200);
    expect((await post("/api/chat", { sessionId, message: "back" })).status).toBe(200);
    const refused = await post("/api/chat", { sessionId, message: "12 salariés" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("20");
    const body = ErrorBodySchema.parse(await refused.json());
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toContain("20 s");
    expect((await store.load(sessionId))?.session.state.turns).toBe(4);

    advance(20_000);
    expect((await post("/api/chat", { sessionId, message: "12 salariés" })).status).toBe(200);
  });

  it("limits a client IP (CF-Connecting-IP) across new sessions, /api/chat and /api/ask together, at ten people's allowance", async () => {
    const { post } = limitedApp(1);
    const from = (ip: string) => ({ "CF-Connecting-IP": ip });
    for (let i = 0; i < 5; i += 1) {
      expect((await post("/api/chat", { message: "Bonjour" }, from("203.0.113.7"))).status).toBe(200);
      expect((await post("/api/ask", { question: "Is Qualiopi mandatory?" }, from("203.0.113.7"))).status).toBe(200);
    }
    const refused = await post("/api/ask", { question: "What is an OPCO?" }, from("203.0.113.7"));
    expect(refused.status).toBe(429);
    expect(ErrorBodySchema.parse(await refused.json()).error.code).toBe("rate_limited");
    expect((await post("/api/chat", { message: "Bonjour" }, from("203.0.113.7"))).status).toBe(429);
    expect((await post("/api/chat", { message: "Bonjour" }, from("198.51.100.2"))).status).toBe(200);
  });

  it("does not count the tool, search and health routes", async () => {
    const { app, post } = limitedApp(1);
    for (let i = 0; i < 3; i += 1) {
      expect((await post("/api/tools/find-opco", { idcc: "1486" })).status).toBe(200);
      expect((await app.request("/health")).status).toBe(200);
    }
  });

  it("still answers a malformed body with 400, not 429 or 500", async () => {
    const { post } = limitedApp(1);
    expect((await post("/api/chat", "{not json")).status).toBe(400);
    expect((await post("/api/chat", { sessionId: "x", message: "" })).status).toBe(400);
  });
});
