import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { errorResponse } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import { TOOLS, type ToolSet } from "../../tools/catalogue";
import { type Tool, toolPath } from "../../tools/tool";

/** `POST /api/tools/<slug>` for one tool of the catalogue: its input schema validates the body, its output schema documents the answer. */
function toolRoute(tool: Tool, run: (input: unknown) => Promise<unknown>) {
  const route = createRoute({
    method: "post",
    path: toolPath(tool.name),
    summary: tool.summary,
    description: `${tool.description} Also \`npm run tool -- ${toolPath(tool.name).split("/").at(-1)}\`.`,
    request: { body: { required: true, content: { "application/json": { schema: tool.input } } } },
    responses: {
      200: { description: tool.summary, content: { "application/json": { schema: tool.output } } },
      400: errorResponse("Invalid body"),
    },
  });
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) =>
    c.json(await run(c.req.valid("json")), 200),
  );
}

/** Every tool of the catalogue as an HTTP route. */
export function toolRoutes(tools: ToolSet) {
  const app = new OpenAPIHono<AppEnv>();
  for (const tool of TOOLS) {
    const run = tools[tool.name] as (input: unknown) => Promise<unknown>;
    app.route("/", toolRoute(tool, run));
  }
  return app;
}
