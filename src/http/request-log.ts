import type { MiddlewareHandler } from "hono";
import type { Logger } from "../core/logger";
import type { AppEnv } from "./types";

/**
 * One structured log line per request: id, method, path (never the query string, which can
 * hold user text), status and duration. The request id is also returned as `X-Request-Id`.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    };
    if (status >= 500) logger.error("request", line);
    else logger.info("request", line);
  };
}
