import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../http/types";

const HealthSchema = z.object({
  ok: z.literal(true),
  version: z.string(),
  knowledge: z.object({ cards: z.number().int(), builtAt: z.string().nullable() }),
});

const route = createRoute({
  method: "get",
  path: "/health",
  summary: "Liveness and version",
  responses: { 200: { description: "The service is up", content: { "application/json": { schema: HealthSchema } } } },
});

export interface HealthDeps {
  version: string;
  knowledge: { cards: number; builtAt: string | null };
}

export const healthRoutes = ({ version, knowledge }: HealthDeps) =>
  new OpenAPIHono<AppEnv>().openapi(route, (c) => c.json({ ok: true as const, version, knowledge }, 200));
