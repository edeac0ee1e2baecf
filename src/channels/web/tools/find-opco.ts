import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ErrorBodySchema } from "../../../core/errors";
import type { AppEnv } from "../../../http/types";
import { validationHook } from "../../../http/validation";
import { type FindOpcoDeps, findOpco } from "../../../tools/find-opco";
import { FindOpcoInputSchema, FindOpcoOutputSchema } from "../../../tools/find-opco-schema";

const route = createRoute({
  method: "post",
  path: "/api/tools/find-opco",
  summary: "Find the OPCO of an employer",
  description:
    "By IDCC (certain), SIRET or SIREN (public company directory, with a fallback when it is unreachable), " +
    "NAF code (probable) or a free-text description (candidates). A malformed identifier gets 200 with " +
    '`status: "invalid_input"` and the reason; where no OPCO applies, `not_applicable` names who funds.',
  request: { body: { required: true, content: { "application/json": { schema: FindOpcoInputSchema } } } },
  responses: {
    200: {
      description: "The OPCO, the candidates or why none",
      content: { "application/json": { schema: FindOpcoOutputSchema } },
    },
    400: { description: "Invalid body", content: { "application/json": { schema: ErrorBodySchema } } },
  },
});

export const findOpcoRoutes = (deps: FindOpcoDeps) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) =>
    c.json(await findOpco(c.req.valid("json"), deps), 200),
  );
