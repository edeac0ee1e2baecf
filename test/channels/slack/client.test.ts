import { afterEach, describe, expect, it } from "vitest";
import { createSlackClient } from "../../../src/channels/slack/client";
import { createLogger } from "../../../src/core/logger";
import { type FakeSlack, startFakeSlack } from "./fake-slack";

let fake: FakeSlack;
afterEach(async () => fake?.close());

async function client(token = "xoxb-good") {
  fake = await startFakeSlack({ token: "xoxb-good" });
  const logs: Record<string, unknown>[] = [];
  const slept: number[] = [];
  const slack = createSlackClient({
    apiUrl: `${fake.url}/api`,
    botToken: token,
    logger: createLogger("debug", (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  return { slack, logs, slept };
}

const message = { channel: "C0001", thread_ts: "1700000000.000100", text: "Secret question text", blocks: [] };

describe("Slack client", () => {
  it("posts with the bearer token and reports Slack's ok", async () => {
    const { slack } = await client();
    expect(await slack.postMessage(message)).toBe(true);
    expect(fake.received[0]).toMatchObject({
      path: "/api/chat.postMessage",
      authorization: "Bearer xoxb-good",
      body: message,
    });
  });

  it("waits for Retry-After once on 429, and gives up if Slack still refuses", async () => {
    const { slack, slept, logs } = await client();
    fake.rateLimitNext(2);
    expect(await slack.postMessage(message)).toBe(false);
    expect(slept).toEqual([1000]);
    expect(fake.received).toHaveLength(2);
    expect(logs.at(-1)).toMatchObject({ msg: "slack call refused", status: 429, error: "http_429" });
  });

  it("reports ok: false as a failure, logging Slack's error code and never the text", async () => {
    const { slack, logs } = await client("xoxb-wrong");
    expect(await slack.postMessage(message)).toBe(false);
    expect(logs).toEqual([
      expect.objectContaining({ level: "error", error: "invalid_auth", call: "chat.postMessage" }),
    ]);
    expect(JSON.stringify(logs)).not.toContain("Secret question");
  });

  it("returns false, without throwing, when Slack cannot be reached", async () => {
    const { slack, logs } = await client();
    await fake.close();
    expect(await slack.postMessage(message)).toBe(false);
    expect(logs[0]).toMatchObject({ msg: "slack call failed" });
    fake = await startFakeSlack({ token: "x" });
  });

  it("posts to a response_url of Slack's hooks or of the configured API only", async () => {
    const { slack } = await client();
    expect(await slack.respond(`${fake.url}/hooks/1`, { response_type: "ephemeral", text: "hi" })).toBe(true);
    expect(await slack.respond("https://collector.example/hooks/1", { response_type: "ephemeral", text: "hi" })).toBe(
      false,
    );
    expect(await slack.respond("not a url", { response_type: "ephemeral", text: "hi" })).toBe(false);
    expect(fake.received.map((r) => r.path)).toEqual(["/hooks/1"]);
  });
});
