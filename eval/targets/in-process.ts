import { fileURLToPath } from "node:url";
import { ChatResponseSchema } from "../../src/core/chat";
import type { Answered } from "../../src/dialogue/answer";
import { createAskHandler } from "../../src/dialogue/brain";
import { cardCitation } from "../../src/dialogue/deps";
import { createNodeAssistant } from "../../src/node/assistant";
import { importOfficialListFile } from "../../src/node/qualiopi/import-csv";
import { createMemoryRegistry } from "../../src/tools/qualiopi/memory-registry";
import type { Target } from "../target";
/** The sample of the official training-organisation list the Qualiopi cases are written against. */
export const SAMPLE_QUALIOPI_CSV = fileURLToPath(new URL("../datasets/qualiopi-sample.csv", import.meta.url));
export const SAMPLE_QUALIOPI_AS_OF = "2026-11-02";

/**
 * The assistant in-process (createNodeAssistant): the same runtime as the worker on a memory
 * store, the company directory on a closed local port (offline: it answers "unavailable"), the
 * sample Qualiopi list as the local registry. `env` adds variables (the LLM ones for `--llm`).
 */
export async function inProcessTarget(env: Record<string, unknown> = {}): Promise<Target> {
  const { snapshot } = await importOfficialListFile(SAMPLE_QUALIOPI_CSV, SAMPLE_QUALIOPI_AS_OF);
  const assistant = createNodeAssistant({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9", LOG_LEVEL: "error", ...env }, [
    createMemoryRegistry(snapshot),
  ]);
  const { runtime } = assistant;
  let sessions = 0;
  const response = (answered: Answered) => ({
    lang: answered.lang,
    answer: { text: answered.text, citations: answered.citations },
    retrieved: answered.retrieved,
    outcome: answered.outcome,
    toolCalls: answered.toolCalls,
  });
  // The same brain with the search alone: the knowledge base without its card classifier.
  const searchOnly = { ...runtime.kb, cardModel: undefined };
  const askSearchOnly = createAskHandler(runtime.understand, {
    tools: runtime.tools,
    knowledge: searchOnly,
    card: (id, lang) => cardCitation(searchOnly, id, lang),
  });
  return {
    name: "in-process",
    hasSampleRegistry: true,
    ask: async (question, lang) => response(await runtime.ask(question, lang)),
    askSearchOnly: async (question, lang) => response(await askSearchOnly(question, lang)),
    understand: (message, asked) => runtime.understand(message, asked ? { asked } : {}),
    chat: async (message, sessionId) =>
      ChatResponseSchema.parse(await assistant.chat({ sessionId: sessionId ?? `eval-session-${++sessions}`, message })),
    summary: (sessionId) => assistant.summary(sessionId),
    // Each tool validates its input with its own schema, as its HTTP route does.
    tool: (name, input) => (runtime.tools[name] as (input: unknown) => Promise<unknown>)(input),
  };
}
