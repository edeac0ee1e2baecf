import { z } from "zod";
import { type Lang, LangSchema } from "../core/lang";
import type { Citation } from "../core/reply";
import { ask } from "../retrieval/ask";
import type { KnowledgeBase } from "../retrieval/knowledge";
import { cardIn } from "../retrieval/search";
import { TOOLS, type ToolSet } from "../tools/catalogue";

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

export interface LlmToolParts {
  tools: ToolSet;
  knowledge: KnowledgeBase;
}

/** The tools of the catalogue and searchKnowledge, as the LLM composer offers them. */
export function createLlmTools({ tools, knowledge }: LlmToolParts): LlmTool[] {
  const catalogue: LlmTool[] = TOOLS.map((tool) => {
    const run = tools[tool.name] as (input: unknown) => Promise<unknown>;
    return {
      name: tool.name,
      description: tool.description,
      schema: tool.input,
      run: async (input) => ({ output: await run(input) }),
    };
  });
  const searchKnowledge: LlmTool = {
    name: "searchKnowledge",
    description: SearchKnowledgeInputSchema.description ?? "searchKnowledge",
    schema: SearchKnowledgeInputSchema,
    async run(raw, lang) {
      const input = raw as z.output<typeof SearchKnowledgeInputSchema>;
      const cardLang = input.lang ?? lang;
      const result = ask(knowledge, input.question, cardLang);
      const cards = result.retrieved.slice(0, 3).flatMap(({ id }) => {
        const card = cardIn(knowledge, id, cardLang);
        return card ? [{ id, title: card.title, shortAnswer: card.shortAnswer, source: card.sources[0]?.url }] : [];
      });
      return {
        output: { outcome: result.outcome, cards },
        citations: result.outcome === "answered" ? result.answer.citations : [],
      };
    },
  };
  return [...catalogue, searchKnowledge];
}
