import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./types";

/** The platform's peer address of a request (a Node server's socket), when it knows one. */
export type SocketAddress = (c: Context) => string | undefined;

/** The one bucket of every client whose address cannot be trusted or known. */
export const UNKNOWN_CLIENT = "unknown";

/** True when the request came through Cloudflare's edge, which sets `request.cf` (and overwrites `CF-Connecting-IP`). */
const throughCloudflare = (c: Context) => {
  const cf = (c.req.raw as Request & { cf?: unknown }).cf;
  return typeof cf === "object" && cf !== null;
};

/**
 * The client's address: `CF-Connecting-IP` only on Cloudflare (`request.cf` present: the edge sets
 * the header and overwrites any value the client sent); elsewhere that header is the client's own
 * word and is ignored, and the platform's socket address is used when it has one, else a single
 * "unknown" bucket that every such client shares.
 */
export function clientAddress(c: Context, socketAddress?: SocketAddress): string {
  if (throughCloudflare(c)) {
    const ip = c.req.header("CF-Connecting-IP")?.trim();
    if (ip) return ip;
  }
  return socketAddress?.(c)?.trim() || UNKNOWN_CLIENT;
}

/** Sets `clientIp` on the context for the rate limits. */
export const clientIpMiddleware =
  (socketAddress?: SocketAddress): MiddlewareHandler<AppEnv> =>
  (c, next) => {
    c.set("clientIp", clientAddress(c, socketAddress));
    return next();
  };
