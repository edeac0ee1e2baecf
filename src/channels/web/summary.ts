import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { SessionIdSchema } from "../../core/chat";
import { ErrorBodySchema } from "../../core/errors";
import { NextStepsSummarySchema, type NextStepsSummary } from "../../core/summary";
import type { DialogueState } from "../../dialogue/state";
import { jsonError } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import type { SessionStore } from "../../store/session-store";
import { renderHtml } from "../../summary/html";

const route = createRoute({
  method: "get",
  path: "/api/sessions/{id}/summary",
  summary: "The next-steps summary of a conversation",
  description: "Available at any moment: partial while facts are missing. JSON, Markdown or a standalone printable HTML page, in the session's language.",
  request: {
    params: z.object({ id: SessionIdSchema }),
    query: z.object({ format: z.enum(["json", "md", "html"]).default("json") }),
  },
  responses: {
    200: {
      description: "The summary",
      content: {
        "application/json": { schema: NextStepsSummarySchema },
        "text/markdown": { schema: z.string() },
        "text/html": { schema: z.string() },
      },
    },
    400: { description: "Invalid id or format", content: { "application/json": { schema: ErrorBodySchema } } },
    404: { description: "No such conversation", content: { "application/json": { schema: ErrorBodySchema } } },
  },
});

export interface SummaryDeps {
  store: SessionStore;
  summarize: (state: DialogueState) => NextStepsSummary;
}

export const summaryRoutes = ({ store, summarize }: SummaryDeps) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const { format } = c.req.valid("query");
    const saved = await store.load(id);
    if (!saved) return jsonError(c, 404, "not_found", "No conversation with this id (it may have expired)") as never;
    const summary = summarize(saved.session.state);
    const filename = `plan-formation-${id.slice(0, 8)}`;
    if (format === "md") {
      c.header("Content-Disposition", `inline; filename="${filename}.md"`);
      return c.body(summary.text, 200, { "Content-Type": "text/markdown; charset=utf-8" }) as never;
    }
    if (format === "html") return c.html(renderHtml(summary), 200) as never;
    return c.json(summary, 200);
  });
