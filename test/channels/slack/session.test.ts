import { describe, expect, it } from "vitest";
import { parseSlackSessionId, slackSessionId } from "../../../src/channels/slack/session";
import { SessionIdSchema } from "../../../src/core/chat";

describe("Slack session ids", () => {
  it("name one session per workspace, channel and thread, or per user's commands in a channel", () => {
    const thread = slackSessionId({ kind: "thread", team: "T0001", channel: "C0001", threadTs: "1700000000.000100" });
    const command = slackSessionId({ kind: "command", team: "T0001", channel: "C0001", user: "U0007" });
    expect(thread).toBe("slack:T0001:C0001:1700000000.000100");
    expect(command).toBe("slack:T0001:C0001:cmd-U0007");
    for (const id of [thread, command]) expect(SessionIdSchema.safeParse(id).success).toBe(true);
  });

  it("round-trip through parseSlackSessionId", () => {
    expect(parseSlackSessionId("slack:T0001:D0001:1700000000.000100")).toEqual({
      kind: "thread",
      team: "T0001",
      channel: "D0001",
      threadTs: "1700000000.000100",
    });
    expect(parseSlackSessionId("slack:T0001:C0001:cmd-U0007")).toEqual({
      kind: "command",
      team: "T0001",
      channel: "C0001",
      user: "U0007",
    });
  });

  it("refuse parts that are not Slack ids", () => {
    expect(slackSessionId({ kind: "thread", team: "T0001", channel: "C0001", threadTs: "../../x" })).toBeNull();
    expect(slackSessionId({ kind: "thread", team: "", channel: "C0001", threadTs: "1700000000.1" })).toBeNull();
    expect(slackSessionId({ kind: "command", team: "T0001", channel: "C:1", user: "U1" })).toBeNull();
    for (const id of [
      "teams:T0001:C0001:1.2",
      "slack:T0001:C0001",
      "slack:T0001:C0001:1.2:extra",
      "slack:T0001:C0001:cmd-",
      "0b1e7c1e-1",
    ]) {
      expect(parseSlackSessionId(id)).toBeNull();
    }
  });
});
