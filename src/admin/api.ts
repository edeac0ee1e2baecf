import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { type EventStats, RefusalSchema, StatsSchema, UnansweredSchema } from "../analytics/stats";
import type { Centre } from "../core/centre";
import { dayIn } from "../core/days";
import { DeliverySchema, LeadSchema } from "../core/lead";
import { errorResponse, jsonError } from "../http/errors";
import type { AppEnv } from "../http/types";
import { validationHook } from "../http/validation";
import type { LeadStore } from "../leads/store";
import { adminBearer } from "./auth";
import { leadsCsv } from "./csv";
import { PeriodQuerySchema, periodOf, periodQuery } from "./period";

const errors = {
  400: errorResponse("Invalid query"),
  401: errorResponse("No token, or not the right one"),
  503: errorResponse("No ADMIN_TOKEN, or no database (CENTRE_DB)"),
};
const security = [{ adminToken: [] }];

const statsRoute = createRoute({
  method: "get",
  path: "/api/admin/stats",
  summary: "What visitors did: the funnel per day and channel, steps, OPCOs and schemes asked",
  security,
  request: { query: PeriodQuerySchema },
  responses: {
    200: { description: "The counts", content: { "application/json": { schema: StatsSchema } } },
    ...errors,
  },
});

const unansweredRoute = createRoute({
  method: "get",
  path: "/api/admin/unanswered",
  summary: "The questions the assistant could not answer, most asked first (personal data masked)",
  security,
  request: {
    query: periodQuery({
      outcome: RefusalSchema.default("low_confidence").describe(
        "low_confidence: no card answers for sure (the cards to write); off_topic; or all",
      ),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
  },
  responses: {
    200: { description: "The questions", content: { "application/json": { schema: UnansweredSchema } } },
    ...errors,
  },
});

export const LeadListSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  timeZone: z.string(),
  leads: z.array(LeadSchema.extend({ delivery: DeliverySchema })),
});

const leadsRoute = createRoute({
  method: "get",
  path: "/api/admin/leads",
  summary: "The call-back requests, newest first, as JSON or CSV",
  security,
  request: {
    query: periodQuery({
      format: z.enum(["json", "csv"]).default("json"),
      limit: z.coerce.number().int().min(1).max(5000).default(500),
    }),
  },
  responses: {
    200: {
      description: "The leads",
      content: { "application/json": { schema: LeadListSchema }, "text/csv": { schema: z.string() } },
    },
    ...errors,
  },
});

export interface AdminDeps {
  /** ADMIN_TOKEN; none: every admin route answers 503. */
  token?: string | undefined;
  events: EventStats | null;
  leads: LeadStore | null;
  centre: Centre;
  now?: () => number;
}

const NO_DATABASE = "This server keeps no analytics and no leads: bind the CENTRE_DB database.";
const UNREADABLE =
  "The database could not be read: it is unreachable or not migrated (wrangler d1 migrations apply CENTRE_DB).";

/** `GET /api/admin/stats`, `/api/admin/unanswered` and `/api/admin/leads`, behind `Authorization: Bearer <ADMIN_TOKEN>`. */
export function adminApiRoutes({ token, events, leads, centre, now = Date.now }: AdminDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  // A database that fails (not migrated, unreachable) is a 503 that says so, never a 500.
  app.onError((error, c) =>
    error instanceof HTTPException ? error.getResponse() : jsonError(c, 503, "not_configured", UNREADABLE),
  );
  app.openAPIRegistry.registerComponent("securitySchemes", "adminToken", { type: "http", scheme: "bearer" });
  app.use("/api/admin/*", adminBearer(token));
  app.use("/api/admin/*", async (c, next) => {
    c.header("Cache-Control", "no-store");
    await next();
  });
  const today = () => dayIn(centre.timeZone)(now());
  return app
    .openapi(statsRoute, async (c) => {
      if (!events) return jsonError(c, 503, "not_configured", NO_DATABASE);
      return c.json(await events.stats(periodOf(c.req.valid("query"), today(), centre.timeZone)), 200);
    })
    .openapi(unansweredRoute, async (c) => {
      if (!events) return jsonError(c, 503, "not_configured", NO_DATABASE);
      const query = c.req.valid("query");
      return c.json(
        await events.unanswered(periodOf(query, today(), centre.timeZone), query.outcome, query.limit),
        200,
      );
    })
    .openapi(leadsRoute, async (c) => {
      if (!leads) return jsonError(c, 503, "not_configured", NO_DATABASE);
      const query = c.req.valid("query");
      const period = periodOf(query, today(), centre.timeZone);
      const records = await leads.list({ ...period, limit: query.limit });
      if (query.format === "csv") {
        c.header("Content-Disposition", `attachment; filename="leads-${period.from}-${period.to}.csv"`);
        return c.body(leadsCsv(records, centre.lang), 200, { "Content-Type": "text/csv; charset=utf-8" });
      }
      return c.json({ ...period, leads: records.map(({ lead, delivery }) => ({ ...lead, delivery })) }, 200);
    });
}
