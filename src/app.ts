import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { askRoutes } from "./channels/web/ask";
import { chatRoutes } from "./channels/web/chat";
import { healthRoutes } from "./channels/web/health";
import { opcoRoutes } from "./channels/web/opcos";
import { searchRoutes } from "./channels/web/search";
import type { Config } from "./core/config";
import type { Logger } from "./core/logger";
import type { Opco } from "./core/opco";
import { jsonError, notFound, onError } from "./http/errors";
import { originGuard } from "./http/origins";
import { requestLog } from "./http/request-log";
import type { AppEnv } from "./http/types";
import type { KnowledgeBase } from "./retrieval/knowledge";
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
  /** The loaded knowledge base; /api/search and /api/ask are served when it is given. */
  kb?: KnowledgeBase;
  /** Id of a new conversation; random by default. */
  newSessionId?: () => string;
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
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => jsonError(c, 413, "payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes`),
    }),
  );

  app.route("/", healthRoutes(deps));
  app.route("/", opcoRoutes(deps.opcos));
  if (deps.kb) app.route("/", searchRoutes(deps.kb)).route("/", askRoutes(deps.kb));
  app.route("/", chatRoutes({ store: deps.store, newSessionId: deps.newSessionId ?? (() => crypto.randomUUID()) }));

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "OPCO funding assistant", version: deps.version },
  });
  app.notFound(notFound);
  app.onError(onError(deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
