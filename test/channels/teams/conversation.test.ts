import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { teamsSessionId } from "../../../src/channels/teams/session";
import { useFakeBotFramework } from "./fake-bot-framework";
import { activity, teamsHarness } from "./harness";
import { cardProblems } from "./validate-card";

const bot = useFakeBotFramework("bf-key-conversation");

const SECRET = "summary-link-secret-for-the-teams-tests";

type Card = {
  content: {
    body: { type: string; text?: string; facts?: { title: string }[] }[];
    actions?: { type: string; title: string; data?: unknown; url?: string }[];
  };
};
const cardsOf = (body: Record<string, unknown> | undefined) => (body?.attachments as Card[] | undefined) ?? [];

describe("a full Teams conversation", () => {
  it("goes from a group-chat mention, through card submits, to the summary Adaptive Card with a signed link", async () => {
    const app = teamsHarness(bot.fake, bot.key, { config: { SUMMARY_LINK_SECRET: SECRET } });
    const conversation = { id: "19:hr-team-training@thread.v2", conversationType: "groupChat" };
    const before = bot.fake.connector.length;
    const say = (text: string) =>
      app.send(activity(bot.fake, { conversation, text: `<at>OPCO assistant</at> ${text}` }));
    /** Submits the quick-reply button titled `title` of the last reply's card, as Teams posts an Action.Submit. */
    const submit = async (title: string) => {
      const last = bot.fake.connector.at(-1)?.body;
      const button = cardsOf(last)
        .flatMap((card) => card.content.actions ?? [])
        .find((action) => action.type === "Action.Submit" && action.title === title);
      expect(button, `a "${title}" button after: ${String(last?.text)}`).toBeDefined();
      const res = await app.send(activity(bot.fake, { conversation, text: undefined, value: button?.data }));
      expect(res.status).toBe(202);
    };

    await say("Bonjour");
    await submit("Je suis employeur");
    await say("IDCC 1486");
    await say("12");
    await submit("S'adapter au poste");
    await submit("Dans 3 mois");
    await submit("Pas encore choisi");
    await submit("Oui, voir mon plan");

    const replies = bot.fake.connector.slice(before);
    expect(replies).toHaveLength(8);
    const last = replies.at(-1)?.body;
    const [summaryCard] = cardsOf(last);
    const texts = summaryCard?.content.body.map((block) => block.text ?? "") ?? [];
    expect(texts[0]).toBe("Votre plan de financement");
    // The plan is shown once: as the card, not also in the message text.
    expect(String(last?.text ?? "")).not.toContain("Votre plan de financement");
    // Every card sent on the way is one the Adaptive Cards validator accepts (five actions at most per set).
    for (const reply of replies) for (const card of cardsOf(reply.body)) expect(cardProblems(card.content)).toEqual([]);
    expect(texts).toContain("Atlas (certain)");
    const sessionId = await teamsSessionId(conversation.id);
    const sig = createHmac("sha256", SECRET).update(sessionId).digest("hex");
    const open = summaryCard?.content.actions?.find((action) => action.type === "Action.OpenUrl");
    expect(open?.url).toBe(
      `http://localhost/api/sessions/${encodeURIComponent(sessionId)}/summary?format=html&sig=${sig}`,
    );

    const saved = await app.store.load(sessionId);
    expect(saved?.session.state.turns).toBe(8);
    expect(saved?.session.state.profile).toMatchObject({
      role: "employer",
      headcount: 12,
      company: { opcoId: "atlas" },
    });

    const page = await app.app.request(new URL(open?.url ?? "").pathname + new URL(open?.url ?? "").search);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Atlas");
    const json = await app.app.request(`/api/sessions/${encodeURIComponent(sessionId)}/summary?sig=${sig}`);
    expect(await json.json()).toMatchObject({ lang: "fr", opco: { id: "atlas" } });
    expect((await app.app.request(`/api/sessions/${encodeURIComponent(sessionId)}/summary?format=html`)).status).toBe(
      403,
    );
  });
});

describe("Teams per-user rate limit", () => {
  it("tells a user over the limit once, in the conversation, and plays no turn until a token is back", async () => {
    let now = Date.now();
    const app = teamsHarness(bot.fake, bot.key, { config: { RATE_LIMIT_PER_MINUTE: 2 }, now: () => now });
    const conversation = { id: "a:1rate-limited-personal-chat", conversationType: "personal" };
    const before = bot.fake.connector.length;
    const say = (text: string, from?: Record<string, unknown>) =>
      app.send(activity(bot.fake, { conversation, text, ...(from ? { from } : {}) }));
    await say("Bonjour");
    await say("Je suis employeur");
    const res = await say("IDCC 1486");
    expect(res.status).toBe(202);
    await say("IDCC 1486 !");
    const replies = bot.fake.connector.slice(before);
    expect(replies).toHaveLength(3);
    expect(replies[2]?.body).toMatchObject({ type: "message", text: expect.stringContaining("beaucoup de messages") });
    const sessionId = await teamsSessionId(conversation.id);
    expect((await app.store.load(sessionId))?.session.state.turns).toBe(2);

    // Another user (another Entra object id) is counted apart.
    await say("Je suis salarié", { id: "29:dominique", aadObjectId: "5f1c2b3a-0000-4000-8000-0000000d0111" });
    expect(bot.fake.connector.slice(before)).toHaveLength(4);

    now += 30_000;
    await say("IDCC 1486");
    expect((await app.store.load(sessionId))?.session.state.turns).toBe(4);
  });
});
