import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { PostedMessage } from "./fake-slack";
import { directMessage, envelope, PUBLIC_BASE_URL, type SlackHarness, slackHarness, TEAM } from "./harness";

let h: SlackHarness;
afterEach(async () => h?.close());

const SECRET = "summary-link-secret-for-the-slack-tests";
const THREAD = "1700000000.000100";
const SESSION = `slack:${TEAM}:D0001:${THREAD}`;

type Button = { action_id: string; value?: string; url?: string; text: { text: string } };
type ActionsBlock = { type: "actions"; block_id?: string; elements: Button[] };

const actionBlocks = (message: PostedMessage | undefined) =>
  (message?.blocks ?? []).filter((b) => b.type === "actions") as unknown as ActionsBlock[];

/** Clicks the quick reply labelled `label` in the bot's last answer, as Slack posts it to /slack/interactions. */
async function click(label: string) {
  const last = h.fake.posted().at(-1);
  const block = actionBlocks(last).find(
    (b) => b.block_id?.startsWith("qr|") && b.elements.some((e) => e.text.text === label),
  );
  const button = block?.elements.find((e) => e.text.text === label);
  expect(button, `a "${label}" button in: ${last?.text}`).toBeDefined();
  const res = await h.form("/slack/interactions", {
    payload: JSON.stringify({
      type: "block_actions",
      team: { id: TEAM },
      user: { id: "U0001" },
      container: { type: "message", channel_id: "D0001", message_ts: "1800000000.000001", is_ephemeral: false },
      channel: { id: "D0001" },
      message: { type: "message", ts: "1800000000.000001", thread_ts: THREAD, blocks: [block] },
      response_url: "https://hooks.slack.com/actions/T0001/1/abc",
      actions: [
        {
          type: "button",
          action_id: button?.action_id,
          block_id: block?.block_id,
          value: button?.value,
          text: button?.text,
        },
      ],
    }),
  });
  expect(await res.json()).toEqual({ ok: true });
  await h.settle();
}

/** Writes in the conversation's thread of the direct message. */
async function write(text: string, ts: string) {
  const res = await h.event(envelope(directMessage(text, { ts, thread_ts: THREAD })));
  expect(await res.json()).toEqual({ ok: true });
  await h.settle();
}

describe("a full Slack conversation", () => {
  it("goes from a direct message to the summary blocks with a signed link to the printable plan", async () => {
    h = await slackHarness({ config: { SUMMARY_LINK_SECRET: SECRET } });
    await h.event(envelope(directMessage("Hello, I need funding for a training")));
    await h.settle();
    await click("I am an employer");
    await write("Our collective agreement is IDCC 1486", "1700000050.000100");
    await click("11 to 49");
    await click("Adapt to the job");
    await click("In 3 months");
    await click("Not chosen yet");
    await click("Yes, show my plan");

    const posted = h.fake.posted();
    expect(posted).toHaveLength(8);
    for (const message of posted) expect(message).toMatchObject({ channel: "D0001", thread_ts: THREAD });
    const summary = posted.at(-1);
    const sections = (summary?.blocks ?? []).filter((b) => b.type === "section").map((b) => b.text?.text ?? "");
    expect(summary?.blocks?.some((b) => b.type === "divider")).toBe(true);
    expect(sections.join("\n")).toContain("Atlas");
    // The plan is shown once, as a few blocks: its title appears a single time, its documents not at all.
    expect(sections.join("\n").match(/Your funding plan/g)).toHaveLength(1);
    expect(sections.join("\n")).not.toMatch(/Documents/);
    const link = actionBlocks(summary)
      .flatMap((b) => b.elements)
      .find((e) => e.action_id === "open_summary");
    expect(link?.text.text).toBe("Open the full plan");
    const sig = createHmac("sha256", SECRET).update(SESSION).digest("hex");
    expect(link?.url).toBe(
      `${PUBLIC_BASE_URL}/api/sessions/${encodeURIComponent(SESSION)}/summary?format=html&sig=${sig}`,
    );

    const saved = await h.store.load(SESSION);
    expect(saved?.session.state.turns).toBe(8);
    expect(saved?.session.state.profile).toMatchObject({ role: "employer", company: { opcoId: "atlas" } });

    // The link opens the plan; the same link without its signature, or for another thread, does not.
    const path = new URL(link?.url ?? "").pathname + new URL(link?.url ?? "").search;
    const page = await h.app.request(path);
    expect(page.status).toBe(200);
    expect(page.headers.get("Content-Type")).toContain("text/html");
    expect(await page.text()).toContain("Atlas");
    expect((await h.app.request(path.replace(/&sig=.*/, ""))).status).toBe(403);
    const otherThread = `slack:${TEAM}:D0001:1700000000.000200`;
    expect(
      (await h.app.request(path.replace(encodeURIComponent(SESSION), encodeURIComponent(otherThread)))).status,
    ).toBe(403);
  });

  it("still links to the plan without a secret, but that page is refused with a clear 403", async () => {
    h = await slackHarness();
    await h.event(
      envelope(
        directMessage(
          "I am an employer, IDCC 1486, 12 employees, I want an RNCP certification starting on 2027-03-03, provider not chosen",
        ),
      ),
    );
    await h.settle();
    await click("Not chosen yet");
    await click("Yes, show my plan");
    const link = actionBlocks(h.fake.posted().at(-1))
      .flatMap((b) => b.elements)
      .find((e) => e.action_id === "open_summary");
    expect(link?.url).toBe(`${PUBLIC_BASE_URL}/api/sessions/${encodeURIComponent(SESSION)}/summary?format=html`);
    const res = await h.app.request(`${new URL(link?.url ?? "").pathname}?format=html`);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: { code: "forbidden", message: expect.stringContaining("SUMMARY_LINK_SECRET") },
    });
  });
});
