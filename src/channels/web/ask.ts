import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ComposerSchema } from "../../core/chat";
import { LangSchema } from "../../core/lang";
import type { RateLimiter } from "../../core/rate-limit";
import { CitationSchema, ToolCallSchema } from "../../core/reply";
import type { AskHandler } from "../../dialogue/brain";
import { errorResponse } from "../../http/errors";
import { clientIpKey, rateLimit } from "../../http/rate-limit";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";

export const AskRequestSchema = z.object({
  question: z.string().trim().min(1).max(2000).describe("One question, in French or English"),
  lang: LangSchema.optional().describe("Language of the answer; detected from the question when absent"),
});

export const AskResponseSchema = z.object({
  lang: LangSchema,
  answer: z.object({
    text: z.string().describe("The answer in Markdown"),
    citations: z.array(CitationSchema).describe("Official sources of the answer"),
  }),
  retrieved: z
    .array(z.object({ id: z.string(), title: z.string(), score: z.number() }))
    .describe("The cards found, best first"),
  outcome: z
    .enum(["answered", "low_confidence", "off_topic"])
    .describe(
      "answered by a tool or a card; low_confidence: neither answers for sure (the guided dialogue is offered); off_topic",
    ),
  toolCalls: z.array(ToolCallSchema).describe("The tools the answer used (findOpco, listDocuments...)"),
  composer: ComposerSchema.optional(),
});

const route = createRoute({
  method: "post",
  path: "/api/ask",
  summary: "Answer one question",
  description:
    "No dialogue state. The question is read as the chat reads it; a tool answers when one applies (who funds a " +
    "company or a status, the documents of a scheme), then the best card's short answer, up to two related cards and " +
    "the official sources. Refused only when neither a tool nor a card answers.",
  request: { body: { required: true, content: { "application/json": { schema: AskRequestSchema } } } },
  responses: {
    200: { description: "The answer", content: { "application/json": { schema: AskResponseSchema } } },
    400: errorResponse("Invalid body"),
    429: errorResponse("Too many questions from this client; see Retry-After"),
  },
});

/** `POST /api/ask`; with a limiter, questions are counted per client address (see `clientAddress`). */
export function askRoutes(answer: AskHandler, limiter?: RateLimiter) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  if (limiter) app.use(route.path, rateLimit(limiter, clientIpKey));
  return app.openapi(route, async (c) => {
    const { question, lang } = c.req.valid("json");
    const answered = await answer(question, lang);
    return c.json(
      {
        lang: answered.lang,
        answer: { text: answered.text, citations: answered.citations },
        retrieved: answered.retrieved,
        outcome: answered.outcome,
        toolCalls: answered.toolCalls,
        ...(answered.composer ? { composer: answered.composer } : {}),
      },
      200,
    );
  });
}
