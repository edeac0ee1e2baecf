import { OpenAPIHono } from "@hono/zod-openapi";
import { adminApiRoutes } from "./admin/api";
import { adminPageRoutes } from "./admin/routes";
import type { EventSink } from "./analytics/events";
import type { EventStats } from "./analytics/stats";
import type { SummaryLinks } from "./channels/summary-links";
import { centreRoutes } from "./channels/web/centre";
import { contactRoutes } from "./channels/web/contact";
import { type LeadRouteDeps, leadRoutes } from "./channels/web/leads";
import type { Course } from "./core/catalogue";
import { type Centre, privacyUrlOf } from "./core/centre";
import type { Logger } from "./core/logger";
import type { Opco } from "./core/opco";
import type { RateLimiter } from "./core/rate-limit";
import type { Defer } from "./http/defer";
import type { AppEnv } from "./http/types";
import { createLeadService } from "./leads/service";
import type { LeadStore } from "./leads/store";
import type { SessionStore } from "./store/session-store";

/** What the centre's own routes use: its configuration, the leads and the analytics (D1), the dashboard's token. */
export interface CentreAppDeps {
  centre: Centre;
  courses: readonly Course[];
  opcos: readonly Opco[];
  store: SessionStore;
  links: SummaryLinks;
  defer: Defer;
  limiter: RateLimiter;
  logger: Logger;
  /** Leads and analytics in D1; null: none are kept (POST /api/leads and the dashboard answer 503). */
  leads: LeadStore | null;
  events: (EventSink & EventStats) | null;
  /** Wakes the outbox that forwards leads (a Durable Object's alarm on Workers). */
  wakeOutbox?: (() => Promise<void>) | undefined;
  config: {
    ADMIN_TOKEN?: string | undefined;
    LEADS_WEBHOOK_URL?: string | undefined;
    PUBLIC_BASE_URL?: string | undefined;
  };
  now: () => number;
}

/**
 * The centre's routes: its public configuration (`GET /api/centre`), call-back requests
 * (`POST /api/leads`, and the `/contact` form that Slack and Teams open), and the staff's dashboard
 * (`/admin`, `/api/admin/*`).
 */
export function centreApp(deps: CentreAppDeps) {
  const { centre, events, leads, config, now } = deps;
  const service = leads
    ? createLeadService({
        sessions: deps.store,
        leads,
        planUrl: (sessionId, baseUrl) => deps.links.htmlUrl(baseUrl, sessionId),
        privacyUrl: (baseUrl, lang) => privacyUrlOf(centre, baseUrl, lang),
        forwarding: Boolean(config.LEADS_WEBHOOK_URL),
        wake: deps.wakeOutbox,
        ...(events
          ? {
              count: (lead) =>
                events.record([
                  { at: Date.parse(lead.createdAt), type: "lead_sent", channel: lead.channel, lang: lead.lang },
                ]),
            }
          : {}),
        now,
        newId: () => crypto.randomUUID(),
      })
    : null;
  const leadDeps: LeadRouteDeps = {
    service,
    links: deps.links,
    defer: deps.defer,
    limiter: deps.limiter,
    publicBaseUrl: config.PUBLIC_BASE_URL,
    logger: deps.logger,
  };
  const admin = { token: config.ADMIN_TOKEN, events, leads, centre, now };
  return new OpenAPIHono<AppEnv>()
    .route("/", centreRoutes({ centre, courses: deps.courses, publicBaseUrl: config.PUBLIC_BASE_URL, now }))
    .route("/", leadRoutes(leadDeps))
    .route(
      "/",
      contactRoutes({ ...leadDeps, centre, privacyUrl: (baseUrl, lang) => privacyUrlOf(centre, baseUrl, lang) }),
    )
    .route("/", adminApiRoutes(admin))
    .route(
      "/",
      adminPageRoutes({
        ...admin,
        opcoNames: Object.fromEntries(deps.opcos.map((o) => [o.id, o.name])),
        limiter: deps.limiter,
      }),
    );
}
