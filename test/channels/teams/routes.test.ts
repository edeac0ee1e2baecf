import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_FRAMEWORK_SERVICE_HOSTS } from "../../../src/channels/teams/auth";
import type { TeamsConfig } from "../../../src/channels/teams/config";
import { teamsSessionId } from "../../../src/channels/teams/session";
import { ErrorBodySchema } from "../../../src/core/errors";
import { testApp } from "../../helpers";
import { botToken, type SigningKey, signingKey, startFakeBotFramework } from "./fake-bot-framework";
import { APP_ID, activity as teamsActivity } from "./harness";

let fake: Awaited<ReturnType<typeof startFakeBotFramework>>;
let key: SigningKey;
let stranger: SigningKey;

beforeAll(async () => {
  key = await signingKey("bf-key-1");
  stranger = await signingKey("bf-key-1");
  fake = await startFakeBotFramework({ keys: [key] });
});
afterAll(() => fake.close());

/** The real app on a memory store, wired to the fake Bot Framework; deferred work is collected to be awaited. */
function teamsApp(options: { now?: () => number } = {}) {
  const pending: Promise<unknown>[] = [];
  const config: TeamsConfig = {
    appId: APP_ID,
    appPassword: "test-password",
    openIdMetadataUrl: fake.metadataUrl,
    tokenUrl: fake.tokenUrl,
    // The fake Bot Connector listens on loopback; the Bot Framework's hosts stay allowed too.
    serviceUrlHosts: ["127.0.0.1", ...BOT_FRAMEWORK_SERVICE_HOSTS],
  };
  const test = testApp({
    now: options.now,
    deps: { teams: config, now: options.now, defer: (_, task) => pending.push(task) },
  });
  const send = async (activity: Record<string, unknown>, token?: string) => {
    const res = await test.post(
      "/teams/messages",
      activity,
      token === undefined ? {} : { Authorization: `Bearer ${token}` },
    );
    await Promise.all(pending.splice(0));
    return res;
  };
  return { ...test, send };
}

const activity = (overrides: Record<string, unknown> = {}) => teamsActivity(fake, overrides);
const valid = () => botToken(key, { aud: APP_ID, serviceurl: fake.base });
/** The claims of a valid token, bound to the fake connector. */
const claims = () => ({ aud: APP_ID, serviceurl: fake.base });
const since = (n: number) => fake.connector.slice(n);

describe("POST /teams/messages: authentication", () => {
  it("accepts a valid Bot Framework token and posts the reply to the connector with the bot's token", async () => {
    const before = fake.connector.length;
    const sent = activity();
    const res = await teamsApp().send(sent, await valid());
    expect(res.status).toBe(202);
    const [call] = since(before);
    expect(call?.path).toBe(
      `/v3/conversations/${encodeURIComponent("a:1personal-chat-with-camille")}/activities/${sent.id}`,
    );
    expect(call?.authorization).toMatch(/^Bearer bot-token-\d+$/);
    expect(call?.body).toMatchObject({
      type: "message",
      textFormat: "markdown",
      replyToId: sent.id,
      conversation: { id: "a:1personal-chat-with-camille" },
      from: { id: `28:${APP_ID}` },
      recipient: { id: "29:camille" },
    });
    expect(call?.body.text).toContain("qui êtes-vous");
    const form = fake.tokenRequests.at(-1);
    expect(Object.fromEntries(form ?? [])).toEqual({
      grant_type: "client_credentials",
      client_id: APP_ID,
      client_secret: "test-password",
      scope: "https://api.botframework.com/.default",
    });
  });

  const refused: [string, () => Promise<string | undefined>][] = [
    ["no token", async () => undefined],
    ["a token signed by another key with the same kid", () => botToken(stranger, claims())],
    ["a token from another issuer", () => botToken(key, { ...claims(), iss: "https://login.example.com" })],
    ["a token for another bot", () => botToken(key, { ...claims(), aud: "00000000-0000-0000-0000-000000000001" })],
    ["an expired token", () => botToken(key, claims(), { expiresIn: Math.floor(Date.now() / 1000) - 3600 })],
    ["a token whose kid the JWKS does not publish", () => botToken(key, claims(), { kid: "unknown-kid" })],
    ["a valid token without the serviceurl claim", () => botToken(key, { aud: APP_ID })],
    [
      "a token bound to another serviceUrl",
      () => botToken(key, { aud: APP_ID, serviceurl: "https://smba.example.net/emea" }),
    ],
    ["a token that is not a JWT", async () => "not-a-jwt"],
  ];
  it.each(refused)("refuses %s with 401 and posts nothing", async (_, token) => {
    const before = fake.connector.length;
    const res = await teamsApp().send(activity(), await token());
    expect(res.status).toBe(401);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("unauthorized");
    expect(since(before)).toEqual([]);
  });

  it("refuses a serviceUrl outside the Bot Framework's hosts, even when the token names it, and posts nothing", async () => {
    const before = fake.connector.length;
    const tokensBefore = fake.tokenRequests.length;
    for (const serviceUrl of [
      "https://attacker.example/teams",
      "https://evil.trafficmanager.net/emea/",
      "https://botframework.com.attacker.example/",
      "http://smba.trafficmanager.net/emea/",
    ]) {
      const res = await teamsApp().send(
        activity({ serviceUrl }),
        await botToken(key, { aud: APP_ID, serviceurl: serviceUrl }),
      );
      expect(res.status).toBe(401);
    }
    // Nothing posted, and the bot's access token was not even fetched for them.
    expect(since(before)).toEqual([]);
    expect(fake.tokenRequests.length).toBe(tokensBefore);
  });

  it("checks the token before the body: an unsigned malformed body is 401, a signed one is 400", async () => {
    const { post } = teamsApp();
    expect((await post("/teams/messages", { nope: true })).status).toBe(401);
    const res = await post("/teams/messages", { nope: true }, { Authorization: `Bearer ${await valid()}` });
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("invalid_request");
  });

  it("caches the metadata and the keys, and refetches them when a new kid appears", async () => {
    let now = Date.now();
    const app = teamsApp({ now: () => now });
    const start = { ...fake.hits };
    await app.send(activity(), await valid());
    await app.send(activity(), await valid());
    expect(fake.hits.metadata - start.metadata).toBe(1);
    expect(fake.hits.jwks - start.jwks).toBe(1);

    const forged = await app.send(activity(), await botToken(key, claims(), { kid: "forged-kid" }));
    expect(forged.status).toBe(401);
    expect(fake.hits.jwks - start.jwks).toBe(1);

    const rotated = await signingKey("bf-key-2");
    fake.publish(rotated);
    now += 2 * 60 * 1000;
    const res = await app.send(activity(), await botToken(rotated, claims()));
    expect(res.status).toBe(202);
    expect(fake.hits.jwks - start.jwks).toBe(2);
  });

  it("asks for one bot token for two turns, and a new one shortly before it expires", async () => {
    let now = Date.now();
    const app = teamsApp({ now: () => now });
    const before = fake.tokenRequests.length;
    await app.send(activity(), await valid());
    await app.send(activity({ text: "Je suis employeur" }), await valid());
    expect(fake.tokenRequests.length - before).toBe(1);
    now += 56 * 60 * 1000;
    await app.send(
      activity({ text: "Je suis employeur" }),
      await botToken(key, claims(), { expiresIn: Math.floor(now / 1000) + 3600 }),
    );
    expect(fake.tokenRequests.length - before).toBe(2);
    expect(fake.connector.at(-1)?.authorization).toBe(`Bearer bot-token-${fake.tokenRequests.length}`);
  });
});

describe("POST /teams/messages: conversations", () => {
  it("continues the same session when a card button is submitted in a group chat", async () => {
    const conversation = { id: "19:group-chat-hr@thread.v2", conversationType: "groupChat" };
    const app = teamsApp();
    const before = fake.connector.length;
    await app.send(
      activity({ conversation, text: "<at>OPCO assistant</at> Hello, I need funding", locale: "en-GB" }),
      await valid(),
    );
    const [first] = since(before);
    const card = (
      (first?.body.attachments ?? []) as { content: { actions: { type: string; title: string; data: unknown }[] } }[]
    )[0]?.content;
    expect(first?.body.suggestedActions).toBeUndefined();
    const button = card?.actions.find((action) => action.title === "I am an employer");
    expect(button).toMatchObject({ type: "Action.Submit", data: { action: "quickReply", value: "I am an employer" } });

    await app.send(activity({ conversation, text: undefined, value: button?.data }), await valid());
    const sessionId = await teamsSessionId(conversation.id);
    expect(sessionId).toMatch(/^teams:h:[0-9a-f]{64}$/);
    const saved = await app.store.load(sessionId);
    expect(saved?.history.filter((h) => h.role === "user").map((h) => h.text)).toEqual([
      "Hello, I need funding",
      "I am an employer",
    ]);
    expect(saved?.session.state.lang).toBe("en");
  });

  it("takes the language from the locale on the first turn", async () => {
    const app = teamsApp();
    const conversation = { id: "a:1locale-check-conversation", conversationType: "personal" };
    const before = fake.connector.length;
    await app.send(activity({ conversation, text: "OK", locale: "en-US" }), await valid());
    expect(since(before)[0]?.body.text).toContain("who are you");
  });

  it("offers quick replies as suggested actions in a personal chat", async () => {
    const before = fake.connector.length;
    await teamsApp().send(activity(), await valid());
    const body = since(before)[0]?.body as {
      suggestedActions: { actions: { type: string; title: string; value: string }[] };
    };
    expect(body.suggestedActions.actions).toContainEqual({
      type: "imBack",
      title: "Je suis employeur",
      value: "Je suis employeur",
    });
  });

  it("welcomes the conversation when the bot is added, not when someone else joins", async () => {
    const app = teamsApp();
    const conversation = { id: "19:team-channel@thread.tacv2", conversationType: "channel" };
    const before = fake.connector.length;
    const joined = { type: "conversationUpdate", conversation, text: undefined, locale: "en-US" };
    await app.send(activity({ ...joined, membersAdded: [{ id: "29:someone-else" }] }), await valid());
    expect(since(before)).toEqual([]);
    const res = await app.send(activity({ ...joined, membersAdded: [{ id: `28:${APP_ID}` }] }), await valid());
    expect(res.status).toBe(202);
    const [welcome] = since(before);
    expect(welcome?.body.text).toContain("who are you");
    expect(welcome?.body.attachments).toHaveLength(1);
  });

  it("acknowledges other activities with 202 and does nothing", async () => {
    const before = fake.connector.length;
    const res = await teamsApp().send(activity({ type: "typing", text: undefined }), await valid());
    expect(res.status).toBe(202);
    expect(since(before)).toEqual([]);
  });

  it("logs a refused reply without the user's text, and still answers 202", async () => {
    const app = teamsApp();
    fake.failConnectorWith(500);
    try {
      const res = await app.send(activity({ text: "Mon entreprise secrète SARL" }), await valid());
      expect(res.status).toBe(202);
    } finally {
      fake.failConnectorWith(200);
    }
    const errors = app.logs.filter((line) => line.level === "error");
    expect(errors.map((line) => line.msg)).toContain("teams reply refused");
    expect(JSON.stringify(app.logs.filter((line) => line.level !== "debug"))).not.toContain("secrète");
  });
});

describe("POST /teams/messages without configuration", () => {
  it("answers 503 not_configured", async () => {
    const res = await testApp().post("/teams/messages", activity());
    expect(res.status).toBe(503);
    expect(ErrorBodySchema.parse(await res.json()).error).toMatchObject({ code: "not_configured" });
  });
});
