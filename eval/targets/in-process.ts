import { fileURLToPath } from "node:url";
import { ChatResponseSchema } from "../../src/core/chat";
import { createNodeAssistant } from "../../src/node/assistant";
import { importOfficialListFile } from "../../src/node/qualiopi/import-csv";
import { ask } from "../../src/retrieval/ask";
import { checkQualiopi } from "../../src/tools/check-qualiopi";
import { documentCatalogue } from "../../src/tools/documents-data";
import { ListDocumentsInputSchema } from "../../src/tools/documents-schema";
import { findOpco } from "../../src/tools/find-opco";
import { FindOpcoInputSchema } from "../../src/tools/find-opco-schema";
import { fundingRoutes } from "../../src/tools/funding-routes";
import { FundingRoutesInputSchema } from "../../src/tools/funding-routes-schema";
import { listDocuments } from "../../src/tools/list-documents";
import { createMemoryRegistry } from "../../src/tools/qualiopi/memory-registry";
import { CheckQualiopiInputSchema } from "../../src/tools/qualiopi/schemas";
import { opcoReference } from "../../src/tools/reference-data";
import type { ToolName } from "../datasets";
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
  const reference = opcoReference();
  const catalogue = documentCatalogue();
  let sessions = 0;
  const tools: Record<ToolName, (input: unknown) => Promise<unknown>> = {
    "find-opco": async (input) =>
      findOpco(FindOpcoInputSchema.parse(input), { reference, directory: runtime.directory }),
    "check-qualiopi": async (input) => checkQualiopi(CheckQualiopiInputSchema.parse(input), runtime.qualiopi),
    "list-documents": async (input) => listDocuments(ListDocumentsInputSchema.parse(input), catalogue),
    "funding-routes": async (input) => fundingRoutes(FundingRoutesInputSchema.parse(input)),
  };
  return {
    name: "in-process",
    hasSampleRegistry: true,
    ask: async (question, lang) => ask(runtime.kb, question, lang),
    chat: async (message, sessionId) =>
      ChatResponseSchema.parse(await assistant.chat({ sessionId: sessionId ?? `eval-session-${++sessions}`, message })),
    summary: (sessionId) => assistant.summary(sessionId),
    tool: (name, input) => tools[name](input),
  };
}
