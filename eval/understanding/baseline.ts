import MiniSearch from "minisearch";
import type { Lang } from "../../src/core/lang";
import type { Card } from "../../src/retrieval/card";

/** A plain full-text search over the same cards: the row the assistant must beat. */
export interface Baseline {
  answer(message: string, lang: Lang): { text: string; citedIds: string[]; answered: boolean };
}

/**
 * MiniSearch (BM25, prefix and fuzzy matching, its defaults for a site search) over the cards of
 * each language: title, question variants and body. The answer is the best card's title and short
 * answer; it never abstains.
 */
export function createBaseline(cards: readonly Card[]): Baseline {
  const indexes = {} as Record<Lang, MiniSearch>;
  for (const lang of ["fr", "en"] as const) {
    const index = new MiniSearch({
      fields: ["title", "questions", "body"],
      storeFields: ["title", "shortAnswer"],
      searchOptions: { boost: { title: 2, questions: 2 }, prefix: true, fuzzy: 0.2 },
    });
    index.addAll(
      cards
        .filter((card) => card.lang === lang)
        .map((card) => ({
          id: card.id,
          title: card.title,
          questions: card.questions.join(" "),
          body: card.body,
          shortAnswer: card.shortAnswer,
        })),
    );
    indexes[lang] = index;
  }
  return {
    answer(message, lang) {
      const [best] = indexes[lang].search(message);
      if (!best) return { text: "", citedIds: [], answered: false };
      return { text: `${best.title}\n${best.shortAnswer}`, citedIds: [String(best.id)], answered: true };
    },
  };
}
