import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { SlackConfig } from "./channels/slack/config";
import { SLACK_INTERACTIONS_PATH } from "./channels/slack/interactions";
import { slackRoutes } from "./channels/slack/routes";
import { chatRoutes } from "./channels/web/chat";
import { healthRoutes } from "./channels/web/health";
import { opcoRoutes } from "./channels/web/opcos";
import type { Config } from "./core/config";
import type { Logger } from "./core/logger";
import type { Opco } from "./core/opco";
import { waitUntilDefer, type Defer } from "./http/defer";
import { jsonError, notFound, onError } from "./http/errors";
import { originGuard } from "./http/origins";
import { requestLog } from "./http/request-log";
import type { AppEnv } from "./http/types";
import type { SessionStore } from "./store/session-store";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

export interface AppDeps {
  version: string;
  config: Pick<Config, "ALLOWED_ORIGINS">;
  logger: Logger;
  store: SessionStore;
  opcos: readonly Opco[];
  knowledge: { cards: number; builtAt: string | null };
  /** Id of a new conversation; random by default. */
  newSessionId?: () => string;
  /** Slack adapter settings; without its secrets the `/slack/*` routes answer 503. */
  slack?: SlackConfig;
  /** Runs work after the response (`waitUntil` on Workers by default). */
  defer?: Defer;
}

/**
 * Builds the HTTP app from its dependencies. Middleware first (request id, log, security
 * headers, origins, body size), then one router per concern, then the JSON 404 and error handlers.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  app.use(requestLog(deps.logger));
  app.use(secureHeaders());
  app.use(originGuard(deps.config.ALLOWED_ORIGINS));
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => jsonError(c, 413, "payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes`),
  });
  // Slack's interaction payloads repeat the whole message clicked: that route sets its own, larger limit.
  app.use((c, next) => (c.req.path === SLACK_INTERACTIONS_PATH ? next() : limit(c, next)));

  app.route("/", healthRoutes(deps));
  app.route("/", opcoRoutes(deps.opcos));
  app.route("/", chatRoutes({ store: deps.store, newSessionId: deps.newSessionId ?? (() => crypto.randomUUID()) }));
  app.route("/", slackRoutes({ slack: deps.slack, store: deps.store, logger: deps.logger, defer: deps.defer ?? waitUntilDefer }));

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "OPCO funding assistant", version: deps.version },
  });
  app.notFound(notFound);
  app.onError(onError(deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
