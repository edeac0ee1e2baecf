import { count, create, insertMultiple, load, type RawData, save } from "@orama/orama";
import { internalDocumentIDStore } from "@orama/orama/components";
import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { foldAccents } from "../core/fold";
import type { Lang } from "../core/lang";
import type { Card } from "./card";

/**
 * Indexed fields of a card: its title, its question variants, its body and tags (id words, schemes,
 * audience). The card's id is the document's id, never searched: the tags hold its words.
 */
export const INDEX_SCHEMA = {
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
export function indexDocument(card: Pick<Card, "id" | "title" | "questions" | "body" | "schemes">) {
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

/** A radix tree node as Orama saves it: full word, its last segment, end of a word, first letter, documents, children. */
interface RadixJson {
  w: string;
  s: string;
  e: boolean;
  k: string;
  d: number[];
  c: [string, RadixJson][];
}
/** The same node compacted: segment, end flag, documents, children (the word and the key follow from the path). */
type CompactRadix = [string, 0 | 1, number[], CompactRadix[]];

type IndexRaw = RawData & {
  index: {
    indexes: Record<string, { type: string; node: RadixJson }>;
    frequencies: Record<string, Record<string, Record<string, number> | undefined>>;
    fieldLengths: Record<string, Record<string, number | undefined>>;
  };
  docs: { docs: Record<string, { id: string }>; count: number };
};

/** An index as the worker ships it: {@link serializeIndex}'s output, plain JSON. */
export type SerializedIndex = Record<string, unknown>;

const compactRadix = (node: RadixJson): CompactRadix => [
  node.s,
  node.e ? 1 : 0,
  node.d,
  node.c.map(([, child]) => compactRadix(child)),
];

const expandRadix = ([segment, end, docs, children]: CompactRadix, parentWord: string): RadixJson => {
  const w = parentWord + segment;
  return {
    w,
    s: segment,
    e: end === 1,
    k: segment.charAt(0),
    d: docs,
    c: children.map((child) => [child[0].charAt(0), expandRadix(child, w)]),
  };
};

/** Maps each field's per-document values, leaving the others (and absent documents) as they are. */
function perDocument<T, U>(
  byField: Record<string, Record<string, T | undefined>>,
  map: (value: T, field: string, doc: string) => U,
): Record<string, Record<string, U>> {
  return Object.fromEntries(
    Object.entries(byField).map(([field, docs]) => [
      field,
      Object.fromEntries(
        Object.entries(docs).flatMap(([doc, value]) => (value === undefined ? [] : [[doc, map(value, field, doc)]])),
      ),
    ]),
  );
}

/**
 * Serialises an index (Orama `save`) to the JSON the worker ships, made smaller without changing
 * what search reads: the stored documents are cut down to their id (the cards' text ships once,
 * with the cards); a radix node keeps its segment (its word and key follow from the path); a term
 * frequency is kept as its count in the field (Orama stores count / field length, which
 * {@link loadIndex} divides again, to the same number).
 */
export function serializeIndex(index: CardIndex): SerializedIndex {
  const raw = save(index) as IndexRaw;
  const { fieldLengths } = raw.index;
  const docs = Object.fromEntries(Object.entries(raw.docs.docs).map(([key, doc]) => [key, { id: doc.id }]));
  return {
    ...raw,
    docs: { ...raw.docs, docs },
    index: {
      ...raw.index,
      indexes: Object.fromEntries(
        Object.entries(raw.index.indexes).map(([field, tree]) => [field, { ...tree, node: compactRadix(tree.node) }]),
      ),
      frequencies: perDocument(raw.index.frequencies, (terms, field, doc) => {
        const length = fieldLengths[field]?.[doc] ?? 0;
        return Object.fromEntries(Object.entries(terms).map(([term, tf]) => [term, Math.round(tf * length)]));
      }),
    },
  };
}

/** Restores an index from {@link serializeIndex}'s output (Orama `load`). */
export function loadIndex(lang: Lang, serialized: SerializedIndex): CardIndex {
  const raw = serialized as unknown as IndexRaw & {
    index: { indexes: Record<string, { type: string; node: CompactRadix }> };
  };
  const { fieldLengths } = raw.index;
  const index = createIndex(lang);
  load(index, {
    ...raw,
    index: {
      ...raw.index,
      indexes: Object.fromEntries(
        Object.entries(raw.index.indexes).map(([field, tree]) => [
          field,
          { ...tree, node: expandRadix(tree.node, "") },
        ]),
      ),
      frequencies: perDocument(raw.index.frequencies, (counts, field, doc) => {
        const length = fieldLengths[field]?.[doc] ?? 1;
        return Object.fromEntries(Object.entries(counts).map(([term, n]) => [term, n / length]));
      }),
    },
  } as RawData);
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
