import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("Slack routes in workerd", () => {
  it("answer 503 naming the missing secrets while Slack is not configured", async () => {
    for (const path of ["/slack/events", "/slack/interactions", "/slack/commands"]) {
      const res = await exports.default.fetch(`http://127.0.0.1:8787${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ type: "url_verification", challenge: "abc" }),
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        error: { code: "not_configured", message: expect.stringContaining("SLACK_SIGNING_SECRET") },
      });
    }
  });
});
