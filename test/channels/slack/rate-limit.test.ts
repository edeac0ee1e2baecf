import { afterEach, describe, expect, it } from "vitest";
import { directMessage, envelope, type SlackHarness, slackHarness, TEAM } from "./harness";

let h: SlackHarness;
afterEach(async () => h?.close());

const THREAD = "1700000000.000100";
const SLOW_DOWN = "That is a lot of messages at once";

/** Two turns a minute, on a clock the test moves. */
async function limitedHarness() {
  let now = Date.parse("2027-01-04T09:00:00Z");
  h = await slackHarness({ config: { RATE_LIMIT_PER_MINUTE: 2 }, now: () => now });
  return { advance: (ms: number) => (now += ms) };
}

let seq = 0;
/** A message in the thread of the first direct message, from `user`. */
async function write(text: string, user = "U0001") {
  seq += 1;
  const ts = `17000001${String(seq).padStart(2, "0")}.000100`;
  const res = await h.event(envelope(directMessage(text, { ts, thread_ts: THREAD, user })));
  await h.settle();
  return (await res.json()) as { ok: true; ignored?: string };
}

describe("Slack per-user rate limit", () => {
  it("answers over-the-limit messages once with a polite reply in the thread, plays no turn, and lets the user go on a little later", async () => {
    const clock = await limitedHarness();
    expect(await write("Hello, I need funding for a training")).toEqual({ ok: true });
    expect(await write("I am an employer")).toEqual({ ok: true });
    expect(h.fake.posted()).toHaveLength(2);

    expect(await write("IDCC 1486")).toEqual({ ok: true, ignored: "rate_limited" });
    const notice = h.fake.posted()[2];
    expect(notice).toMatchObject({ channel: "D0001", thread_ts: THREAD });
    expect(notice?.text).toContain(SLOW_DOWN);
    // Told once: the next refused message is dropped without another notice.
    expect(await write("IDCC 1486, please")).toEqual({ ok: true, ignored: "rate_limited" });
    expect(h.fake.posted()).toHaveLength(3);
    const session = `slack:${TEAM}:D0001:${THREAD}`;
    expect((await h.store.load(session))?.session.state.turns).toBe(2);

    clock.advance(30_000); // one token back at two a minute
    expect(await write("IDCC 1486")).toEqual({ ok: true });
    expect(h.fake.posted()).toHaveLength(4);
    const saved = await h.store.load(session);
    expect(saved?.session.state.turns).toBe(3);
    expect(saved?.session.state.profile).toMatchObject({ company: { opcoId: "atlas" } });
  });

  it("counts each user of the workspace on their own", async () => {
    await limitedHarness();
    await write("Hello");
    await write("I am an employer");
    expect(await write("IDCC 1486")).toEqual({ ok: true, ignored: "rate_limited" });
    expect(await write("I am an employee too", "U0002")).toEqual({ ok: true });
  });

  it("answers an over-the-limit slash command with the notice itself, and posts nothing", async () => {
    await limitedHarness();
    const command = (text: string) => ({
      team_id: TEAM,
      channel_id: "C0001",
      user_id: "U0007",
      command: "/opco",
      text,
      response_url: `${h.fake.url}/hooks/commands/T0001/1/xyz`,
    });
    await h.form("/slack/commands", command("Which OPCO for a bakery?"));
    await h.form("/slack/commands", command("I am an employer"));
    await h.settle();
    expect(h.fake.responses()).toHaveLength(2);
    const res = await h.form("/slack/commands", command("IDCC 843"));
    expect(await res.json()).toEqual({ response_type: "ephemeral", text: expect.stringContaining(SLOW_DOWN) });
    await h.settle();
    expect(h.fake.responses()).toHaveLength(2);
  });
});
