import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { ErrorBodySchema } from "../../../core/errors";
import type { AppEnv } from "../../../http/types";
import { validationHook } from "../../../http/validation";
import { fundingRoutes } from "../../../tools/funding-routes";
import { FundingRoutesInputSchema, FundingRoutesOutputSchema } from "../../../tools/funding-routes-schema";

const route = createRoute({
  method: "post",
  path: "/api/tools/funding-routes",
  summary: "Funding routes open to a profile",
  description:
    "From the status (and, for a provider, its client's), the company headcount and the training goal: every relevant " +
    "scheme with yes / maybe / no, why in a full sentence and who pays, plus funders outside the schemes (FAF, CNFPT/ANFH, AIF).",
  request: { body: { required: true, content: { "application/json": { schema: FundingRoutesInputSchema } } } },
  responses: {
    200: {
      description: "The routes, yes first",
      content: { "application/json": { schema: FundingRoutesOutputSchema } },
    },
    400: {
      description: "Invalid body (unknown status or goal, negative headcount)",
      content: { "application/json": { schema: ErrorBodySchema } },
    },
  },
});

export const fundingRoutesRoutes = () =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, (c) =>
    c.json(fundingRoutes(c.req.valid("json")), 200),
  );
