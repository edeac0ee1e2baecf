import type { Config } from "../core/config";
import { llmEnabled } from "../core/config";
import type { Logger } from "../core/logger";
import type { Opco } from "../core/opco";
import type { Answered } from "../dialogue/answer";
import type { AskHandler } from "../dialogue/brain";
import { initialState } from "../dialogue/state";
import type { TurnHandler, TurnOutcome } from "../dialogue/turn";
import { bundledPrompts } from "./bundled-prompts";
import { withEmbeddedComposer } from "./embedded";
import { createLlmComposer, type LlmComposerDeps, withLlmComposer } from "./llm";
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

/** The turn handler and the question handler, each with the composer of the configuration. */
export interface Composed {
  handler: TurnHandler;
  ask: AskHandler;
  composer: ComposerInfo;
}

/** A one-off answer as a turn's response, so that the composer treats both alike. */
const asOutcome = (answered: Answered): TurnOutcome => ({
  state: initialState(answered.lang),
  response: {
    lang: answered.lang,
    step: "profile",
    reply: { text: answered.text, citations: answered.citations, quickReplies: [] },
    profile: {},
    toolCalls: answered.toolCalls,
    summary: null,
  },
});

/**
 * Wraps the dialogue's turn handler and the one-question handler with the composer the
 * configuration asks for: the LLM one when OPENAI_API_KEY or OPENAI_BASE_URL is set, the embedded
 * one otherwise. `/api/ask` and the chat get the same composer, grounding guard and fallbacks.
 */
export function composeHandler(
  engine: TurnHandler,
  ask: AskHandler,
  { config, logger, opcos, parts, fetch, overrides }: ComposerOptions,
): Composed {
  if (!llmEnabled(config)) {
    return {
      handler: withEmbeddedComposer(engine),
      ask: async (question, lang) => ({ ...(await ask(question, lang)), composer: "embedded" }),
      composer: { kind: "embedded" },
    };
  }
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
  const deps: LlmComposerDeps = {
    model,
    tools,
    kb: parts.knowledge,
    opcos: opcos.map((opco) => ({ id: opco.id, names: [opco.name, ...opco.aliases] })),
    prompts,
    logger: logger.child({ model: config.OPENAI_MODEL }),
    timeoutMs: config.LLM_TIMEOUT_MS,
    tokenBudget: config.LLM_SESSION_TOKEN_BUDGET,
    ...overrides,
  };
  const { composeReply } = createLlmComposer(deps);
  return {
    handler: withLlmComposer(engine, deps),
    async ask(question, lang) {
      const answered = await ask(question, lang);
      // A refusal stays the embedded one: the model is not asked to answer what nothing supports.
      if (answered.outcome !== "answered") return { ...answered, composer: "embedded" };
      const { response, composer } = await composeReply(asOutcome(answered), question, 0);
      return {
        ...answered,
        text: response.reply.text,
        citations: response.reply.citations,
        toolCalls: response.toolCalls,
        composer,
      };
    },
    composer: { kind: "llm", model: config.OPENAI_MODEL, prompts: promptVersions(prompts) },
  };
}
