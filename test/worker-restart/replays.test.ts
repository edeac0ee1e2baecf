import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startWranglerDev } from "../../scripts/wrangler-dev";
import { type FakeSlack, startFakeSlack } from "../channels/slack/fake-slack";
import { BOT_TOKEN, sign, TEAM } from "../channels/slack/harness";
import { botToken, type SigningKey, signingKey, startFakeBotFramework } from "../channels/teams/fake-bot-framework";
import { APP_ID } from "../channels/teams/harness";
import { chatAppVars } from "../fakes/chat-app-vars";

/**
 * Slack and Teams replays across a restart of the local runtime: the real worker in workerd
 * (`wrangler dev`, as `npm start` runs it), its Durable Objects persisted in a temporary folder,
 * stopped and started again between the first delivery and its replay. The fakes of Slack and
 * the Bot Framework listen on loopback and count what they receive.
 */
let slack: FakeSlack;
let bot: Awaited<ReturnType<typeof startFakeBotFramework>>;
let key: SigningKey;
let persist: string;
let server: DevServer | undefined;

const start = async () => {
  server = await startWranglerDev({
    persistTo: persist,
    vars: {
      LOG_LEVEL: "error",
      COMPANY_DIRECTORY_URL: "http://127.0.0.1:9",
      ...chatAppVars(slack.url, bot),
    },
  });
  return server.base;
};

beforeAll(async () => {
  slack = await startFakeSlack({ token: BOT_TOKEN });
  key = await signingKey("bf-key-restart");
  bot = await startFakeBotFramework({ keys: [key] });
  persist = await mkdtemp(join(tmpdir(), "opco-restart-"));
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await Promise.all([slack.close(), bot.close(), rm(persist, { recursive: true, force: true })]);
}, 60_000);

/** Waits until `count()` reaches `n` (the answers are posted after the acknowledgement). */
async function until(count: () => number, n: number) {
  const deadline = Date.now() + 20_000;
  while (count() < n && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return count();
}

const slackEvent = (eventId: string, text: string) =>
  JSON.stringify({
    type: "event_callback",
    team_id: TEAM,
    event_id: eventId,
    authorizations: [{ user_id: "U0BOT", is_bot: true }],
    event: { type: "message", channel_type: "im", channel: "D0RESTART", user: "U0001", text, ts: "1700000000.000100" },
  });
const postSlack = (base: string, body: string, timestamp: number, headers: Record<string, string> = {}) =>
  fetch(`${base}/slack/events`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Slack-Request-Timestamp": String(timestamp),
      "X-Slack-Signature": sign(body, timestamp),
      ...headers,
    },
    body,
  });
const teamsActivity = (id: string, text: string) => ({
  type: "message",
  id,
  channelId: "msteams",
  serviceUrl: bot.base,
  locale: "fr-FR",
  conversation: { id: "a:1restart-personal-chat", conversationType: "personal" },
  from: { id: "29:camille", aadObjectId: "5f1c2b3a-0000-4000-8000-00000000ca12" },
  recipient: { id: `28:${APP_ID}` },
  text,
});
const postTeams = (base: string, activity: unknown, token: string) =>
  fetch(`${base}/teams/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(activity),
  });

describe("replays across a restart of the local runtime (workerd)", () => {
  it("answers a Slack event and a Teams activity once, though both come again after a restart", async () => {
    const token = await botToken(key, { aud: APP_ID, serviceurl: bot.base });
    let base = await start();
    const event = slackEvent("EvRestart0001", "Bonjour, je suis employeur");
    expect((await postSlack(base, event, Math.floor(Date.now() / 1000))).status).toBe(200);
    expect((await postTeams(base, teamsActivity("act-restart-1", "Bonjour, je suis employeur"), token)).status).toBe(
      202,
    );
    expect(await until(() => slack.posted().length, 1)).toBe(1);
    expect(await until(() => bot.connector.length, 1)).toBe(1);

    await server?.stop();
    base = await start();

    // Slack retries the event (not a timeout: the in-memory shortcut does not apply), then the same Teams activity.
    const retry = await postSlack(base, event, Math.floor(Date.now() / 1000), {
      "X-Slack-Retry-Num": "1",
      "X-Slack-Retry-Reason": "http_error",
    });
    expect(retry.status).toBe(200);
    expect((await postTeams(base, teamsActivity("act-restart-1", "Bonjour, je suis employeur"), token)).status).toBe(
      202,
    );
    // New messages on the same conversations, played after the replays in each conversation's queue.
    await postSlack(base, slackEvent("EvRestart0002", "IDCC 1486"), Math.floor(Date.now() / 1000));
    await postTeams(base, teamsActivity("act-restart-2", "IDCC 1486"), token);
    expect(await until(() => slack.posted().length, 2)).toBe(2);
    expect(await until(() => bot.connector.length, 2)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.posted()).toHaveLength(2);
    expect(bot.connector).toHaveLength(2);
    // The second answers continue the conversations: the first turns were kept across the restart.
    expect(String(slack.posted()[1]?.text)).toMatch(/Atlas/);
    expect(String(bot.connector[1]?.body.text)).toMatch(/Atlas/);
  }, 180_000);
});
