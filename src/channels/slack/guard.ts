import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../core/logger";
import { jsonError } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { type SignatureCheck, verifySlackSignature } from "./signature";

const REASONS: Record<Exclude<SignatureCheck, "ok">, string> = {
  missing: "The request is not signed by Slack",
  stale: "The request timestamp is more than 5 minutes away",
  mismatch: "The Slack signature does not match",
};

/**
 * Lets a request through only when Slack signed it: `X-Slack-Signature` over the exact raw
 * body, read once here (Hono caches it for the route), with a timestamp of the last 5 minutes.
 */
export function slackGuard(
  signingSecret: string,
  logger: Logger,
  now: () => number = Date.now,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const check = await verifySlackSignature({
      secret: signingSecret,
      timestamp: c.req.header("X-Slack-Request-Timestamp"),
      signature: c.req.header("X-Slack-Signature"),
      body: await c.req.text(),
      nowSeconds: Math.floor(now() / 1000),
    });
    if (check !== "ok") {
      logger.warn("slack request refused", { requestId: c.get("requestId"), reason: check });
      return jsonError(c, 401, "unauthorized", REASONS[check]);
    }
    await next();
  };
}
