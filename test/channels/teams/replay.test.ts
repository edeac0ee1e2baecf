import { describe, expect, it } from "vitest";
import { teamsSessionId } from "../../../src/channels/teams/session";
import { createMemoryStore } from "../../../src/store/memory";
import type { SessionStore } from "../../../src/store/session-store";
import { testRuntime } from "../../helpers";
import { botToken, useFakeBotFramework } from "./fake-bot-framework";
import { APP_ID, activity, teamsHarness } from "./harness";

const bot = useFakeBotFramework("bf-key-replay");

describe("Teams replays", () => {
  it("plays an activity replayed with the same token and id once, on the same or another isolate", async () => {
    const shared: SessionStore = createMemoryStore({ handler: testRuntime().handler });
    const isolates = [
      teamsHarness(bot.fake, bot.key, { store: () => shared }),
      teamsHarness(bot.fake, bot.key, { store: () => shared }),
    ] as const;
    const conversation = { id: "a:1replayed-personal-chat", conversationType: "personal" };
    const sent = activity(bot.fake, { conversation, text: "Bonjour, je suis employeur" });
    const token = await botToken(bot.key, { aud: APP_ID, serviceurl: bot.fake.base });
    const before = bot.fake.connector.length;
    for (const app of [isolates[0], isolates[0], isolates[1]]) {
      const res = await app.post("/teams/messages", sent, { Authorization: `Bearer ${token}` });
      expect(res.status).toBe(202);
      await app.settle();
    }
    expect(bot.fake.connector.length - before).toBe(1);
    expect((await shared.load(await teamsSessionId(conversation.id)))?.session.state.turns).toBe(1);

    // A new activity (new id) with the same token is a new message.
    await isolates[1].post("/teams/messages", { ...sent, id: "act-next" }, { Authorization: `Bearer ${token}` });
    await isolates[1].settle();
    expect(bot.fake.connector.length - before).toBe(2);
  });
});
