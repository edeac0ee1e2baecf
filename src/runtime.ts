import opcosJson from "../knowledge/data/opcos.json";
import pkg from "../package.json";
import { type SlackConfig, slackConfigFrom } from "./channels/slack/config";
import { type TeamsConfig, teamsConfig } from "./channels/teams/config";
import { type ComposerInfo, type ComposerOptions, composeHandler } from "./compose";
import { type Config, loadConfig } from "./core/config";
import { createLogger, type Logger } from "./core/logger";
import { type Opco, OpcoListSchema } from "./core/opco";
import type { NextStepsSummary } from "./core/summary";
import { createDialogueDeps } from "./dialogue/deps";
import { createEngine } from "./dialogue/engine";
import type { DialogueState } from "./dialogue/state";
import { bundledKnowledgeInfo, loadBundledKnowledge } from "./retrieval/bundled";
import type { KnowledgeBase } from "./retrieval/knowledge";
import type { TurnHandler } from "./store/session-store";
import { buildSummary } from "./summary/build";
import type { CheckQualiopiDeps } from "./tools/check-qualiopi";
import { type CompanyDirectory, createCompanyDirectory } from "./tools/company-directory";
import { documentCatalogue } from "./tools/documents-data";
import { directorySource } from "./tools/qualiopi/directory-source";
import type { QualiopiRegistry } from "./tools/qualiopi/registry";
import { opcoReference } from "./tools/reference-data";

export interface Runtime {
  version: string;
  config: Config;
  logger: Logger;
  /** Plays one turn of the guided dialogue (the engine, with the composer of the configuration). */
  handler: TurnHandler;
  /** Which composer writes the replies (embedded, or the LLM with its model and prompt versions). */
  composer: ComposerInfo;
  /** The next-steps summary of a dialogue state. */
  summarize: (state: DialogueState) => NextStepsSummary;
  opcos: Opco[];
  kb: KnowledgeBase;
  knowledge: { cards: number; builtAt: string | null };
  directory: CompanyDirectory;
  qualiopi: CheckQualiopiDeps;
  teams: TeamsConfig | null;
  slack: SlackConfig;
}

/** What only the platform can give: registries on its storage (D1 on Workers, a file in Node). */
export interface PlatformParts {
  qualiopi?: QualiopiRegistry[];
  /** Overrides of the LLM composer (tests: a short retry delay). */
  llm?: ComposerOptions["overrides"];
}

const opcos = OpcoListSchema.parse(opcosJson);
let knowledgeBase: KnowledgeBase | undefined;

/**
 * The composition root shared by every entry (worker, session Durable Object, Node CLI and eval):
 * configuration from a plain environment record, the logger, the data, the tools, the knowledge
 * base (loaded once per isolate), the dialogue engine and the summary. Platform-free: the entries
 * pass their registries in and add their own session store.
 */
export function createRuntime(env: Record<string, unknown>, platform: PlatformParts = {}): Runtime {
  const config = loadConfig(env);
  knowledgeBase ??= loadBundledKnowledge();
  const kb = knowledgeBase;
  const directory = createCompanyDirectory({
    baseUrl: config.COMPANY_DIRECTORY_URL,
    timeoutMs: config.COMPANY_DIRECTORY_TIMEOUT_MS,
    fetch: (input, init) => fetch(input, init),
  });
  const qualiopi: CheckQualiopiDeps = { sources: [...(platform.qualiopi ?? []), directorySource(directory)] };
  const box = { reference: opcoReference(), directory, qualiopi, documents: documentCatalogue(), knowledge: kb };
  const logger = createLogger(config.LOG_LEVEL);
  const deps = {
    ...createDialogueDeps({ ...box, now: () => new Date() }),
    // The error's kind and message only: never what the user wrote.
    report: (error: unknown) =>
      logger.error("turn failed", {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }),
  };
  const { handler, composer } = composeHandler(createEngine(deps), {
    config,
    logger,
    opcos,
    box,
    fetch: (input, init) => fetch(input, init),
    overrides: platform.llm,
  });
  return {
    version: pkg.version,
    config,
    logger,
    handler,
    composer,
    summarize: (state) => buildSummary(state, deps),
    opcos,
    kb,
    knowledge: bundledKnowledgeInfo(),
    directory,
    qualiopi,
    teams: teamsConfig(config),
    slack: slackConfigFrom(config),
  };
}
