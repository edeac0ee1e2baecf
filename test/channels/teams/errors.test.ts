import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../../src/core/errors";
import type { SessionStore } from "../../../src/store/session-store";
import { useFakeBotFramework } from "./fake-bot-framework";
import { activity, teamsHarness } from "./harness";

const bot = useFakeBotFramework("bf-key-errors");

const INTERNAL = "D1_ERROR: no such table: sessions at /srv/app/state.sqlite";

/** The real store, failing as a broken database would when a turn is played. */
const broken = (store: SessionStore): SessionStore => ({
  load: (id) => store.load(id),
  runTurn: () => Promise.reject(new Error(INTERNAL)),
  playTurn: () => Promise.reject(new Error(INTERNAL)),
});

describe("Teams adapter errors", () => {
  it("answers a failed turn with a generic apology in the user's locale, and logs the error's kind only", async () => {
    const app = teamsHarness(bot.fake, bot.key, { store: broken });
    const before = bot.fake.connector.length;
    const res = await app.send(
      activity(bot.fake, { locale: "en-GB", text: "Hello, my company Secret Widgets Ltd needs funding" }),
    );
    expect(res.status).toBe(202);
    const [reply] = bot.fake.connector.slice(before);
    expect(reply?.body).toMatchObject({
      type: "message",
      text: "Sorry, I could not answer this time. Could you try again in a moment?",
    });
    expect(JSON.stringify(reply?.body)).not.toMatch(/D1_ERROR|\/srv/);
    expect(app.logs.find((line) => line.msg === "teams turn failed")).toMatchObject({ level: "error", error: "Error" });
    const logged = JSON.stringify(app.logs);
    expect(logged).not.toContain("D1_ERROR");
    expect(logged).not.toContain("Secret Widgets");
  });

  it("refuses a bad token and a malformed activity with short JSON errors", async () => {
    const app = teamsHarness(bot.fake, bot.key);
    const unsigned = await app.post("/teams/messages", activity(bot.fake), { Authorization: "Bearer not-a-jwt" });
    expect(unsigned.status).toBe(401);
    expect(ErrorBodySchema.parse(await unsigned.json()).error.message).toBe("Missing or invalid Bot Framework token");
    const malformed = await app.send({ type: "message" });
    expect(malformed.status).toBe(400);
    const body = ErrorBodySchema.parse(await malformed.json());
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).not.toMatch(/at \w+ \(|node_modules|src\//);
  });
});
