import type { Context, MiddlewareHandler } from "hono";
import type { RateLimiter } from "../core/rate-limit";
import { jsonError } from "./errors";
import type { AppEnv } from "./types";

/** The client's address as Cloudflare gives it; absent outside Cloudflare (tests, Node). */
export const clientIpKey = (c: Context): string[] => {
  const ip = c.req.header("CF-Connecting-IP")?.trim();
  return ip ? [`ip:${ip}`] : [];
};

/** The `sessionId` of a JSON body, if it has one; the route's validator still checks the body afterwards. */
export async function bodySessionKey(c: Context): Promise<string[]> {
  const body: unknown = await c.req.json().catch(() => null);
  const sessionId = body && typeof body === "object" ? (body as { sessionId?: unknown }).sessionId : undefined;
  return typeof sessionId === "string" && sessionId ? [`session:${sessionId}`] : [];
}

/**
 * Lets a request through when every key `keysOf` gives it still has a token; otherwise
 * `429 {"error": {"code": "rate_limited"}}` with `Retry-After` in seconds.
 */
export function rateLimit(
  limiter: RateLimiter,
  keysOf: (c: Context<AppEnv>) => string[] | Promise<string[]>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = limiter.take(await keysOf(c));
    if (!decision.ok) {
      c.header("Retry-After", String(decision.retryAfterSeconds));
      return jsonError(
        c,
        429,
        "rate_limited",
        `Too many requests; please wait ${decision.retryAfterSeconds} s before trying again.`,
      );
    }
    await next();
  };
}
