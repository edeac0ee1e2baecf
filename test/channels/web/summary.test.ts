import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isRandomSessionId } from "../../../src/channels/session-ids";
import { createSummaryLinks } from "../../../src/channels/summary-links";
import { ErrorBodySchema } from "../../../src/core/errors";
import { testApp } from "../../helpers";

const SECRET = "summary-link-secret-for-the-web-tests";
const SLACK_SESSION = "slack:T0001:C0001:1700000000.000100";
const hmac = (id: string, secret = SECRET) => createHmac("sha256", secret).update(id).digest("hex");
const summaryPath = (id: string, query = "") => `/api/sessions/${encodeURIComponent(id)}/summary${query}`;

/** The real app, with a Slack conversation of three turns in its store. */
async function appWithSlackSession(secret?: string) {
  const test = testApp({
    deps: { config: { ALLOWED_ORIGINS: [], ...(secret ? { SUMMARY_LINK_SECRET: secret } : {}) } },
  });
  for (const message of ["I am an employer", "IDCC 1486", "12 employees"]) {
    await test.store.runTurn({ sessionId: SLACK_SESSION, message, channel: "slack" });
  }
  return test;
}

describe("createSummaryLinks", () => {
  it("signs a session id with HMAC-SHA256 (hex), as any HMAC implementation computes it", async () => {
    const links = createSummaryLinks(SECRET);
    expect(await links.sign(SLACK_SESSION)).toBe(hmac(SLACK_SESSION));
    expect(await links.htmlUrl("https://assistant.example", SLACK_SESSION)).toBe(
      `https://assistant.example/api/sessions/${encodeURIComponent(SLACK_SESSION)}/summary?format=html&sig=${hmac(SLACK_SESSION)}`,
    );
  });

  it("verifies only the signature of that id with that secret", async () => {
    const links = createSummaryLinks(SECRET);
    expect(await links.verify(SLACK_SESSION, hmac(SLACK_SESSION))).toBe(true);
    expect(await links.verify(SLACK_SESSION, hmac(SLACK_SESSION).toUpperCase())).toBe(true);
    expect(await links.verify(SLACK_SESSION, hmac("slack:T0001:C0001:1700000000.000200"))).toBe(false);
    expect(await links.verify(SLACK_SESSION, hmac(SLACK_SESSION, "another-secret-of-16-chars"))).toBe(false);
    expect(await links.verify(SLACK_SESSION, hmac(SLACK_SESSION).slice(0, 32))).toBe(false);
    expect(await links.verify(SLACK_SESSION, "not-hex")).toBe(false);
    expect(await links.verify(SLACK_SESSION, "")).toBe(false);
  });

  it("without a secret, signs nothing, verifies nothing and links without sig", async () => {
    const links = createSummaryLinks(undefined);
    expect(links.enabled).toBe(false);
    expect(await links.sign(SLACK_SESSION)).toBeNull();
    expect(await links.verify(SLACK_SESSION, hmac(SLACK_SESSION))).toBe(false);
    expect(await links.htmlUrl("https://a.example", SLACK_SESSION)).toBe(
      `https://a.example${summaryPath(SLACK_SESSION, "?format=html")}`,
    );
  });

  it("tells random UUIDs from guessable ids", () => {
    expect(isRandomSessionId(crypto.randomUUID())).toBe(true);
    expect(isRandomSessionId(SLACK_SESSION)).toBe(false);
    expect(isRandomSessionId("teams:a:1personal-chat")).toBe(false);
    expect(isRandomSessionId("session-00000001")).toBe(false);
  });
});

describe("GET /api/sessions/{id}/summary", () => {
  it("serves a web conversation (random UUID) without any signature, with or without a secret", async () => {
    for (const secret of [undefined, SECRET]) {
      const { post, app } = testApp({
        deps: { config: { ALLOWED_ORIGINS: [], ...(secret ? { SUMMARY_LINK_SECRET: secret } : {}) } },
      });
      const { sessionId } = (await (await post("/api/chat", { message: "I am an employer, IDCC 1486" })).json()) as {
        sessionId: string;
      };
      const res = await app.request(summaryPath(sessionId));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ lang: "en", opco: { id: "atlas" } });
    }
  });

  it("serves a Slack conversation's summary, in every format, only with its signature", async () => {
    const { app } = await appWithSlackSession(SECRET);
    const sig = hmac(SLACK_SESSION);
    const json = await app.request(summaryPath(SLACK_SESSION, `?sig=${sig}`));
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ opco: { id: "atlas" } });
    const md = await app.request(summaryPath(SLACK_SESSION, `?format=md&sig=${sig}`));
    expect(md.headers.get("Content-Type")).toContain("text/markdown");
    const html = await app.request(summaryPath(SLACK_SESSION, `?format=html&sig=${sig}`));
    expect(await html.text()).toContain("Atlas");

    for (const query of [
      "",
      "?format=html",
      `?sig=${hmac(SLACK_SESSION, "a-guessed-secret-value")}`,
      "?sig=zz",
      `?sig=${sig.slice(2)}`,
    ]) {
      const res = await app.request(summaryPath(SLACK_SESSION, query));
      expect(res.status, query).toBe(403);
      expect(await res.json()).toEqual({
        error: {
          code: "forbidden",
          message: "This summary link is not valid; open the plan again from the conversation.",
        },
      });
    }
  });

  it("refuses before reading the store: a guessed id gets 403 whether the conversation exists or not, a signed unknown one 404", async () => {
    const { app } = await appWithSlackSession(SECRET);
    const unknown = "slack:T0001:C0001:1700000999.000100";
    expect((await app.request(summaryPath(unknown))).status).toBe(403);
    expect((await app.request(summaryPath(SLACK_SESSION))).status).toBe(403);
    const signed = await app.request(summaryPath(unknown, `?sig=${hmac(unknown)}`));
    expect(signed.status).toBe(404);
  });

  it("without SUMMARY_LINK_SECRET, refuses every guessable id with a 403 that says why", async () => {
    const { app } = await appWithSlackSession();
    const res = await app.request(summaryPath(SLACK_SESSION, `?format=html&sig=${hmac(SLACK_SESSION)}`));
    expect(res.status).toBe(403);
    const body = ErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe("forbidden");
    expect(body.error.message).toContain("SUMMARY_LINK_SECRET");
  });
});

describe("POST /api/chat on a chat app's conversation", () => {
  it("is refused with 403: the web API cannot play turns on, or read, a Slack or Teams session", async () => {
    const { post, store } = await appWithSlackSession(SECRET);
    for (const sessionId of [SLACK_SESSION, "teams:a:1personal-chat-with-camille"]) {
      const res = await post("/api/chat", { sessionId, message: "summary" });
      expect(res.status).toBe(403);
      expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("forbidden");
    }
    expect((await store.load(SLACK_SESSION))?.session.state.turns).toBe(3);
  });
});
