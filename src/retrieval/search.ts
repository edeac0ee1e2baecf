import { type Lang, otherLang } from "../core/lang";
import { detectLanguage } from "../core/language";
import { posteriors } from "../core/naive-bayes";
import { mentionsDomain } from "./confidence";
import { intentTerms } from "./intents";
import { indexTerms, type KnowledgeBase, type KnowledgeCard } from "./knowledge";
import { normalizeQuery } from "./normalize";
import { searchWholeTerms } from "./orama";
import { variantCloseness } from "./rerank";
import { expandQuery, withoutSynonyms } from "./synonyms";
import { contentWords, withoutAsides } from "./words";

/** Field weights: the question variants count most, then the title and tags, then the body. */
export const BOOST = { questions: 2, title: 1.5, tags: 1.5, body: 1 } as const;
/** Weight of the other language's index (a French question also searches the English cards). */
const OTHER_LANGUAGE_WEIGHT = 0.7;
const LANGS: readonly Lang[] = ["fr", "en"];
/** Weight of the closeness to the card's question variants, next to the text score scaled to 0-1. */
export const VARIANT_WEIGHT = 2;
/**
 * Weight of the card classifier's probability, next to the search score scaled to 0-1. Chosen on
 * the held-out part of the understanding corpus among 0.25, 0.5, 1 and 2 (README, "Understanding").
 */
export const CARD_MODEL_WEIGHT = 0.5;

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

/**
 * The language of a question. The French names of schemes and bodies ("plan de développement
 * des compétences", "période de reconversion") are left out first, so that "What is the plan de
 * développement des compétences?" is English; when nothing clear is left, the whole question decides.
 */
export function questionLanguage(question: string): Lang {
  const rest = withoutSynonyms(question);
  const guess = rest ? detectLanguage(rest) : undefined;
  return guess?.confident ? guess.lang : detectLanguage(question).lang;
}

/**
 * Ranks the card ids for a query: normalised, expanded with synonyms and acronyms, searched in
 * both languages' indexes (the same id exists in both); the user's language counts fully, the
 * other at {@link OTHER_LANGUAGE_WEIGHT}.
 */
export function rank(kb: KnowledgeBase, query: string, lang?: Lang): Ranking {
  const resultLang = lang ?? questionLanguage(query);
  const { text, groups } = expandQuery(withoutAsides(query));
  const scores = new Map<string, number>();
  // Exact terms first (stemming already absorbs most variants); typo tolerance, ten times
  // slower, only when nothing matched, and for a short query (a mistyped keyword: "qualiopo") or
  // one in the assistant's field: "the best croissant in Paris, honestly" has nothing to correct.
  const words = contentWords(text);
  const tolerances = words.length <= 3 || mentionsDomain(words) ? [0, 1] : [0];
  for (const tolerance of text ? tolerances : []) {
    for (const indexLang of LANGS) {
      const weight = indexLang === resultLang ? 1 : OTHER_LANGUAGE_WEIGHT;
      for (const [id, score] of searchWholeTerms(kb.indexes[indexLang], text, { tolerance, boost: BOOST }))
        scores.set(id, (scores.get(id) ?? 0) + score * weight);
    }
    if (scores.size) break;
  }
  // Text scores scaled to the best one, plus the closeness of the question to each card's
  // question variants (in the user's language, or the other one at its weight).
  const top = Math.max(0, ...scores.values());
  const content = words.join(" ");
  const intents = intentTerms(normalizeQuery(query));
  const queryTerms = {
    fr: [...indexTerms(kb.indexes.fr, content), ...intents],
    en: [...indexTerms(kb.indexes.en, content), ...intents],
  };
  const closeness = LANGS.map((l) => ({
    close: variantCloseness(kb, l, queryTerms[l]),
    weight: l === resultLang ? 1 : OTHER_LANGUAGE_WEIGHT,
  }));
  const searched = [...scores].map(([id, score]) => {
    let close = 0;
    for (const { close: byId, weight } of closeness) close = Math.max(close, (byId.get(id) ?? 0) * weight);
    return { id, score: score / top + VARIANT_WEIGHT * close };
  });
  // The classifier's probability that the message asks this card, next to the search score.
  const best = Math.max(0, ...searched.map((r) => r.score));
  const likely = kb.cardModel && searched.length ? posteriors(kb.cardModel, normalizeQuery(query)) : undefined;
  const ranked = searched
    .map(({ id, score }) => ({ id, score: score / best + CARD_MODEL_WEIGHT * (likely?.get(id) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { lang: resultLang, expanded: text, groups, ranked };
}

/** The card in the wanted language, or in the other one if it has not been translated. */
export function cardIn(kb: KnowledgeBase, id: string, lang: Lang): KnowledgeCard | undefined {
  return kb.cards[lang].get(id) ?? kb.cards[otherLang(lang)].get(id);
}

/** A snippet of at most `max` characters, cut on a word. */
export function snippet(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:.]+$/, "")}…`;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** Searches the knowledge base: the best cards, presented in the user's language. */
export function searchKnowledge(
  kb: KnowledgeBase,
  query: string,
  options: SearchOptions = {},
): { lang: Lang; results: SearchHit[] } {
  const { lang, ranked } = rank(kb, query, options.lang);
  const results = ranked.slice(0, options.limit ?? 5).flatMap(({ id, score }) => {
    const card = cardIn(kb, id, lang);
    if (!card) return [];
    const url = card.sources[0]?.url;
    return [
      {
        id,
        title: card.title,
        lang: card.lang,
        score: round(score),
        snippet: snippet(card.shortAnswer),
        ...(url ? { url } : {}),
      },
    ];
  });
  return { lang, results };
}
