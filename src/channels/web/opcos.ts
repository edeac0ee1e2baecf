import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { type Opco, OpcoSchema } from "../../core/opco";
import type { AppEnv } from "../../http/types";

const route = createRoute({
  method: "get",
  path: "/api/opcos",
  summary: "The 11 OPCOs",
  responses: {
    200: {
      description: "Every OPCO with its id, names, website and sectors",
      content: { "application/json": { schema: z.object({ opcos: z.array(OpcoSchema) }) } },
    },
  },
});

export const opcoRoutes = (opcos: readonly Opco[]) =>
  new OpenAPIHono<AppEnv>().openapi(route, (c) => c.json({ opcos: [...opcos] }, 200));
