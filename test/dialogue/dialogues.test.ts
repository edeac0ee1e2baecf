import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDialogues } from "../../eval/datasets";
import { summaryProblems, turnProblems } from "../../eval/suites/dialogues";
import { ChatResponseSchema } from "../../src/core/chat";
import { createNodeAssistant } from "../../src/node/assistant";

/** The scripted conversations of eval/datasets/dialogues/, checked turn by turn and on their plan as the eval checks them. */
const dialogues = loadDialogues(fileURLToPath(new URL("../../eval/datasets/", import.meta.url)));

describe("scripted conversations", () => {
  it("has at least 45 of them, one per persona and branch", () => expect(dialogues.length).toBeGreaterThanOrEqual(45));

  it.each(dialogues.map((d) => [d.name, d] as const))("%s", async (name, dialogue) => {
    const assistant = createNodeAssistant({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" });
    const sessionId = `dialogue-${name}`;
    for (const [i, turn] of dialogue.turns.entries()) {
      const response = ChatResponseSchema.parse(await assistant.chat({ sessionId, message: turn.user }));
      const where = `${dialogue.description}\nturn ${i + 1}: ${turn.user}\nreply: ${response.reply.text}`;
      expect(turnProblems(response, turn.expect ?? {}), where).toEqual([]);
    }
    const summary = await assistant.summary(sessionId);
    expect(summary).not.toBeNull();
    if (summary) expect(summaryProblems(summary, dialogue.summary), summary.text).toEqual([]);
  });
});
