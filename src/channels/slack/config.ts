import type { Config } from "../../core/config";

export const DEFAULT_SLACK_API_URL = "https://slack.com/api";

/** What the Slack adapter needs; the secrets may be missing, and the routes then say which. */
export interface SlackConfig {
  signingSecret?: string | undefined;
  botToken?: string | undefined;
  /** Slack Web API base URL, without a trailing slash. */
  apiUrl: string;
  /** Origin used for links to the assistant (the HTML summary); the request's origin when unset. */
  publicBaseUrl?: string | undefined;
}

/** Maps the environment configuration to the Slack adapter's. */
export function slackConfigFrom(
  config: Pick<Config, "SLACK_SIGNING_SECRET" | "SLACK_BOT_TOKEN" | "SLACK_API_URL" | "PUBLIC_BASE_URL">,
): SlackConfig {
  return {
    signingSecret: config.SLACK_SIGNING_SECRET,
    botToken: config.SLACK_BOT_TOKEN,
    apiUrl: (config.SLACK_API_URL ?? DEFAULT_SLACK_API_URL).replace(/\/+$/, ""),
    publicBaseUrl: config.PUBLIC_BASE_URL?.replace(/\/+$/, ""),
  };
}

/** Names of the secrets that must still be set before the Slack routes work. */
export function missingSlackSecrets(slack: SlackConfig | undefined): string[] {
  const missing: string[] = [];
  if (!slack?.signingSecret) missing.push("SLACK_SIGNING_SECRET");
  if (!slack?.botToken) missing.push("SLACK_BOT_TOKEN");
  return missing;
}

/** A Slack configuration whose secrets are all set. */
export type ReadySlackConfig = SlackConfig & { signingSecret: string; botToken: string };
