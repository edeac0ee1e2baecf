import pkg from "../package.json";
import { slackConfigFrom, type SlackConfig } from "./channels/slack/config";
import { loadConfig, type Config } from "./core/config";
import { createLogger, type Logger } from "./core/logger";
import { OpcoListSchema, type Opco } from "./core/opco";
import { playTurn } from "./dialogue/engine";
import type { TurnHandler } from "./store/session-store";
import opcosJson from "../knowledge/data/opcos.json";

export interface Runtime {
  version: string;
  config: Config;
  logger: Logger;
  handler: TurnHandler;
  opcos: Opco[];
  knowledge: { cards: number; builtAt: string | null };
  slack: SlackConfig;
}

const opcos = OpcoListSchema.parse(opcosJson);

/**
 * The composition root shared by every entry (worker, session Durable Object, Node CLI):
 * configuration from a plain environment record, the logger, the data and the turn handler.
 * Platform-free: the entries add their own session store.
 */
export function createRuntime(env: Record<string, unknown>): Runtime {
  const config = loadConfig(env);
  return {
    version: pkg.version,
    config,
    logger: createLogger(config.LOG_LEVEL),
    handler: playTurn,
    opcos,
    knowledge: { cards: 0, builtAt: null },
    slack: slackConfigFrom(config),
  };
}
