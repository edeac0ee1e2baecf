import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const BASE = "http://127.0.0.1:8787";
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  exports.default.fetch(`${BASE}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("rate limit and summary links in workerd", () => {
  it("limits one conversation to RATE_LIMIT_PER_MINUTE (20) turns, then answers 429 with Retry-After", async () => {
    const first = (await (await post("/api/chat", { message: "Bonjour" })).json()) as { sessionId: string };
    const turn = { sessionId: first.sessionId, message: "Bonjour" };
    // The first turn had no id yet: the session counts the next twenty.
    for (let i = 0; i < 20; i += 1) expect((await post("/api/chat", turn)).status).toBe(200);
    const refused = await post("/api/chat", turn);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited" } });
  });

  it("serves a web conversation's summary, and refuses a Slack one's with 403 while SUMMARY_LINK_SECRET is unset", async () => {
    const { sessionId } = (await (await post("/api/chat", { message: "I am an employer, IDCC 1486" })).json()) as {
      sessionId: string;
    };
    expect((await exports.default.fetch(`${BASE}/api/sessions/${sessionId}/summary`)).status).toBe(200);
    const slack = await exports.default.fetch(
      `${BASE}/api/sessions/${encodeURIComponent("slack:T0001:C0001:1700000000.000100")}/summary?format=html`,
    );
    expect(slack.status).toBe(403);
    expect(await slack.json()).toMatchObject({
      error: { code: "forbidden", message: expect.stringContaining("SUMMARY_LINK_SECRET") },
    });
  });
});
