import { count, create, insertMultiple, load, type RawData, save } from "@orama/orama";
import { internalDocumentIDStore } from "@orama/orama/components";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import type { Lang } from "../core/lang";
import type { Card } from "./card";
import { foldAccents } from "./normalize";

/** Indexed fields of a card: its title, its question variants, its body and tags (id words, schemes, audience). */
export const INDEX_SCHEMA = {
  id: "string",
  title: "string",
  questions: "string",
  body: "string",
  tags: "string",
} as const;

const TOKENIZERS = {
  fr: { language: "french", stemmer: frenchStemmer, stopWords: frenchStopwords },
  en: { language: "english", stemmer: englishStemmer, stopWords: englishStopwords },
} as const;

/** An empty index for one language, with its stemmer and stop words (accents folded like queries). */
export function createIndex(lang: Lang) {
  const { language, stemmer, stopWords } = TOKENIZERS[lang];
  return create({
    schema: INDEX_SCHEMA,
    // Results are ordered by score only: no sort index (it would ship every field's text twice).
    sort: { enabled: false },
    components: {
      tokenizer: {
        language,
        stemming: true,
        stemmer,
        stopWords: [...new Set([...stopWords, ...stopWords.map(foldAccents)])],
        stemmerSkipProperties: ["id"],
        tokenizeSkipProperties: ["id"],
      },
    },
  });
}
export type CardIndex = ReturnType<typeof createIndex>;

/** The document indexed for a card. Accents are folded so "periode" and "période" meet. */
export function indexDocument(card: Card) {
  return {
    id: card.id,
    title: foldAccents(card.title),
    questions: foldAccents(card.questions.join(" \n ")),
    body: foldAccents(card.body.replace(/\]\([^)]*\)/g, "]")),
    tags: foldAccents([card.id.replace(/-/g, " "), ...card.schemes.map((s) => s.replace(/-/g, " "))].join(" ")),
  };
}

/** Builds the index of the cards of one language. */
export function buildIndex(lang: Lang, cards: readonly Card[]): CardIndex {
  const index = createIndex(lang);
  void insertMultiple(index, cards.filter((card) => card.lang === lang).map(indexDocument));
  return index;
}

/**
 * Serialises an index (Orama `save`) to a string the worker ships. The stored documents are cut
 * down to their id: search only reads the index (postings, frequencies, lengths), and the cards'
 * text ships once, with the cards.
 */
export function serializeIndex(index: CardIndex): string {
  const raw = save(index) as RawData & { docs: { docs: Record<string, { id: string }> } };
  const docs = Object.fromEntries(Object.entries(raw.docs.docs).map(([key, doc]) => [key, { id: doc.id }]));
  return JSON.stringify({ ...raw, docs: { ...raw.docs, docs } });
}

/** Restores an index from {@link serializeIndex}'s output (Orama `load`). */
export function loadIndex(lang: Lang, serialized: string): CardIndex {
  const index = createIndex(lang);
  load(index, JSON.parse(serialized) as RawData);
  return index;
}

/** The searchable text fields of a card's document, with their BM25 boosts. */
export type FieldBoost = Partial<Record<"title" | "questions" | "body" | "tags", number>>;

/** BM25 parameters (Orama's defaults). */
const RELEVANCE = { k: 1.2, b: 0.75, d: 0.5 } as const;

/**
 * Scores the cards of one index for a query: BM25 per term and field, times the field's boost,
 * summed; a document matches when it holds any of the terms (Orama's threshold 1). Unlike Orama's
 * public `search`, a term matches whole index terms only: a prefix match would let "e" (of
 * "e-learning") or "opco" reach every word that starts with it ("opcommerce"), and the public
 * `exact` option instead demands every term, as typed, in one field. `tolerance` (edits per term)
 * is the fallback when nothing matches exactly.
 *
 * This calls Orama's index component directly (`index.search`, 12 arguments): the one place that
 * depends on Orama's internals, pinned to its version in package.json and checked by
 * test/retrieval/orama.test.ts.
 */
export function searchWholeTerms(
  index: CardIndex,
  text: string,
  { tolerance, boost }: { tolerance: number; boost: FieldBoost },
): [string, number][] {
  const docsCount = count(index);
  if (!docsCount) return [];
  const scored = index.index.search(
    index.data.index,
    text,
    index.tokenizer,
    undefined,
    Object.keys(boost),
    tolerance === 0,
    tolerance,
    boost,
    RELEVANCE,
    docsCount,
    undefined,
    1,
  );
  return scored.map(([internalId, score]) => [
    internalDocumentIDStore.getDocumentIdFromInternalId(index.internalDocumentIDStore, internalId),
    score,
  ]);
}
