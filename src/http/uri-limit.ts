import type { MiddlewareHandler } from "hono";
import { jsonError } from "./errors";
import type { AppEnv } from "./types";

/**
 * Longest URL accepted, in characters: well under what the runtimes cut themselves (about 16 KB at
 * Cloudflare's edge, 64 KB in workerd, each with a plain-text 414 of its own), so that every URL
 * the app receives over it gets the API's JSON error. No route needs more than a few hundred.
 */
export const MAX_URL_LENGTH = 8 * 1024;

/** `414 {"error": {"code": "uri_too_long"}}` for a URL over `max` characters, before any other work. */
export const uriLimit =
  (max = MAX_URL_LENGTH): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (c.req.url.length > max) {
      return jsonError(c, 414, "uri_too_long", `URLs are limited to ${max} characters; send long input in a POST body`);
    }
    await next();
  };
