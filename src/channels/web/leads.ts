import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ErrorCode } from "../../core/errors";
import type { Channel } from "../../core/ids";
import {
  CONSENT_REQUIRED,
  CONTACT_REQUIRED,
  LeadCreatedSchema,
  type LeadRequest,
  LeadRequestSchema,
} from "../../core/lead";
import type { Logger } from "../../core/logger";
import type { RateLimiter } from "../../core/rate-limit";
import type { Defer } from "../../http/defer";
import { errorResponse, jsonError, validationMessage } from "../../http/errors";
import { bodySessionKey, clientIpKey, rateLimit } from "../../http/rate-limit";
import type { AppEnv } from "../../http/types";
import type { LeadService } from "../../leads/service";
import { isRandomSessionId, SLACK_SESSION_PREFIX, TEAMS_SESSION_PREFIX } from "../session-ids";
import type { SummaryLinks } from "../summary-links";

const route = createRoute({
  method: "post",
  path: "/api/leads",
  summary: "Ask to be called back by the centre",
  description:
    "The visitor's name, an e-mail address or a phone number (or both), when to call, a message, and their explicit " +
    "consent (`consent: true`). The lead keeps the conversation's profile and the link to its plan, never the " +
    "conversation; it is stored, then forwarded to the centre's webhook (retried until delivered). " +
    "A Slack or Teams conversation needs `sig`, the signature its link carries.",
  request: { body: { required: true, content: { "application/json": { schema: LeadRequestSchema } } } },
  responses: {
    201: { description: "The lead is stored", content: { "application/json": { schema: LeadCreatedSchema } } },
    400: errorResponse(
      "Invalid body; `consent_required` without consent, `contact_required` without an e-mail or phone",
    ),
    403: errorResponse("A chat app's conversation without a valid signature"),
    404: errorResponse("No such conversation"),
    429: errorResponse("Too many requests; see Retry-After"),
    503: errorResponse("This server keeps no leads (no database)"),
  },
});

/** The code of a refused lead: the two reasons a form shows by its fields, else the generic one. */
export function leadErrorCode(message: string): ErrorCode {
  if (message.includes(CONSENT_REQUIRED)) return "consent_required";
  if (message.includes(CONTACT_REQUIRED)) return "contact_required";
  return "invalid_request";
}

/** The channel of a conversation, from its id. */
export const channelOfSession = (sessionId: string): Channel =>
  sessionId.startsWith(SLACK_SESSION_PREFIX) ? "slack" : sessionId.startsWith(TEAMS_SESSION_PREFIX) ? "teams" : "web";

const STORE_FAILED =
  "The request could not be stored: the database is unreachable or not migrated (wrangler d1 migrations apply CENTRE_DB). Please try again later.";

export interface LeadRouteDeps {
  /** None: this server keeps no leads, the route answers 503. */
  service: LeadService | null;
  links: SummaryLinks;
  defer: Defer;
  limiter?: RateLimiter | undefined;
  /** Public origin of the assistant (PUBLIC_BASE_URL), else the request's. */
  publicBaseUrl?: string | undefined;
  logger?: Logger | undefined;
}

export type SubmitResult =
  | { ok: true; id: string; createdAt: string; forwarded: boolean }
  | { ok: false; status: 403 | 404 | 503; code: ErrorCode; message: string };

/**
 * What the API and the contact page share once a request is valid: the signature of a chat app's
 * conversation, the lead itself, and the work after the response (the outbox, the count).
 */
export function submitLead(deps: LeadRouteDeps) {
  return async (c: Context<AppEnv>, request: LeadRequest): Promise<SubmitResult> => {
    const { service, links } = deps;
    if (!service)
      return {
        ok: false,
        status: 503,
        code: "not_configured",
        message: "This server keeps no leads: it has no database.",
      };
    if (!isRandomSessionId(request.sessionId) && !(request.sig && (await links.verify(request.sessionId, request.sig))))
      return {
        ok: false,
        status: 403,
        code: "forbidden",
        message: "This link is not valid; open it again from the conversation.",
      };
    const baseUrl = deps.publicBaseUrl ?? new URL(c.req.url).origin;
    let result: Awaited<ReturnType<LeadService>>;
    try {
      result = await service(request, { channel: channelOfSession(request.sessionId), baseUrl });
    } catch (error) {
      deps.logger?.error("lead not stored", { error: error instanceof Error ? error.name : "unknown" });
      return { ok: false, status: 503, code: "not_configured", message: STORE_FAILED };
    }
    if (!result.ok) return { ok: false, status: 404, code: "not_found", message: result.message };
    deps.defer(c, result.after());
    return { ok: true, id: result.lead.id, createdAt: result.lead.createdAt, forwarded: result.forwarded };
  };
}

/** `POST /api/leads`, counted against the client IP and the session like a chat turn. */
export function leadRoutes(deps: LeadRouteDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const message = validationMessage(result.error);
      return jsonError(c, 400, leadErrorCode(message), message);
    },
  });
  if (deps.limiter)
    app.use(
      route.path,
      rateLimit(deps.limiter, async (c) => [...clientIpKey(c), ...(await bodySessionKey(c))]),
    );
  const submit = submitLead(deps);
  return app.openapi(route, async (c) => {
    const result = await submit(c, c.req.valid("json"));
    if (!result.ok) return jsonError(c, result.status, result.code, result.message);
    return c.json({ id: result.id, createdAt: result.createdAt, forwarded: result.forwarded }, 201);
  });
}
