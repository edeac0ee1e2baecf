import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../core/logger";
import type { RateLimiter } from "../../core/rate-limit";
import type { Defer } from "../../http/defer";
import { errorResponse, jsonError } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import type { SessionStore } from "../../store/session-store";
import { playAndDeliver, tellToSlowDown } from "../play";
import type { SummaryLinks } from "../summary-links";
import { ActivitySchema } from "./activity";
import { type AuthResult, createTeamsAuth, serviceUrlAllowed, serviceUrlMatches } from "./auth";
import type { TeamsConfig } from "./config";
import { createConnector } from "./connector";
import { activityTurn, teamsDelivery, teamsUserKey } from "./handler";
import { createKeySource } from "./keys";
import { createTokenClient } from "./token";

export interface TeamsRouteDeps {
  /** Null when TEAMS_APP_ID / TEAMS_APP_PASSWORD are not set: the route then answers 503. */
  config: TeamsConfig | null;
  store: SessionStore;
  logger: Logger;
  defer: Defer;
  fetch?: typeof fetch;
  now?: () => number;
  /** Turns per Teams user (AAD object id, else the channel account id); none: no limit. */
  limiter?: RateLimiter;
  /** Signs the links to the HTML summary. */
  links: SummaryLinks;
}

type TeamsEnv = AppEnv & { Variables: { teamsAuth: Extract<AuthResult, { ok: true }> } };

/**
 * `POST /teams/messages`: the Bot Framework messaging endpoint. The bearer token is checked
 * before the body is even parsed; a valid activity is acknowledged with 202 at once and played
 * after the response (`defer`), the reply going back through the Bot Connector.
 */
export function teamsRoutes(deps: TeamsRouteDeps) {
  const { config, logger } = deps;
  const verify = config
    ? createTeamsAuth({
        appId: config.appId,
        keys: createKeySource({ metadataUrl: config.openIdMetadataUrl, fetch: deps.fetch, now: deps.now }),
        now: deps.now,
      })
    : undefined;
  const tokens = config
    ? createTokenClient({
        tokenUrl: config.tokenUrl,
        appId: config.appId,
        appPassword: config.appPassword,
        fetch: deps.fetch,
        now: deps.now,
      })
    : undefined;
  const connector = tokens ? createConnector({ tokens, logger, fetch: deps.fetch }) : undefined;

  const authenticate: MiddlewareHandler<TeamsEnv> = async (c, next) => {
    if (!verify)
      return jsonError(c, 503, "not_configured", "The Teams bot is not configured (TEAMS_APP_ID, TEAMS_APP_PASSWORD)");
    const result = await verify(c.req.header("Authorization"));
    if (!result.ok) {
      logger.warn("teams request refused", { requestId: c.get("requestId"), reason: result.reason });
      return jsonError(c, 401, "unauthorized", "Missing or invalid Bot Framework token");
    }
    c.set("teamsAuth", result);
    return next();
  };

  const route = createRoute({
    method: "post",
    path: "/teams/messages",
    summary: "Microsoft Teams bot messaging endpoint (Bot Framework activities)",
    description:
      "Receives Bot Framework activities signed with a Bot Framework JWT. Messages and card submits are played " +
      "on the conversation's session after the response; the reply is posted to the activity's serviceUrl.",
    middleware: [authenticate] as const,
    request: { body: { required: true, content: { "application/json": { schema: ActivitySchema } } } },
    responses: {
      202: { description: "Accepted; the reply follows through the Bot Connector" },
      400: errorResponse("Not an activity"),
      401: errorResponse("Missing or invalid token"),
      503: errorResponse("The Teams bot is not configured"),
    },
  });

  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) => {
    const activity = c.req.valid("json");
    const refusal = !serviceUrlMatches(c.get("teamsAuth").claims, activity.serviceUrl)
      ? "serviceUrl missing from the token or different"
      : !serviceUrlAllowed(activity.serviceUrl, config?.serviceUrlHosts ?? [])
        ? "serviceUrl not a Bot Framework host"
        : undefined;
    if (refusal) {
      logger.warn("teams request refused", { requestId: c.get("requestId"), reason: refusal });
      return jsonError(c, 401, "unauthorized", "Missing or invalid Bot Framework token");
    }
    const turn = connector ? await activityTurn(activity, c.get("requestId")) : undefined;
    if (!connector || !turn) return c.body(null, 202);
    const origin = new URL(c.req.url).origin;
    const delivery = teamsDelivery(
      activity,
      connector,
      (sessionId) => deps.links.htmlUrl(origin, sessionId),
      (sessionId, lang) => deps.links.contactUrl(origin, sessionId, lang),
    );
    const decision = activity.type === "message" ? deps.limiter?.take([teamsUserKey(activity)]) : undefined;
    if (decision && !decision.ok) {
      logger.warn("teams user rate limited", { requestId: turn.requestId, retryAfter: decision.retryAfterSeconds });
      // Told once, in the conversation; the messages that follow within the minute are dropped silently.
      if (decision.firstRefusal) deps.defer(c, tellToSlowDown(deps, turn, delivery));
      return c.body(null, 202);
    }
    deps.defer(c, playAndDeliver(deps, turn, delivery));
    return c.body(null, 202);
  });
}
