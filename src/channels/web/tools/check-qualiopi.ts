import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ErrorBodySchema } from "../../../core/errors";
import type { AppEnv } from "../../../http/types";
import { validationHook } from "../../../http/validation";
import {
  type CheckQualiopiDeps,
  CheckQualiopiInputSchema,
  CheckQualiopiOutputSchema,
  checkQualiopi,
} from "../../../tools/check-qualiopi";

const route = createRoute({
  method: "post",
  path: "/api/tools/check-qualiopi",
  summary: "Is a training provider Qualiopi-certified?",
  description:
    "Looks the provider up by SIRET, SIREN, NDA or name in the official list imported locally, then in the company " +
    "directory. A malformed number answers `invalid_identifier` with the reason; no data answers `unknown` with how to check.",
  request: { body: { required: true, content: { "application/json": { schema: CheckQualiopiInputSchema } } } },
  responses: {
    200: {
      description: "The certification status, its categories, source and date",
      content: { "application/json": { schema: CheckQualiopiOutputSchema } },
    },
    400: {
      description: "Invalid body (no identifier, wrong types)",
      content: { "application/json": { schema: ErrorBodySchema } },
    },
  },
});

export const checkQualiopiRoutes = (deps: CheckQualiopiDeps) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) =>
    c.json(await checkQualiopi(c.req.valid("json"), deps), 200),
  );
