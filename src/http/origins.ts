import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { jsonError } from "./errors";
import type { AppEnv } from "./types";

/**
 * CORS with an allowlist. Requests from the app's own origin or an allowed origin pass (with
 * CORS headers for the latter); a browser request from any other origin is refused with 403
 * before it reaches a route, so another site can neither read nor trigger the API.
 */
export function originGuard(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const allow = new Set(allowed);
  const corsHeaders = cors({
    origin: (origin) => (allow.has(origin) ? origin : null),
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["Content-Type", "Accept"],
    exposeHeaders: ["X-Request-Id"],
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header("Origin");
    if (origin && origin !== new URL(c.req.url).origin && !allow.has(origin)) {
      return jsonError(c, 403, "forbidden_origin", "This origin is not allowed to call the assistant");
    }
    return corsHeaders(c, next);
  };
}
