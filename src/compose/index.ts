import type { Config } from "../core/config";
import { llmEnabled } from "../core/config";
import type { Logger } from "../core/logger";
import type { Opco } from "../core/opco";
import type { TurnHandler } from "../dialogue/turn";
import { bundledPrompts } from "./bundled-prompts";
import { withEmbeddedComposer } from "./embedded";
import { type LlmComposerDeps, withLlmComposer } from "./llm";
import { createChatModel } from "./model";
import { type PromptName, promptVersions } from "./prompts";
import { createLlmTools, type LlmToolParts } from "./tools";

/** Which composer writes the replies, for /health-like reports, logs and the evaluation report. */
export interface ComposerInfo {
  kind: "llm" | "embedded";
  model?: string;
  /** Version id of each prompt (LLM only). */
  prompts?: Record<PromptName, string>;
}

export interface ComposerOptions {
  config: Config;
  logger: Logger;
  opcos: readonly Opco[];
  /** The tools and the knowledge base the LLM may consult. */
  parts: LlmToolParts;
  fetch?: typeof fetch;
  /** Overrides for tests (e.g. a short retry delay). */
  overrides?: Partial<Pick<LlmComposerDeps, "retryDelayMs" | "maxCalls">>;
}

/**
 * Wraps the dialogue's turn handler with the composer the configuration asks for: the LLM one
 * when OPENAI_API_KEY or OPENAI_BASE_URL is set, the embedded one otherwise.
 */
export function composeHandler(
  engine: TurnHandler,
  { config, logger, opcos, parts, fetch, overrides }: ComposerOptions,
): { handler: TurnHandler; composer: ComposerInfo } {
  if (!llmEnabled(config)) return { handler: withEmbeddedComposer(engine), composer: { kind: "embedded" } };
  const prompts = bundledPrompts();
  const tools = createLlmTools(parts);
  const model = createChatModel(
    {
      apiKey: config.OPENAI_API_KEY,
      baseUrl: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      timeoutMs: config.LLM_TIMEOUT_MS,
      fetch,
    },
    tools,
  );
  const handler = withLlmComposer(engine, {
    model,
    tools,
    kb: parts.knowledge,
    opcos: opcos.map((opco) => ({ id: opco.id, names: [opco.name, ...opco.aliases] })),
    prompts,
    logger: logger.child({ model: config.OPENAI_MODEL }),
    timeoutMs: config.LLM_TIMEOUT_MS,
    tokenBudget: config.LLM_SESSION_TOKEN_BUDGET,
    ...overrides,
  });
  return { handler, composer: { kind: "llm", model: config.OPENAI_MODEL, prompts: promptVersions(prompts) } };
}
