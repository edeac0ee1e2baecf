import type { Context, MiddlewareHandler } from "hono";
import type { RateLimiter } from "../core/rate-limit";
import { clientAddress } from "./client-ip";
import { jsonError } from "./errors";
import type { AppEnv } from "./types";

/** Rate-limit key of the client's address (set by `clientIpMiddleware`; see `clientAddress`) for chat turns and questions. */
export const clientIpKey = (c: Context<AppEnv>): string[] => [`ip:${c.get("clientIp") ?? clientAddress(c)}`];

/** Rate-limit key of the client's address for the tool, search and summary routes: a bucket of its own. */
export const apiClientKey = (c: Context<AppEnv>): string[] => [`api:${clientIpKey(c)[0]}`];

/** Client addresses may be a whole office behind one address: such keys get ten people's allowance. */
export const isAddressKey = (key: string) => key.startsWith("ip:") || key.startsWith("api:ip:");

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
