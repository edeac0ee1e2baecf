import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("the Teams route in workerd", () => {
  it("is inactive with a clear JSON error while TEAMS_APP_ID and TEAMS_APP_PASSWORD are not set", async () => {
    const res = await exports.default.fetch("http://127.0.0.1:8787/teams/messages", {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: "Bearer x.y.z" },
      body: JSON.stringify({ type: "message" }),
    });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "not_configured" } });
  });
});
