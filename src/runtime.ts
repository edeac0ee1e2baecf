import opcosJson from "../knowledge/data/opcos.json";
import pkg from "../package.json";
import { type SlackConfig, slackConfigFrom } from "./channels/slack/config";
import { type TeamsConfig, teamsConfig } from "./channels/teams/config";
import { type ComposerInfo, type ComposerOptions, composeHandler } from "./compose";
import { bundledCentre } from "./core/centre";
import { type Config, loadConfig } from "./core/config";
import { createLogger, type Logger } from "./core/logger";
import { type Opco, OpcoListSchema } from "./core/opco";
import type { NextStepsSummary } from "./core/summary";
import { type AskHandler, createAskHandler } from "./dialogue/brain";
import { createDialogueDeps } from "./dialogue/deps";
import { createEngine } from "./dialogue/engine";
import type { Understand } from "./dialogue/ports";
import type { DialogueState } from "./dialogue/state";
import { summarize } from "./dialogue/summarize";
import type { TurnHandler } from "./dialogue/turn";
import { bundledKnowledgeInfo, loadBundledKnowledge } from "./retrieval/bundled";
import type { KnowledgeBase } from "./retrieval/knowledge";
import { bindTools, type ToolSet } from "./tools/catalogue";
import { createCompanyDirectory, type SharedDirectoryCache } from "./tools/company-directory";
import { opcoReference } from "./tools/find-opco/reference-data";
import { documentCatalogue } from "./tools/list-documents/data";
import { centreSource } from "./tools/qualiopi/centre-source";
import { directorySource } from "./tools/qualiopi/directory-source";
import type { QualiopiRegistry } from "./tools/qualiopi/registry";
import type { ToolDeps } from "./tools/tool";
import { loadUnderstandingModel } from "./understanding/bundled";
import type { UnderstandingModel } from "./understanding/model";

export interface Runtime {
  version: string;
  config: Config;
  logger: Logger;
  /** Plays one turn of the guided dialogue (the engine, with the composer of the configuration). */
  handler: TurnHandler;
  /** Which composer writes the replies (embedded, or the LLM with its model and prompt versions). */
  composer: ComposerInfo;
  /** The next-steps summary of a dialogue state. */
  summarize: (state: DialogueState) => Promise<NextStepsSummary>;
  /** Reads a message: acts, intent, facts (the understanding stage every entry uses). */
  understand: Understand;
  /** Answers one question with no conversation (`POST /api/ask`). */
  ask: AskHandler;
  opcos: Opco[];
  kb: KnowledgeBase;
  knowledge: { cards: number; builtAt: string | null };
  /** What the tools read (tables, registries, directory), to bind them again with other sources. */
  toolDeps: ToolDeps;
  /** The tools of the catalogue, bound to `toolDeps`. */
  tools: ToolSet;
  teams: TeamsConfig | null;
  slack: SlackConfig;
}

/** What only the platform can give: registries on its storage (D1 on Workers, a file in Node), a shared cache. */
export interface PlatformParts {
  qualiopi?: QualiopiRegistry[];
  /** Company directory answers shared by the isolates (the Workers Cache API). */
  directoryCache?: SharedDirectoryCache;
  /** Overrides of the LLM composer (tests: a short retry delay). */
  llm?: ComposerOptions["overrides"];
}

const opcos = OpcoListSchema.parse(opcosJson);
let knowledgeBase: KnowledgeBase | undefined;
let understandingModel: UnderstandingModel | undefined;

/**
 * Builds everything an entry needs (worker, Node CLI, evaluation) from a plain environment record:
 * configuration, logger, data, tools, knowledge base (loaded once per isolate), the dialogue engine
 * with its composer, and the summary. Platform-free: the entries pass their registries in and add
 * their own session store. Each entry calls it once (the worker once per isolate).
 */
export function createRuntime(env: Record<string, unknown>, platform: PlatformParts = {}): Runtime {
  const config = loadConfig(env);
  knowledgeBase ??= loadBundledKnowledge();
  const kb = knowledgeBase;
  const directory = createCompanyDirectory({
    baseUrl: config.COMPANY_DIRECTORY_URL,
    timeoutMs: config.COMPANY_DIRECTORY_TIMEOUT_MS,
    callsPerMinute: config.COMPANY_DIRECTORY_CALLS_PER_MINUTE,
    ...(platform.directoryCache ? { shared: platform.directoryCache } : {}),
    fetch: (input, init) => fetch(input, init),
  });
  const reference = opcoReference();
  // The activity index (findOpco's free text, the dialogue's sector) is built here with the knowledge
  // base, at start-up, rather than on the first message; once per isolate like the reference.
  reference.prepareActivities();
  const centre = bundledCentre();
  const toolDeps: ToolDeps = {
    reference,
    directory,
    // The official list first; then the centre's own declared facts, about itself only; then the directory.
    qualiopi: [...(platform.qualiopi ?? []), centreSource(centre.provider), directorySource(directory)],
    documents: documentCatalogue(),
  };
  const tools = bindTools(toolDeps);
  understandingModel ??= loadUnderstandingModel();
  const logger = createLogger(config.LOG_LEVEL);
  const deps = {
    ...createDialogueDeps({
      tools,
      reference,
      knowledge: kb,
      now: () => new Date(),
      model: understandingModel,
      centre,
    }),
    // The error's kind and message only: never what the user wrote.
    report: (error: unknown) =>
      logger.error("turn failed", {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }),
  };
  const { handler, ask, composer } = composeHandler(createEngine(deps), createAskHandler(deps.understand, deps), {
    config,
    logger,
    opcos,
    parts: { tools, knowledge: kb },
    fetch: (input, init) => fetch(input, init),
    overrides: platform.llm,
  });
  return {
    version: pkg.version,
    config,
    logger,
    handler,
    composer,
    summarize: (state) => summarize(state, deps),
    understand: deps.understand,
    ask,
    opcos,
    kb,
    knowledge: bundledKnowledgeInfo(),
    toolDeps,
    tools,
    teams: teamsConfig(config),
    slack: slackConfigFrom(config),
  };
}
