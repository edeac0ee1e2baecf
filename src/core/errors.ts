import { z } from "zod";

export const ErrorCodeSchema = z.enum([
  "invalid_request",
  "invalid_json",
  "payload_too_large",
  "uri_too_long",
  "not_found",
  "method_not_allowed",
  "forbidden_origin",
  "internal_error",
  "unauthorized",
  "not_configured",
  "rate_limited",
  "forbidden",
  "consent_required",
  "contact_required",
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every error the HTTP API returns has this shape. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const errorBody = (code: ErrorCode, message: string): ErrorBody => ({ error: { code, message } });
