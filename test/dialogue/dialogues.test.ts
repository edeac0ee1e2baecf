import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ChatResponseSchema } from "../../src/core/chat";
import { createNodeAssistant } from "../../src/node/assistant";

/** The scripted conversations of eval/datasets/dialogues/, each turn checked against its expectations. */
interface Expect {
  lang?: string;
  step?: string;
  profile?: Record<string, unknown>;
  tools?: string[];
  reply?: string[];
  citations?: string[];
  summary?: boolean;
}
interface Dialogue {
  description: string;
  turns: { user: string; expect?: Expect }[];
  summary: {
    opco?: string | null;
    confidence?: string;
    funder?: string;
    routes?: Record<string, string | string[]>;
    deadlineDates?: string[];
    unknowns?: string[];
    absent?: string[];
  };
}

const dir = new URL("../../eval/datasets/dialogues/", import.meta.url);
const dialogues = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Dialogue] as const);

describe("scripted conversations", () => {
  it("has at least 15 of them", () => expect(dialogues.length).toBeGreaterThanOrEqual(15));

  it.each(dialogues)("%s", async (name, dialogue) => {
    const assistant = createNodeAssistant({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" });
    const sessionId = `dialogue-${name}`;
    for (const [i, turn] of dialogue.turns.entries()) {
      const response = ChatResponseSchema.parse(await assistant.chat({ sessionId, message: turn.user }));
      const where = `${dialogue.description}\nturn ${i + 1}: ${turn.user}\nreply: ${response.reply.text}`;
      const e = turn.expect ?? {};
      if (e.lang) expect(response.lang, where).toBe(e.lang);
      if (e.step) expect(response.step, where).toBe(e.step);
      if (e.profile) expect(response.profile, where).toMatchObject(e.profile);
      if (e.profile && Object.keys(e.profile).length === 0) expect(response.profile, where).toEqual({});
      for (const tool of e.tools ?? [])
        expect(
          response.toolCalls.map((c) => c.name),
          where,
        ).toContain(tool);
      for (const text of e.reply ?? []) expect(response.reply.text, where).toContain(text);
      for (const id of e.citations ?? [])
        expect(
          response.reply.citations.map((c) => c.id),
          where,
        ).toContain(id);
      if (e.summary) expect(response.summary, where).not.toBeNull();
      expect(response.reply.text.length, where).toBeGreaterThan(0);
    }
    const summary = await assistant.summary(sessionId);
    expect(summary).not.toBeNull();
    if (!summary) return;
    const want = dialogue.summary;
    if (want.opco !== undefined) expect(summary.opco?.id ?? null).toBe(want.opco);
    if (want.confidence) expect(summary.opco?.confidence).toBe(want.confidence);
    if (want.funder) expect(summary.funder).toContain(want.funder);
    for (const [scheme, eligible] of Object.entries(want.routes ?? {})) {
      const route = summary.routes.find((r) => r.scheme === scheme);
      expect([eligible].flat(), `${scheme}: ${JSON.stringify(route)}`).toContain(route?.eligible);
    }
    for (const date of want.deadlineDates ?? []) expect(summary.deadlines.map((d) => d.date)).toContain(date);
    for (const word of want.unknowns ?? []) expect(summary.unknowns.join("\n").toLowerCase()).toContain(word);
    for (const word of want.absent ?? []) expect(summary.text).not.toContain(word);
    expect(summary.steps.length).toBeGreaterThanOrEqual(6);
  });
});
