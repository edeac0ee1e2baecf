import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../src/core/errors";
import { testApp, throughCloudflare } from "../helpers";

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

  it("limits a client IP (CF-Connecting-IP on Cloudflare) across new sessions, /api/chat and /api/ask together, at ten people's allowance", async () => {
    const { postFrom } = limitedApp(1);
    for (let i = 0; i < 5; i += 1) {
      expect((await postFrom("203.0.113.7", "/api/chat", { message: "Bonjour" })).status).toBe(200);
      expect((await postFrom("203.0.113.7", "/api/ask", { question: "Is Qualiopi mandatory?" })).status).toBe(200);
    }
    const refused = await postFrom("203.0.113.7", "/api/ask", { question: "What is an OPCO?" });
    expect(refused.status).toBe(429);
    expect(ErrorBodySchema.parse(await refused.json()).error.code).toBe("rate_limited");
    expect((await postFrom("203.0.113.7", "/api/chat", { message: "Bonjour" })).status).toBe(429);
    expect((await postFrom("198.51.100.2", "/api/chat", { message: "Bonjour" })).status).toBe(200);
  });

  it("ignores CF-Connecting-IP off Cloudflare: every such client shares one bucket, whatever it claims", async () => {
    const { post } = limitedApp(1);
    for (let i = 0; i < 10; i += 1) {
      const claimed = { "CF-Connecting-IP": `192.0.2.${i}` };
      expect((await post("/api/ask", { question: "Is Qualiopi mandatory?" }, claimed)).status).toBe(200);
    }
    const refused = await post("/api/ask", { question: "What is an OPCO?" }, { "CF-Connecting-IP": "192.0.2.200" });
    expect(refused.status).toBe(429);
  });

  it("keys a client by the platform's socket address where there is one and no Cloudflare", async () => {
    let now = Date.parse("2027-01-04T09:00:00Z");
    const { app } = testApp({
      deps: {
        config: { ALLOWED_ORIGINS: [], RATE_LIMIT_PER_MINUTE: 1 },
        now: () => now,
        socketAddress: (c) => c.req.header("X-Test-Peer"),
      },
    });
    const ask = (peer: string) =>
      app.request("/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Test-Peer": peer, "CF-Connecting-IP": "203.0.113.1" },
        body: JSON.stringify({ question: "Is Qualiopi mandatory?" }),
      });
    for (let i = 0; i < 10; i += 1) expect((await ask("10.0.0.1")).status).toBe(200);
    expect((await ask("10.0.0.1")).status).toBe(429);
    expect((await ask("10.0.0.2")).status).toBe(200);
    now += 60_000;
    expect((await ask("10.0.0.1")).status).toBe(200);
  });

  it("throttles the tool, search and summary routes per client IP, in a bucket apart from the chat's, never /health", async () => {
    const { app, post, postFrom } = limitedApp(1);
    for (let i = 0; i < 10; i += 1) {
      const route = i % 2 ? "/api/tools/find-opco" : "/api/tools/list-documents";
      const body = i % 2 ? { idcc: "1486" } : { scheme: "cpf" };
      expect((await postFrom("203.0.113.9", route, body)).status).toBe(200);
    }
    const refused = await postFrom("203.0.113.9", "/api/tools/find-opco", { idcc: "1486" });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBeTruthy();
    expect(ErrorBodySchema.parse(await refused.json()).error.code).toBe("rate_limited");
    const search = await app.fetch(
      throughCloudflare(
        new Request("http://assistant.internal/api/search?q=cpf", {
          headers: { "CF-Connecting-IP": "203.0.113.9" },
        }),
      ),
    );
    expect(search.status).toBe(429);
    // Another address, the chat of the same address, and /health are not affected.
    expect((await postFrom("203.0.113.10", "/api/tools/find-opco", { idcc: "1486" })).status).toBe(200);
    expect((await postFrom("203.0.113.9", "/api/chat", { message: "Bonjour" })).status).toBe(200);
    for (let i = 0; i < 3; i += 1) expect((await app.request("/health")).status).toBe(200);
    expect((await post("/api/tools/find-opco", { idcc: "1486" })).status).toBe(200);
  });

  it("still answers a malformed body with 400, not 429 or 500", async () => {
    const { post } = limitedApp(1);
    expect((await post("/api/chat", "{not json")).status).toBe(400);
    expect((await post("/api/chat", { sessionId: "x", message: "" })).status).toBe(400);
  });
});
