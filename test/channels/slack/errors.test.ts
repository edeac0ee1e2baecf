import { afterEach, describe, expect, it } from "vitest";
import type { SessionStore } from "../../../src/store/session-store";
import { directMessage, envelope, type SlackHarness, slackHarness } from "./harness";

let h: SlackHarness;
afterEach(async () => h?.close());

const INTERNAL = "SQLITE_ERROR: no such table: sessions at /srv/app/state.sqlite";

/** The real store, failing as a broken database would when a turn is played. */
const broken = (store: SessionStore): SessionStore => ({
  load: (id) => store.load(id),
  runTurn: () => Promise.reject(new Error(INTERNAL)),
  playTurn: () => Promise.reject(new Error(INTERNAL)),
});

describe("Slack adapter errors", () => {
  it("answers a failed turn with a generic apology in the user's language, and logs the error's kind only", async () => {
    h = await slackHarness({ store: broken });
    const res = await h.event(envelope(directMessage("Bonjour, je cherche un financement pour une formation")));
    expect(res.status).toBe(200);
    await h.settle();
    const [reply] = h.fake.posted();
    expect(reply?.text).toBe("Désolé, je n'ai pas pu répondre cette fois-ci. Pouvez-vous réessayer dans un instant ?");
    expect(JSON.stringify(reply)).not.toMatch(/SQLITE|sqlite|\/srv/);
    const failure = h.logs.find((line) => line.msg === "slack turn failed");
    expect(failure).toMatchObject({ level: "error", error: "Error" });
    expect(JSON.stringify(h.logs)).not.toContain("SQLITE");
  });

  it("refuses unsigned, forged and malformed requests with short JSON errors that name no secret or internal", async () => {
    h = await slackHarness();
    const forged = await h.app.request("/slack/events", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": String(Math.floor(Date.now() / 1000)),
        "X-Slack-Signature": "v0=00",
      },
      body: "{}",
    });
    const malformed = await h.signed("/slack/events", "{not json", "application/json");
    const notAnEnvelope = await h.signed("/slack/events", JSON.stringify({ nope: 1 }), "application/json");
    for (const [res, status] of [
      [forged, 401],
      [malformed, 400],
      [notAnEnvelope, 400],
    ] as const) {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error.message).not.toMatch(/xoxb|8f742231|stack|at \w+ \(|node_modules|src\//);
    }
  });
});
