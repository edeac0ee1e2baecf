import { OpenAPIHono } from "@hono/zod-openapi";
import type { Logger } from "../../core/logger";
import type { RateLimiter } from "../../core/rate-limit";
import type { Defer } from "../../http/defer";
import { jsonError } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import type { SessionStore } from "../../store/session-store";
import type { SummaryLinks } from "../summary-links";
import { createSlackClient } from "./client";
import { commandRoutes } from "./commands";
import { missingSlackSecrets, type SlackConfig } from "./config";
import { slackRouteDeps } from "./context";
import { createSeenIds } from "./dedupe";
import { eventRoutes } from "./events";
import { slackGuard } from "./guard";
import { interactionRoutes } from "./interactions";

export interface SlackDeps {
  slack: SlackConfig | undefined;
  store: SessionStore;
  logger: Logger;
  defer: Defer;
  /** Clock of the signature check (ms since the epoch). */
  now?: () => number;
  fetch?: typeof fetch;
  /** Turns per Slack user (workspace + user id); none: no limit. */
  limiter?: RateLimiter;
  /** Signs the links to the printable plan. */
  links: SummaryLinks;
}

/**
 * The Slack adapter: `/slack/events`, `/slack/interactions` and `/slack/commands`. While a
 * secret is missing every Slack path answers 503 naming it, so a half-configured deployment
 * says what to do instead of failing Slack's checks silently.
 */
export function slackRoutes(deps: SlackDeps) {
  const { slack } = deps;
  const missing = missingSlackSecrets(slack);
  if (!slack?.signingSecret || !slack.botToken || missing.length) {
    return new OpenAPIHono<AppEnv>().post("/slack/*", (c) =>
      jsonError(c, 503, "not_configured", `Slack is not configured on this server: set ${missing.join(" and ")}`),
    );
  }
  const ready = { ...slack, signingSecret: slack.signingSecret, botToken: slack.botToken };
  const client = createSlackClient({
    apiUrl: ready.apiUrl,
    botToken: ready.botToken,
    logger: deps.logger,
    fetch: deps.fetch,
  });
  const routeDeps = slackRouteDeps(
    ready,
    { store: deps.store, client, logger: deps.logger, links: deps.links },
    deps.defer,
    slackGuard(ready.signingSecret, deps.logger, deps.now),
    deps.limiter,
  );
  return new OpenAPIHono<AppEnv>()
    .route("/", eventRoutes(routeDeps, createSeenIds()))
    .route("/", interactionRoutes(routeDeps))
    .route("/", commandRoutes(routeDeps));
}
