import { z } from "zod";
import { type Lang, LangSchema } from "../core/lang";
import type { Citation } from "../core/reply";
import type { ToolBox } from "../dialogue/deps";
import { ask } from "../retrieval/ask";
import { cardIn } from "../retrieval/search";
import { CheckQualiopiInputSchema, checkQualiopi } from "../tools/check-qualiopi";
import { ListDocumentsInputSchema } from "../tools/documents-schema";
import { findOpco } from "../tools/find-opco";
import { FindOpcoInputSchema } from "../tools/find-opco-schema";
import { fundingRoutes } from "../tools/funding-routes";
import { FundingRoutesInputSchema } from "../tools/funding-routes-schema";
import { listDocuments } from "../tools/list-documents";

export const SearchKnowledgeInputSchema = z
  .object({
    question: z
      .string()
      .trim()
      .min(3)
      .max(500)
      .describe("The question to look up in the knowledge cards, in the user's words"),
    lang: LangSchema.optional().describe("Language of the cards to return (the conversation's by default)"),
  })
  .describe("Search the curated knowledge cards (official sources) and return the best ones with their short answers");

/** A tool the LLM may call: the same zod schema validates its arguments as validates HTTP input. */
export interface LlmTool {
  name: string;
  description: string;
  schema: z.ZodType;
  /** Runs the tool on validated arguments; `citations` are the cards it returned, to cite. */
  run(input: unknown, lang: Lang): Promise<{ output: unknown; citations?: Citation[] }>;
}

const define = <S extends z.ZodType>(
  name: string,
  schema: S,
  run: (input: z.output<S>, lang: Lang) => Promise<{ output: unknown; citations?: Citation[] }>,
): LlmTool => ({
  name,
  description: schema.description ?? name,
  schema,
  run: (input, lang) => run(input as z.output<S>, lang),
});

/** The deterministic tools and searchKnowledge, as the LLM composer offers them. */
export function createLlmTools(box: Omit<ToolBox, "now">): LlmTool[] {
  return [
    define("findOpco", FindOpcoInputSchema, async (input) => ({
      output: await findOpco(input, { reference: box.reference, directory: box.directory }),
    })),
    define("checkQualiopi", CheckQualiopiInputSchema, async (input) => ({
      output: await checkQualiopi(input, box.qualiopi),
    })),
    define(
      "listDocuments",
      ListDocumentsInputSchema.describe(
        "List the documents to prepare for a funding scheme, before and/or after the training",
      ),
      async (input) => ({
        output: listDocuments(input, box.documents),
      }),
    ),
    define(
      "fundingRoutes",
      FundingRoutesInputSchema.describe(
        "List the funding schemes open to a profile (status, headcount, goal), with who funds them",
      ),
      async (input) => ({
        output: fundingRoutes(input),
      }),
    ),
    define("searchKnowledge", SearchKnowledgeInputSchema, async (input, lang) => {
      const cardLang = input.lang ?? lang;
      const result = ask(box.knowledge, input.question, cardLang);
      const cards = result.retrieved.slice(0, 3).flatMap(({ id }) => {
        const card = cardIn(box.knowledge, id, cardLang);
        return card ? [{ id, title: card.title, shortAnswer: card.shortAnswer, source: card.sources[0]?.url }] : [];
      });
      return {
        output: { outcome: result.outcome, cards },
        citations: result.outcome === "answered" ? result.answer.citations : [],
      };
    }),
  ];
}
