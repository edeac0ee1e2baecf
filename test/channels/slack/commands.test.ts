import { afterEach, describe, expect, it } from "vitest";
import { type SlackHarness, slackHarness, TEAM } from "./harness";

let h: SlackHarness;
afterEach(async () => h?.close());

let triggers = 0;
/** The form Slack posts for `/opco {text}` (a new trigger id each time); its response_url points at the fake Slack. */
const command = (text: string, extra: Record<string, string> = {}) => ({
  token: "legacy",
  team_id: TEAM,
  team_domain: "centre",
  channel_id: "C0001",
  channel_name: "rh",
  user_id: "U0007",
  user_name: "camille",
  command: "/opco",
  text,
  response_url: `${h.fake.url}/hooks/commands/T0001/1/xyz`,
  trigger_id: `${++triggers}.2.3`,
  ...extra,
});

describe("POST /slack/commands", () => {
  it("says it is working at once, then answers through the response_url on the user's conversation in that channel", async () => {
    h = await slackHarness();
    const res = await h.form("/slack/commands", command("Which OPCO funds a training?"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ response_type: "ephemeral", text: "Working on it…" });
    expect(h.fake.received).toEqual([]);
    await h.settle();

    const [answer] = h.fake.responses();
    expect(answer).toMatchObject({ response_type: "ephemeral", replace_original: false });
    // The dialogue's answer, ending on its next question (which one depends on what it understood).
    expect(String(answer?.text)).toMatch(/\*(who are you|Which company is yours)\?\*/);
    const blocks = answer?.blocks as { type: string; block_id?: string }[];
    expect(blocks.find((b) => b.type === "actions")?.block_id).toBe(`qr|slack:${TEAM}:C0001:cmd-U0007|0`);
    expect(h.fake.received[0]?.authorization).toBeUndefined();

    await h.form("/slack/commands", command("I am an employer"));
    await h.settle();
    const saved = await h.store.load(`slack:${TEAM}:C0001:cmd-U0007`);
    expect(saved?.history.filter((e) => e.role === "user").map((e) => e.text)).toEqual([
      "Which OPCO funds a training?",
      "I am an employer",
    ]);
  });

  it("continues the command's conversation when a button of its ephemeral answer is clicked", async () => {
    h = await slackHarness();
    await h.form("/slack/commands", command("Hello, I need funding"));
    await h.settle();
    const actions = (
      (h.fake.responses()[0]?.blocks ?? []) as {
        type: string;
        block_id: string;
        elements: { action_id: string; value: string }[];
      }[]
    ).find((b) => b.type === "actions");
    const button = actions?.elements.find((b) => b.value === "I am an employee");
    const payload = {
      type: "block_actions",
      team: { id: TEAM },
      user: { id: "U0007" },
      container: { type: "message", message_ts: "1800000000.000002", channel_id: "C0001", is_ephemeral: true },
      channel: { id: "C0001" },
      response_url: `${h.fake.url}/hooks/actions/T0001/2/def`,
      actions: [{ type: "button", action_id: button?.action_id, block_id: actions?.block_id, value: button?.value }],
    };
    expect(await (await h.form("/slack/interactions", { payload: JSON.stringify(payload) })).json()).toEqual({
      ok: true,
    });
    // Another user cannot play on this user's conversation.
    const other = { ...payload, user: { id: "U0008" } };
    expect(await (await h.form("/slack/interactions", { payload: JSON.stringify(other) })).json()).toEqual({
      ok: true,
      ignored: "unknown_conversation",
    });
    await h.settle();
    expect(h.fake.received.map((r) => r.path)).toEqual(["/hooks/commands/T0001/1/xyz", "/hooks/actions/T0001/2/def"]);
    const saved = await h.store.load(`slack:${TEAM}:C0001:cmd-U0007`);
    expect(saved?.history.filter((e) => e.role === "user").map((e) => e.text)).toEqual([
      "Hello, I need funding",
      "I am an employee",
    ]);
  });

  it("answers in French to a French question", async () => {
    h = await slackHarness();
    const res = await h.form("/slack/commands", command("Quel OPCO pour une boulangerie ?"));
    expect(await res.json()).toEqual({ response_type: "ephemeral", text: "Je m'en occupe…" });
    await h.settle();
    expect(String(h.fake.responses()[0]?.text)).toContain("qui êtes-vous");
  });

  it("explains the usage when the command comes without a question, and plays nothing", async () => {
    h = await slackHarness();
    const res = await h.form("/slack/commands", command("   "));
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toContain("/opco");
    await h.settle();
    expect(h.fake.received).toEqual([]);
  });

  it("never posts to a response_url outside Slack", async () => {
    h = await slackHarness();
    await h.form("/slack/commands", command("Hello", { response_url: "https://collector.example/steal" }));
    await h.settle();
    expect(h.fake.received).toEqual([]);
    expect(h.logs.find((l) => l.msg === "slack response_url refused")).toMatchObject({
      origin: "https://collector.example",
    });
  });

  it("answers a form that is not a slash command with 400", async () => {
    h = await slackHarness();
    const res = await h.form("/slack/commands", { text: "hello" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_request" } });
  });
});
