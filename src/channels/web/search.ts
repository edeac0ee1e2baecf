import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { LangSchema } from "../../core/lang";
import { errorResponse } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import type { KnowledgeBase } from "../../retrieval/knowledge";
import { searchKnowledge } from "../../retrieval/search";

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(500).describe("What to look for, in French or English"),
  lang: LangSchema.optional().describe("Language of the results; detected from q when absent"),
  limit: z.coerce.number().int().min(1).max(20).default(5).describe("Maximum number of results (1-20, default 5)"),
});

export const SearchResultSchema = z.object({
  id: z.string().describe("Knowledge card id (the same in both languages)"),
  title: z.string(),
  lang: LangSchema,
  score: z.number().describe("Relevance (higher is better; only comparable within one response)"),
  snippet: z.string().describe("The start of the card's short answer"),
  url: z.url().optional().describe("The card's first official source"),
});
export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });

const route = createRoute({
  method: "get",
  path: "/api/search",
  summary: "Search the knowledge base",
  description:
    "Searches the cards of both languages (synonyms and acronyms included) and returns them in the user's language.",
  request: { query: SearchQuerySchema },
  responses: {
    200: {
      description: "The best cards, best first",
      content: { "application/json": { schema: SearchResponseSchema } },
    },
    400: errorResponse("Invalid query"),
  },
});

export const searchRoutes = (kb: KnowledgeBase) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, (c) => {
    const { q, lang, limit } = c.req.valid("query");
    return c.json({ results: searchKnowledge(kb, q, { lang, limit }).results }, 200);
  });
