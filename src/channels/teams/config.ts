import type { Config } from "../../core/config";
import { BOT_FRAMEWORK_SERVICE_HOSTS } from "./auth";

/** What the Teams adapter needs; null when the bot is not configured (its route then answers 503). */
export interface TeamsConfig {
  appId: string;
  appPassword: string;
  openIdMetadataUrl: string;
  tokenUrl: string;
  /** Hosts the activities' `serviceUrl` may name (replies go there); the Bot Framework's by default. */
  serviceUrlHosts: readonly string[];
}

type TeamsVars = Pick<
  Config,
  "TEAMS_APP_ID" | "TEAMS_APP_PASSWORD" | "TEAMS_OPENID_METADATA_URL" | "TEAMS_TOKEN_URL" | "TEAMS_SERVICE_URL_HOSTS"
>;

export function teamsConfig(config: TeamsVars): TeamsConfig | null {
  if (!config.TEAMS_APP_ID || !config.TEAMS_APP_PASSWORD) return null;
  return {
    appId: config.TEAMS_APP_ID,
    appPassword: config.TEAMS_APP_PASSWORD,
    openIdMetadataUrl: config.TEAMS_OPENID_METADATA_URL,
    tokenUrl: config.TEAMS_TOKEN_URL,
    serviceUrlHosts: config.TEAMS_SERVICE_URL_HOSTS.length
      ? config.TEAMS_SERVICE_URL_HOSTS
      : BOT_FRAMEWORK_SERVICE_HOSTS,
  };
}
