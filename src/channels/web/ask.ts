import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ErrorBodySchema } from "../../core/errors";
import { LangSchema } from "../../core/lang";
import type { RateLimiter } from "../../core/rate-limit";
import { CitationSchema } from "../../core/reply";
import { clientIpKey, rateLimit } from "../../http/rate-limit";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import { ask } from "../../retrieval/ask";
import type { KnowledgeBase } from "../../retrieval/knowledge";

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
      "answered from a card; low_confidence: no card answers for sure (the guided dialogue is offered); off_topic",
    ),
});

const route = createRoute({
  method: "post",
  path: "/api/ask",
  summary: "Answer one question from the knowledge base",
  description: "No dialogue state: the best card's short answer, up to two related cards and the official sources.",
  request: { body: { required: true, content: { "application/json": { schema: AskRequestSchema } } } },
  responses: {
    200: { description: "The answer", content: { "application/json": { schema: AskResponseSchema } } },
    400: { description: "Invalid body", content: { "application/json": { schema: ErrorBodySchema } } },
    429: {
      description: "Too many questions from this client; see Retry-After",
      content: { "application/json": { schema: ErrorBodySchema } },
    },
  },
});

/** `POST /api/ask`; with a limiter, questions are counted per client IP (`CF-Connecting-IP`). */
export function askRoutes(kb: KnowledgeBase, limiter?: RateLimiter) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  if (limiter) app.use(route.path, rateLimit(limiter, clientIpKey));
  return app.openapi(route, (c) => {
    const { question, lang } = c.req.valid("json");
    return c.json(ask(kb, question, lang), 200);
  });
}
