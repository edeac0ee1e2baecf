import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { ErrorBodySchema, type ErrorCode, errorBody } from "../core/errors";
import type { Logger } from "../core/logger";
import type { AppEnv } from "./types";

/** `{error: {code, message}}` with its status, typed so that routes declaring that status accept it. */
export const jsonError = <S extends ContentfulStatusCode>(c: Context, status: S, code: ErrorCode, message: string) =>
  c.json(errorBody(code, message), status);

/** An error response of a route's OpenAPI description: what the status means, and the JSON error as its body. */
export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorBodySchema } },
});

/** Turns a zod validation failure into `400 {error: {code: "invalid_request", message}}` naming each field. */
export function validationMessage(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  jsonError(c, 404, "not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}`);

/** Known HTTP errors keep their status with a JSON body; anything else is logged and answered with a 500 that leaks nothing. */
export function onError(logger: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (err instanceof HTTPException) {
      // An authentication middleware's own answer (its JSON body and WWW-Authenticate header) goes out as it is.
      if (err.status === 401 && err.res) return err.getResponse();
      const status = err.status as ContentfulStatusCode;
      if (status === 413) return jsonError(c, 413, "payload_too_large", err.message || "Request body too large");
      if (status === 400 && /json/i.test(err.message))
        return jsonError(c, 400, "invalid_json", "The body is not valid JSON");
      if (status < 500) return jsonError(c, status, "invalid_request", err.message || "Invalid request");
    }
    logger.error("unhandled error", {
      requestId: c.get("requestId"),
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    });
    return jsonError(c, 500, "internal_error", "Something went wrong on our side; please try again.");
  };
}
