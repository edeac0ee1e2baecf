import { search as oramaSearch, type Results } from "@orama/orama";
import type { Lang } from "../core/lang";
import { detectLanguage } from "../dialogue/language";
import type { KnowledgeBase, KnowledgeCard } from "./knowledge";
import { normalizeQuery } from "./normalize";
import type { CardIndex } from "./orama";
import { expandQuery } from "./synonyms";

/** Field weights: the question variants count most, then the title and tags, then the body. */
export const BOOST = { questions: 2, title: 1.5, tags: 1.5, body: 1 } as const;
const PROPERTIES = ["title", "questions", "body", "tags"] as const;
/** Weight of the other language's index (a French question also searches the English cards). */
const OTHER_LANGUAGE_WEIGHT = 0.7;
const LANGS: readonly Lang[] = ["fr", "en"];

export interface SearchOptions {
  /** Language of the results; detected from the query when absent. */
  lang?: Lang;
  /** Maximum number of results (default 5). */
  limit?: number;
}

export interface Ranked {
  id: string;
  score: number;
}

export interface Ranking {
  lang: Lang;
  /** The query after normalisation and synonym expansion, as sent to the indexes. */
  expanded: string;
  /** Indexes of the synonym groups the query mentions. */
  groups: number[];
  ranked: Ranked[];
}

export interface SearchHit {
  id: string;
  title: string;
  lang: Lang;
  score: number;
  snippet: string;
  url?: string;
}

function searchIndex(index: CardIndex, term: string, limit: number, tolerance: number): Results<{ id: string }>["hits"] {
  const results = oramaSearch(index, {
    term,
    properties: [...PROPERTIES],
    boost: BOOST,
    tolerance,
    limit,
  });
  if (results instanceof Promise) throw new Error("the Orama index must be searched synchronously");
  return results.hits as unknown as Results<{ id: string }>["hits"];
}

/**
 * Ranks the card ids for a query: normalised, expanded with synonyms and acronyms, searched in
 * both languages' indexes (the same id exists in both); the user's language counts fully, the
 * other at {@link OTHER_LANGUAGE_WEIGHT}.
 */
export function rank(kb: KnowledgeBase, query: string, lang?: Lang): Ranking {
  const resultLang = lang ?? detectLanguage(query).lang;
  const { text, groups } = expandQuery(query);
  const scores = new Map<string, number>();
  // Exact terms first (stemming already absorbs most variants); typo tolerance, ten times
  // slower, only when nothing matched.
  for (const tolerance of text ? [0, 1] : []) {
    for (const indexLang of LANGS) {
      const weight = indexLang === resultLang ? 1 : OTHER_LANGUAGE_WEIGHT;
      for (const hit of searchIndex(kb.indexes[indexLang], text, 20, tolerance)) {
        const id = hit.document.id;
        scores.set(id, (scores.get(id) ?? 0) + hit.score * weight);
      }
    }
    if (scores.size) break;
  }
  const ranked = [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { lang: resultLang, expanded: text, groups, ranked };
}

/** The card in the wanted language, or in the other one if it has not been translated. */
export function cardIn(kb: KnowledgeBase, id: string, lang: Lang): KnowledgeCard | undefined {
  return kb.cards[lang].get(id) ?? kb.cards[lang === "fr" ? "en" : "fr"].get(id);
}

/** A snippet of at most `max` characters, cut on a word. */
export function snippet(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:.]+$/, "")}…`;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** Searches the knowledge base: the best cards, presented in the user's language. */
export function searchKnowledge(kb: KnowledgeBase, query: string, options: SearchOptions = {}): { lang: Lang; results: SearchHit[] } {
  const { lang, ranked } = rank(kb, query, options.lang);
  const results = ranked.slice(0, options.limit ?? 5).flatMap(({ id, score }) => {
    const card = cardIn(kb, id, lang);
    if (!card) return [];
    const url = card.sources[0]?.url;
    return [{ id, title: card.title, lang: card.lang, score: round(score), snippet: snippet(card.shortAnswer), ...(url ? { url } : {}) }];
  });
  return { lang, results };
}

/** Whether a normalised query is empty once punctuation is gone. */
export const isBlank = (query: string) => normalizeQuery(query) === "";
