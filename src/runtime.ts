import pkg from "../package.json";
import { teamsConfig, type TeamsConfig } from "./channels/teams/config";
import { loadConfig, type Config } from "./core/config";
import { createLogger, type Logger } from "./core/logger";
import { OpcoListSchema, type Opco } from "./core/opco";
import { playTurn } from "./dialogue/engine";
import type { KnowledgeBase } from "./retrieval/knowledge";
import { bundledKnowledgeInfo, loadBundledKnowledge } from "./retrieval/bundled";
import type { TurnHandler } from "./store/session-store";
import { createCompanyDirectory, type CompanyDirectory } from "./tools/company-directory";
import opcosJson from "../knowledge/data/opcos.json";

export interface Runtime {
  version: string;
  config: Config;
  logger: Logger;
  handler: TurnHandler;
  opcos: Opco[];
  knowledge: { cards: number; builtAt: string | null };
  directory: CompanyDirectory;
  teams: TeamsConfig | null;
  /** The knowledge base, loaded on the first call (the session Durable Object never needs it). */
  loadKb: () => KnowledgeBase;
}

const opcos = OpcoListSchema.parse(opcosJson);

/**
 * The composition root shared by every entry (worker, session Durable Object, Node CLI):
 * configuration from a plain environment record, the logger, the data and the turn handler.
 * Platform-free: the entries add their own session store.
 */
export function createRuntime(env: Record<string, unknown>): Runtime {
  const config = loadConfig(env);
  let kb: KnowledgeBase | undefined;
  return {
    version: pkg.version,
    config,
    logger: createLogger(config.LOG_LEVEL),
    handler: playTurn,
    opcos,
    directory: createCompanyDirectory({
      baseUrl: config.COMPANY_DIRECTORY_URL,
      timeoutMs: config.COMPANY_DIRECTORY_TIMEOUT_MS,
      fetch: (input, init) => fetch(input, init),
    }),
    teams: teamsConfig(config),
    knowledge: bundledKnowledgeInfo(),
    loadKb: () => (kb ??= loadBundledKnowledge()),
  };
}
