import type { Hook } from "@hono/zod-openapi";
import { jsonError, validationMessage } from "./errors";
import type { AppEnv } from "./types";

/** The hook every validated route uses: a body, query or path that fails its schema gets a 400 naming the fields. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result, c) => {
  if (!result.success) return jsonError(c, 400, "invalid_request", validationMessage(result.error));
  return undefined;
};
