import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import type { EventSink } from "./analytics/events";
import type { EventStats } from "./analytics/stats";
import { centreApp } from "./centre-app";
import type { SlackConfig } from "./channels/slack/config";
import { SLACK_INTERACTIONS_PATH } from "./channels/slack/interactions";
import { slackRoutes } from "./channels/slack/routes";
import { createSummaryLinks } from "./channels/summary-links";
import type { TeamsConfig } from "./channels/teams/config";
import { teamsRoutes } from "./channels/teams/routes";
import { askRoutes } from "./channels/web/ask";
import { chatRoutes } from "./channels/web/chat";
import { healthRoutes } from "./channels/web/health";
import { opcoRoutes } from "./channels/web/opcos";
import { searchRoutes } from "./channels/web/search";
import { siteRoutes } from "./channels/web/site";
import { summaryRoutes } from "./channels/web/summary";
import { toolRoutes } from "./channels/web/tools";
import { bundledCatalogue, type Course } from "./core/catalogue";
import { bundledCentre, type Centre } from "./core/centre";
import type { Config } from "./core/config";
import type { Logger } from "./core/logger";
import type { Opco } from "./core/opco";
import { createRateLimiter } from "./core/rate-limit";
import type { NextStepsSummary } from "./core/summary";
import type { AskHandler } from "./dialogue/brain";
import type { DialogueState } from "./dialogue/state";
import { clientIpMiddleware, type SocketAddress } from "./http/client-ip";
import { type Defer, waitUntilDefer } from "./http/defer";
import { jsonError, notFound, onError } from "./http/errors";
import { originGuard } from "./http/origins";
import { apiClientKey, isAddressKey, rateLimit } from "./http/rate-limit";
import { requestLog } from "./http/request-log";
import { noStore, securityHeaders } from "./http/security-headers";
import type { AppEnv } from "./http/types";
import { uriLimit } from "./http/uri-limit";
import type { LeadStore } from "./leads/store";
import type { KnowledgeBase } from "./retrieval/knowledge";
import type { SessionStore } from "./store/session-store";
import type { ToolSet } from "./tools/catalogue";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** What the HTTP app uses: parts of the runtime, the session store, and the platform's hooks. */
export interface AppDeps {
  version: string;
  /** RATE_LIMIT_PER_MINUTE defaults to 20; without SUMMARY_LINK_SECRET, Slack and Teams summaries are refused. */
  config: Pick<Config, "ALLOWED_ORIGINS"> &
    Partial<
      Pick<
        Config,
        "RATE_LIMIT_PER_MINUTE" | "SUMMARY_LINK_SECRET" | "ADMIN_TOKEN" | "LEADS_WEBHOOK_URL" | "PUBLIC_BASE_URL"
      >
    >;
  logger: Logger;
  store: SessionStore;
  /** The next-steps summary of a session's state. */
  summarize: (state: DialogueState) => Promise<NextStepsSummary>;
  opcos: readonly Opco[];
  knowledge: { cards: number; builtAt: string | null };
  /** The loaded knowledge base, for /api/search. */
  kb: KnowledgeBase;
  /** Answers one question (`POST /api/ask`). */
  ask: AskHandler;
  /** The tools of the catalogue, each served at `POST /api/tools/<slug>`. */
  tools: ToolSet;
  /** Id of a new conversation; random by default. */
  newSessionId?: () => string;
  /** Microsoft Teams bot; its route answers 503 when absent. */
  teams?: TeamsConfig | null;
  /** Slack adapter settings; without its secrets the `/slack/*` routes answer 503. */
  slack?: SlackConfig;
  /** Work after the response (Workers: waitUntil; tests await it). */
  defer?: Defer;
  /** HTTP client of the channel adapters (tests point it at local fakes). */
  fetch?: typeof fetch;
  /** Clock of the channel adapters (token expiry, key cache) and of the rate limit; Date.now by default. */
  now?: () => number;
  /**
   * The peer address of a request where the platform knows it (a Node server's socket). Workers
   * have none: there the client is `CF-Connecting-IP` when `request.cf` is set, else "unknown".
   */
  socketAddress?: SocketAddress;
  /** The training centre and its courses (the bundled knowledge/centre/ by default). */
  centre?: Centre;
  courses?: readonly Course[];
  /** Call-back requests and analytics (D1 on Workers); absent: none are kept, their routes answer 503. */
  leads?: LeadStore | null;
  events?: (EventSink & EventStats) | null;
  /** Wakes the outbox that forwards leads to LEADS_WEBHOOK_URL. */
  wakeOutbox?: () => Promise<void>;
}

/**
 * Builds the HTTP app from its dependencies. Middleware first (request id, log, security headers,
 * URL length, origins, client address, body size, rate limits, no-store), then one router per
 * concern, then the JSON 404 and error handlers.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  app.use(uriLimit());
  app.use(originGuard(deps.config.ALLOWED_ORIGINS));
  app.use(clientIpMiddleware(deps.socketAddress));
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => jsonError(c, 413, "payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes`),
  });
  // Slack's interaction payloads repeat the whole message clicked: that route sets its own, larger limit.
  app.use((c, next) => (c.req.path === SLACK_INTERACTIONS_PATH ? next() : limit(c, next)));

  // One limiter per isolate for every channel: keys are per client IP, web session, Slack user or Teams user.
  const perMinute = deps.config.RATE_LIMIT_PER_MINUTE ?? 20;
  // A client IP may be a whole office behind one address: it gets ten people's allowance.
  const limiter = createRateLimiter({
    perMinute,
    now: deps.now,
    rateOf: (key) => (isAddressKey(key) ? perMinute * 10 : perMinute),
  });
  // The tools (some call the company directory), the search and the summaries: per client IP, a bucket of their own.
  for (const path of ["/api/tools/*", "/api/search", "/api/sessions/*"])
    app.use(path, rateLimit(limiter, apiClientKey));
  // What carries a conversation's profile is never cached.
  for (const path of ["/api/chat", "/api/sessions/*"]) app.use(path, noStore);

  const centre = deps.centre ?? bundledCentre();
  const courses = deps.courses ?? bundledCatalogue().courses;
  app.route("/", siteRoutes({ centre, courses, ...(deps.now ? { now: deps.now } : {}) }));
  app.route("/", healthRoutes(deps));
  app.route("/", opcoRoutes(deps.opcos));
  app.route("/", toolRoutes(deps.tools));
  const links = createSummaryLinks(deps.config.SUMMARY_LINK_SECRET);
  app.route("/", searchRoutes(deps.kb));
  app.route("/", askRoutes(deps.ask, limiter));
  app.route(
    "/",
    chatRoutes({ store: deps.store, newSessionId: deps.newSessionId ?? (() => crypto.randomUUID()), limiter }),
  );
  app.route("/", summaryRoutes({ store: deps.store, summarize: deps.summarize, links }));
  app.route(
    "/",
    centreApp({
      centre,
      courses,
      opcos: deps.opcos,
      store: deps.store,
      links,
      defer: deps.defer ?? waitUntilDefer,
      limiter,
      logger: deps.logger,
      leads: deps.leads ?? null,
      events: deps.events ?? null,
      wakeOutbox: deps.wakeOutbox,
      config: deps.config,
      now: deps.now ?? Date.now,
    }),
  );
  app.route(
    "/",
    teamsRoutes({
      config: deps.teams ?? null,
      store: deps.store,
      logger: deps.logger,
      defer: deps.defer ?? waitUntilDefer,
      fetch: deps.fetch,
      now: deps.now,
      limiter,
      links,
    }),
  );
  app.route(
    "/",
    slackRoutes({
      slack: deps.slack,
      store: deps.store,
      logger: deps.logger,
      defer: deps.defer ?? waitUntilDefer,
      limiter,
      links,
    }),
  );

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "OPCO funding assistant", version: deps.version },
  });
  app.notFound(notFound);
  app.onError(onError(deps.logger));
  return app;
}

export type App = ReturnType<typeof createApp>;
