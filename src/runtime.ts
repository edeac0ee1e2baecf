import opcosJson from "../knowledge/data/opcos.json";
import pkg from "../package.json";
import type { EventSink } from "./analytics/events";
import { withAnalytics, withAskAnalytics } from "./analytics/record";
import type { EventStats } from "./analytics/stats";
import { type SlackConfig, slackConfigFrom } from "./channels/slack/config";
import { type TeamsConfig, teamsConfig } from "./channels/teams/config";
import { type ComposerInfo, type ComposerOptions, composeHandler } from "./compose";
import { bundledCatalogue, type Course } from "./core/catalogue";
import { bundledCentre, type Centre } from "./core/centre";
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
import type { LeadStore } from "./leads/store";
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
  /** The training centre (knowledge/centre/centre.json) and its courses (catalogue.json). */
  centre: Centre;
  courses: readonly Course[];
  /** Analytics events (D1 on Workers); null: none are recorded. */
  events: (EventSink & EventStats) | null;
  /** Call-back requests (D1 on Workers); null: none are kept. */
  leads: LeadStore | null;
}

/** What only the platform can give: registries on its storage (D1 on Workers, a file in Node), a shared cache. */
export interface PlatformParts {
  qualiopi?: QualiopiRegistry[];
  /** Company directory answers shared by the isolates (the Workers Cache API). */
  directoryCache?: SharedDirectoryCache;
  /** Overrides of the LLM composer (tests: a short retry delay). */
  llm?: ComposerOptions["overrides"];
  /** Where analytics events go and are counted (D1); none: no analytics. */
  events?: (EventSink & EventStats) | undefined;
  /** Where call-back requests are kept (D1); none: POST /api/leads answers 503. */
  leads?: LeadStore | undefined;
  /** Work to finish after a turn (the analytics' write), when the platform can keep it alive. */
  defer?: (task: Promise<unknown>) => void;
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
  const courses = bundledCatalogue().courses;
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
      courses,
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
  const events = platform.events ?? null;
  const recording = events ? { sink: events, logger, ...(platform.defer ? { defer: platform.defer } : {}) } : null;
  return {
    version: pkg.version,
    config,
    logger,
    handler: recording ? withAnalytics(handler, recording) : handler,
    composer,
    summarize: (state) => summarize(state, deps),
    understand: deps.understand,
    ask: recording ? withAskAnalytics(ask, recording) : ask,
    opcos,
    kb,
    knowledge: bundledKnowledgeInfo(),
    toolDeps,
    tools,
    teams: teamsConfig(config),
    slack: slackConfigFrom(config),
    centre,
    courses,
    events,
    leads: platform.leads ?? null,
  };
}
