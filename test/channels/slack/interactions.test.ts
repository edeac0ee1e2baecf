import { afterEach, describe, expect, it } from "vitest";
import { directMessage, envelope, type SlackHarness, slackHarness, TEAM } from "./harness";

let h: SlackHarness;
afterEach(async () => h?.close());

type Button = { action_id: string; value?: string; url?: string; text: { text: string } };
type ActionsBlock = { type: "actions"; block_id: string; elements: Button[] };

/** The `block_actions` payload Slack sends when `user` clicks `button` of `block` in a message. */
const click = (
  block: ActionsBlock,
  button: Button,
  where: { channel: string; messageTs: string; threadTs?: string; user?: string },
) => ({
  type: "block_actions",
  team: { id: TEAM, domain: "centre" },
  user: { id: where.user ?? "U0001", username: "camille" },
  api_app_id: "A0001",
  container: { type: "message", message_ts: where.messageTs, channel_id: where.channel, is_ephemeral: false },
  channel: { id: where.channel, name: "directmessage" },
  message: { type: "message", ts: where.messageTs, thread_ts: where.threadTs, blocks: [block] },
  response_url: "https://hooks.slack.com/actions/T0001/1/abc",
  actions: [
    {
      type: "button",
      action_id: button.action_id,
      block_id: block.block_id,
      value: button.value,
      text: button.text,
      action_ts: "1700000200.1",
    },
  ],
});

/** Starts a conversation by direct message and returns the quick-reply block of the bot's answer. */
async function startConversation() {
  await h.event(envelope(directMessage("Hello, I need funding for a training")));
  await h.settle();
  const answer = h.fake.posted()[0];
  const block = answer?.blocks?.find((b) => b.type === "actions") as unknown as ActionsBlock;
  return { block, threadTs: answer?.thread_ts ?? "" };
}

describe("POST /slack/interactions", () => {
  it("plays a clicked quick reply as the user's message in the same thread and session", async () => {
    h = await slackHarness();
    const { block, threadTs } = await startConversation();
    const employer = block.elements.find((b) => b.value === "I am an employer");
    expect(employer).toBeDefined();

    const res = await h.form("/slack/interactions", {
      payload: JSON.stringify(
        click(block, employer as Button, { channel: "D0001", messageTs: "1800000000.000001", threadTs }),
      ),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    await h.settle();

    const [, second] = h.fake.posted();
    expect(second).toMatchObject({ channel: "D0001", thread_ts: "1700000000.000100" });
    const saved = await h.store.load(`slack:${TEAM}:D0001:1700000000.000100`);
    expect(saved?.history.filter((e) => e.role === "user").map((e) => e.text)).toEqual([
      "Hello, I need funding for a training",
      "I am an employer",
    ]);
    expect(saved?.session.state.turns).toBe(2);
  });

  it("does not let a click in another channel play on the conversation its buttons name", async () => {
    h = await slackHarness();
    const { block } = await startConversation();
    const button = block.elements[0] as Button;
    const res = await h.form("/slack/interactions", {
      payload: JSON.stringify(click(block, button, { channel: "C0666", messageTs: "1800000000.000001" })),
    });
    await h.settle();
    expect(await res.json()).toEqual({ ok: true, ignored: "unknown_conversation" });
    expect(h.fake.posted()).toHaveLength(1);
  });

  it("only acknowledges a click on the link to the printable plan", async () => {
    h = await slackHarness();
    const block: ActionsBlock = {
      type: "actions",
      block_id: "plan",
      elements: [
        {
          action_id: "open_summary",
          url: "https://assistant.example/api/sessions/x/summary?format=html",
          text: { text: "View" },
        },
      ],
    };
    const res = await h.form("/slack/interactions", {
      payload: JSON.stringify(
        click(block, block.elements[0] as Button, { channel: "D0001", messageTs: "1800000000.000001" }),
      ),
    });
    await h.settle();
    expect(await res.json()).toEqual({ ok: true, ignored: "not_a_quick_reply" });
    expect(h.fake.received).toEqual([]);
  });

  it("accepts the large payload of a click on a long message, beyond the API's 16 KB, and refuses one over 256 KB", async () => {
    h = await slackHarness();
    const { block, threadTs } = await startConversation();
    const long = (size: number) => {
      const payload = click(block, block.elements[1] as Button, {
        channel: "D0001",
        messageTs: "1800000000.000001",
        threadTs,
      });
      const filler = {
        type: "section",
        text: { type: "mrkdwn", text: "Le plan de développement des compétences. ".repeat(size / 42) },
      };
      return JSON.stringify({ ...payload, message: { ...payload.message, blocks: [filler, block] } });
    };
    const accepted = await h.form("/slack/interactions", { payload: long(40_000) });
    expect(accepted.status).toBe(200);
    const refused = await h.form("/slack/interactions", { payload: long(300_000) });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: { code: "payload_too_large" } });
    await h.settle();
    expect(h.fake.posted()).toHaveLength(2);
  });

  it("answers a payload that is not JSON, or not an interaction, with 400; an unsigned one with 401", async () => {
    h = await slackHarness();
    expect((await h.form("/slack/interactions", { payload: "{not json" })).status).toBe(400);
    expect((await h.form("/slack/interactions", { payload: '{"type":"block_actions"}' })).status).toBe(400);
    expect((await h.form("/slack/interactions", { other: "x" })).status).toBe(400);
    const unsigned = await h.app.request("/slack/interactions", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "payload=%7B%7D",
    });
    expect(unsigned.status).toBe(401);
  });
});
