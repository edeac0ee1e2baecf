import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type ChatResponse, ChatResponseSchema } from "../../src/core/chat";
import { ErrorBodySchema } from "../../src/core/errors";
import { MAX_URL_LENGTH } from "../../src/http/uri-limit";
import { testApp } from "../helpers";

/** The directives of a Content-Security-Policy header, by name. */
const directives = (header: string | null) =>
  Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );

async function conversation() {
  const test = testApp();
  const res = await test.post("/api/chat", { message: "Je suis employeur, IDCC 1486, 12 salariés" });
  return { ...test, res, body: ChatResponseSchema.parse(await res.json()) };
}

describe("headers of the pages and of what carries a profile", () => {
  it("serves the demo page and the printable summary under a CSP: own scripts only, no framing", async () => {
    const { app, body } = await conversation();
    for (const path of ["/", `/api/sessions/${body.sessionId}/summary?format=html`]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toMatch(/text\/html/);
      const csp = directives(res.headers.get("Content-Security-Policy"));
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp["script-src"]).toEqual(["'self'"]);
      expect(csp["default-src"]).toEqual(["'self'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(csp["base-uri"]).toEqual(["'none'"]);
      expect(res.headers.get("X-Frame-Options")).toBe("DENY");
      // No inline script the policy would block: the demo page loads the widget from its own origin.
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      // Styles: the app's own, and the page's own stylesheets by their hash, nothing else inline.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) =>
        createHash("sha256")
          .update(m[1] ?? "")
          .digest("base64"),
      );
      expect(csp["style-src"]).toEqual(["'self'", ...styles.map((hash) => `'sha256-${hash}'`)]);
      expect(html).not.toMatch(/\sstyle="/);
    }
  });

  it("marks every summary format and every chat turn Cache-Control: no-store", async () => {
    const { app, res, body } = await conversation();
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    for (const format of ["json", "md", "html"]) {
      const summary = await app.request(`/api/sessions/${body.sessionId}/summary?format=${format}`);
      expect(summary.status).toBe(200);
      expect(summary.headers.get("Cache-Control")).toBe("no-store");
    }
    expect((await app.request("/api/opcos")).headers.get("Cache-Control")).toBeNull();
  });
});

describe("session ids", () => {
  it("never creates a session under an id the client chose: an unknown id starts a new conversation under a new id", async () => {
    const { post, store, app } = testApp();
    for (const chosen of ["00000000-0000-0000-0000-000000000000", "my-own-session-id", "session-0001"]) {
      const res = await post("/api/chat", { sessionId: chosen, message: "Bonjour, je suis employeur" });
      expect(res.status).toBe(200);
      const body = (await res.json()) as ChatResponse;
      expect(body.sessionId).not.toBe(chosen);
      expect(body.sessionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(body.step).toBe("company");
      expect(await store.load(chosen)).toBeNull();
      // A UUID names no conversation (404); any other id would need a signed link first (403).
      expect((await app.request(`/api/sessions/${chosen}/summary`)).status).toBe(chosen.includes("-0000-") ? 404 : 403);
    }
  });

  it("continues a conversation under the id the server gave, streamed or not", async () => {
    const { post, store } = testApp();
    const first = (await (await post("/api/chat", { message: "Bonjour, je suis employeur" })).json()) as ChatResponse;
    const second = (await (
      await post("/api/chat", { sessionId: first.sessionId, message: "IDCC 1486" })
    ).json()) as ChatResponse;
    expect(second.sessionId).toBe(first.sessionId);
    const streamed = await post(
      "/api/chat",
      { sessionId: first.sessionId, message: "12 salariés" },
      { Accept: "text/event-stream" },
    );
    expect(await streamed.text()).toContain(`"sessionId":"${first.sessionId}"`);
    expect((await store.load(first.sessionId))?.session.state.turns).toBe(3);
  });
});

describe("URL length", () => {
  it("answers a URL over the app's limit with its own JSON 414, before any route or limit", async () => {
    const { app } = testApp();
    for (const path of [`/api/search?q=${"a".repeat(MAX_URL_LENGTH)}`, `/${"x".repeat(60_000)}`]) {
      const res = await app.request(path);
      expect(res.status).toBe(414);
      expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
      expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("uri_too_long");
      expect(res.headers.get("X-Request-Id")).toBeTruthy();
    }
    // Under the limit, a long query is the route's own 400.
    expect((await app.request(`/api/search?q=${"a".repeat(2000)}`)).status).toBe(400);
  });
});
