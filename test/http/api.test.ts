import { describe, expect, it } from "vitest";
import { bundledCentre } from "../../src/core/centre";
import { ChatResponseSchema } from "../../src/core/chat";
import { ErrorBodySchema } from "../../src/core/errors";
import { OPCO_IDS, ROLES } from "../../src/core/ids";
import { testApp } from "../helpers";

describe("GET /health", () => {
  it("says the service is up, with its version and knowledge base size", async () => {
    const res = await testApp().app.request("/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; version: string; knowledge: { cards: number; builtAt: string } };
    expect(body).toMatchObject({ ok: true, version: "test" });
    expect(body.knowledge.cards).toBeGreaterThanOrEqual(60);
    expect(Date.parse(body.knowledge.builtAt)).not.toBeNaN();
  });
});

describe("GET /api/opcos", () => {
  it("lists the 11 OPCOs with the contract ids and https websites", async () => {
    const res = await testApp().app.request("/api/opcos");
    const { opcos } = (await res.json()) as { opcos: { id: string; name: string; website: string }[] };
    expect(opcos.map((o) => o.id).sort()).toEqual([...OPCO_IDS].sort());
    for (const opco of opcos) expect(opco.website).toMatch(/^https:\/\//);
  });
});

describe("POST /api/chat", () => {
  it("answers a first message with the welcome step and every field of the contract", async () => {
    const res = await testApp().post("/api/chat", { message: "Bonjour, je cherche un financement" });
    expect(res.status).toBe(200);
    const body = ChatResponseSchema.parse(await res.json());
    expect(body.lang).toBe("fr");
    expect(body.step).toBe("profile");
    expect(body.reply.text).toContain("qui êtes-vous");
    // One button per profile, then the centre's own (knowledge/centre/centre.json).
    expect(body.reply.quickReplies.length).toBe(ROLES.length + (bundledCentre().quickReplies?.fr.length ?? 0));
    expect(body).toMatchObject({ profile: {}, toolCalls: [], summary: null });
    expect(body.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers in English when the user writes English, and honours an explicit lang", async () => {
    const { post } = testApp();
    const en = ChatResponseSchema.parse(
      await (await post("/api/chat", { message: "Hi, how do I get my training funded?" })).json(),
    );
    expect(en.lang).toBe("en");
    expect(en.reply.text).toContain("who are you");
    const forced = ChatResponseSchema.parse(
      await (await post("/api/chat", { message: "Hi there", lang: "fr" })).json(),
    );
    expect(forced.lang).toBe("fr");
  });

  it("keeps the conversation: same session id, turns recorded in order", async () => {
    const { post, store } = testApp();
    const first = ChatResponseSchema.parse(await (await post("/api/chat", { message: "Hello" })).json());
    const second = ChatResponseSchema.parse(
      await (await post("/api/chat", { sessionId: first.sessionId, message: "I am an employer" })).json(),
    );
    expect(second.sessionId).toBe(first.sessionId);
    const saved = await store.load(first.sessionId);
    expect(saved?.session.state.turns).toBe(2);
    expect(saved?.history.map((h) => [h.seq, h.role, h.step])).toEqual([
      [1, "user", "profile"],
      [2, "assistant", "profile"],
      [3, "user", "profile"],
      [4, "assistant", "company"],
    ]);
    expect(saved?.history.map((h) => h.text.slice(0, 16))).toEqual([
      "Hello",
      "Hello! I am Cent",
      "I am an employer",
      expect.any(String),
    ]);
  });

  it("keeps the session language when a message carries no language signal", async () => {
    const { post } = testApp();
    const first = ChatResponseSchema.parse(
      await (await post("/api/chat", { message: "Hello, I need help please" })).json(),
    );
    const next = ChatResponseSchema.parse(
      await (await post("/api/chat", { sessionId: first.sessionId, message: "12" })).json(),
    );
    expect(next.lang).toBe("en");
  });

  it("streams the same turn as server-sent events: delta events, then done", async () => {
    const res = await testApp().post("/api/chat", { message: "Hello there" }, { Accept: "text/event-stream" });
    expect(res.headers.get("Content-Type")).toContain("text/event-stream");
    const events = [...(await res.text()).matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({
      event: m[1],
      data: JSON.parse(m[2] ?? ""),
    }));
    const deltas = events.filter((e) => e.event === "delta");
    const done = events.at(-1);
    expect(deltas.length).toBeGreaterThan(1);
    expect(done?.event).toBe("done");
    const response = ChatResponseSchema.parse(done?.data);
    expect(deltas.map((d) => d.data.text).join("")).toBe(response.reply.text);
  });
});

describe("bad input", () => {
  const expectError = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = ErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(0);
    return body;
  };

  it.each([
    ["no message", {}],
    ["an empty message", { message: "" }],
    ["a message over 2000 characters", { message: "a".repeat(2001) }],
    ["a message that is not text", { message: 42 }],
    ["an unknown language", { message: "hi", lang: "de" }],
    ["a malformed session id", { message: "hi", sessionId: "../../etc" }],
  ])("rejects %s with 400 invalid_request", async (_, body) => {
    await expectError(await testApp().post("/api/chat", body), 400, "invalid_request");
  });

  it("names the faulty field", async () => {
    const body = await expectError(await testApp().post("/api/chat", { message: "" }), 400, "invalid_request");
    expect(body.error.message).toContain("message");
  });

  it("rejects a body that is not JSON with 400 invalid_json", async () => {
    await expectError(await testApp().post("/api/chat", "{not json"), 400, "invalid_json");
  });

  it("rejects a body over 16 KB with 413", async () => {
    await expectError(await testApp().post("/api/chat", { message: "x".repeat(17_000) }), 413, "payload_too_large");
  });

  it("answers unknown routes with a JSON 404", async () => {
    await expectError(await testApp().app.request("/nope"), 404, "not_found");
    await expectError(await testApp().app.request("/api/chat"), 404, "not_found");
  });
});

describe("CORS and origins", () => {
  it("lets an allowed origin call the API, with CORS headers", async () => {
    const res = await testApp().post("/api/chat", { message: "hello" }, { Origin: "https://centre.example" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("https://centre.example");
  });

  it("answers the preflight of an allowed origin", async () => {
    const res = await testApp().app.request("/api/chat", {
      method: "OPTIONS",
      headers: {
        Origin: "https://centre.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("https://centre.example");
    expect(res.headers.get("Access-Control-Allow-Methods")).toContain("POST");
  });

  it("refuses any other origin with 403 before the turn is played", async () => {
    const { post, store, app } = testApp();
    const res = await post(
      "/api/chat",
      { message: "hello", sessionId: "session-evil-1" },
      { Origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(await store.load("session-evil-1")).toBeNull();
    const preflight = await app.request("/api/chat", {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example" },
    });
    expect(preflight.status).toBe(403);
  });

  it("accepts the app's own origin without listing it", async () => {
    const res = await testApp({ allowedOrigins: [] }).app.request("http://assistant.example/health", {
      headers: { Origin: "http://assistant.example" },
    });
    expect(res.status).toBe(200);
  });
});

describe("hardening", () => {
  it("puts a request id and security headers on every response, errors included", async () => {
    for (const res of [await testApp().app.request("/health"), await testApp().app.request("/missing")]) {
      expect(res.headers.get("X-Request-Id")).toMatch(/.{8,}/);
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Strict-Transport-Security")).toContain("max-age");
    }
  });

  it("logs one JSON line per request with its id, and never the message text", async () => {
    const { post, logs } = testApp();
    const res = await post("/api/chat", { message: "secret-payslip-text IDCC 1486" });
    const line = logs.find((l) => l.msg === "request");
    expect(line).toMatchObject({
      level: "info",
      method: "POST",
      path: "/api/chat",
      status: 200,
      requestId: res.headers.get("X-Request-Id"),
    });
    expect(JSON.stringify(logs)).not.toContain("secret-payslip-text");
  });

  it("serves an OpenAPI document of the routes", async () => {
    const doc = (await (await testApp().app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/health", "/api/chat", "/api/opcos"]));
  });
});
