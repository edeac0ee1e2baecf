import { describe, expect, it } from "vitest";
import { messageText, submittedValue } from "../../../src/channels/teams/activity";
import { langFromLocale, teamsSessionId } from "../../../src/channels/teams/session";
import { SessionIdSchema } from "../../../src/core/chat";

describe("teamsSessionId", () => {
  it("keeps a conversation id that is already a valid session id", async () => {
    expect(await teamsSessionId("a:1AbC-def_ghi.jkl")).toBe("teams:a:1AbC-def_ghi.jkl");
  });

  it("hashes ids with other characters or over the length limit, without collisions", async () => {
    const channel = await teamsSessionId("19:abc@thread.tacv2;messageid=1700000000000");
    const other = await teamsSessionId("19:abc@thread.tacv2;messageid=1700000000001");
    const long = await teamsSessionId(`a:${"x".repeat(300)}`);
    for (const id of [channel, other, long]) {
      expect(id).toMatch(/^teams:h:[0-9a-f]{64}$/);
      expect(SessionIdSchema.safeParse(id).success).toBe(true);
    }
    expect(channel).not.toBe(other);
    expect(await teamsSessionId("19:abc@thread.tacv2;messageid=1700000000000")).toBe(channel);
  });
});

describe("langFromLocale", () => {
  it.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["en-US", "en"],
    ["EN_gb", "en"],
    ["de-DE", undefined],
    [undefined, undefined],
  ])("%s -> %s", (locale, lang) => expect(langFromLocale(locale)).toBe(lang));
});

describe("activity content", () => {
  it("drops the bot mention Teams adds in channels", () => {
    expect(messageText("<at>OPCO assistant</at>  Quel OPCO pour une boulangerie ?")).toBe(
      "Quel OPCO pour une boulangerie ?",
    );
  });

  it("reads the quick reply of a card submit and ignores other values", () => {
    expect(submittedValue({ action: "quickReply", value: "Je suis salarié" })).toBe("Je suis salarié");
    expect(submittedValue({ action: "other", value: "x" })).toBeUndefined();
    expect(submittedValue("text")).toBeUndefined();
  });
});
