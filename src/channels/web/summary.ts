import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { SessionIdSchema } from "../../core/chat";
import { type NextStepsSummary, NextStepsSummarySchema } from "../../core/summary";
import type { DialogueState } from "../../dialogue/state";
import { errorResponse, jsonError } from "../../http/errors";
import { policyWithInlineStyles } from "../../http/security-headers";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import type { SessionStore } from "../../store/session-store";
import { renderHtml } from "../../summary/html";
import { isRandomSessionId } from "../session-ids";
import type { SummaryLinks } from "../summary-links";

const route = createRoute({
  method: "get",
  path: "/api/sessions/{id}/summary",
  summary: "The next-steps summary of a conversation",
  description:
    "Available at any moment: partial while facts are missing. JSON, Markdown or a standalone printable HTML page, in the session's language. " +
    "A conversation whose id is not a random UUID (Slack, Teams) is only served with `sig`, the signature its chat link carries.",
  request: {
    params: z.object({ id: SessionIdSchema }),
    query: z.object({
      format: z.enum(["json", "md", "html"]).default("json"),
      sig: z
        .string()
        .max(128)
        .optional()
        .describe("Signature of the session id, given in the links sent to Slack and Teams"),
    }),
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
    400: errorResponse("Invalid id or format"),
    403: errorResponse("A chat app's conversation without a valid signature"),
    404: errorResponse("No such conversation"),
  },
});

export interface SummaryDeps {
  store: SessionStore;
  summarize: (state: DialogueState) => Promise<NextStepsSummary>;
  /** Checks the `sig` of conversations whose id can be guessed. */
  links: SummaryLinks;
}

const NO_SECRET =
  "Summaries of Slack and Teams conversations are only served through signed links, and this server has no SUMMARY_LINK_SECRET to check them.";
const BAD_SIG = "This summary link is not valid; open the plan again from the conversation.";

export const summaryRoutes = ({ store, summarize, links }: SummaryDeps) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    const { format, sig } = c.req.valid("query");
    // Checked before the session is read: a refused request learns nothing, not even whether the conversation exists.
    if (!isRandomSessionId(id)) {
      if (!links.enabled) return jsonError(c, 403, "forbidden", NO_SECRET);
      if (!sig || !(await links.verify(id, sig))) return jsonError(c, 403, "forbidden", BAD_SIG);
    }
    const saved = await store.load(id);
    if (!saved) return jsonError(c, 404, "not_found", "No conversation with this id (it may have expired)");
    const summary = await summarize(saved.session.state);
    const filename = `plan-formation-${id.slice(0, 8)}`;
    if (format === "md") {
      c.header("Content-Disposition", `inline; filename="${filename}.md"`);
      return c.body(summary.text, 200, { "Content-Type": "text/markdown; charset=utf-8" });
    }
    if (format === "html") {
      const html = renderHtml(summary);
      c.header("Content-Security-Policy", await policyWithInlineStyles(html));
      return c.html(html, 200);
    }
    return c.json(summary, 200);
  });
