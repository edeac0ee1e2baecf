import { z } from "zod";
import { foldAccents } from "../core/fold";
import { type Lang, LangSchema } from "../core/lang";
import { type NaiveBayesModel, NaiveBayesModelSchema, train } from "../core/naive-bayes";
import { type Card, CardMetaSchema, SourceSchema } from "./card";
import { intentTerms } from "./intents";
import { normalizeQuery } from "./normalize";
import { buildIndex, type CardIndex, indexDocument, loadIndex, serializeIndex } from "./orama";
import { type Block, BlockSchema, type Passage, passagesOf, splitBlocks } from "./passages";
import type { VariantPostings } from "./rerank";
import { expandQuery } from "./synonyms";
import { contentWords } from "./words";

/**
 * A card as shipped to the worker: its metadata, its body in blocks, and the terms of its question
 * variants. The question variants ship as their terms only (`variants`): their text is not shown.
 * The dates (when the card and its sources were checked) stay in the card files: only the
 * maintainers' checks read them, and the bundle has a size budget.
 */
export const BundledCardSchema = CardMetaSchema.omit({ questions: true, updated: true }).extend({
  sources: z
    .array(SourceSchema.omit({ date: true }))
    .min(1)
    .describe("Official sources, cited under answers"),
  blocks: z.array(BlockSchema).describe("The body after the short answer: paragraphs and lists, by section"),
  variants: z
    .array(z.array(z.string()))
    .describe("Terms of the title and of each question variant, one list each (re-ranking)"),
});
export type BundledCard = z.infer<typeof BundledCardSchema>;

/** The generated module: built by `npm run kb:build`, imported by the worker. */
export const KnowledgeBundleSchema = z.object({
  builtAt: z.string().describe("When the bundle was built (ISO 8601)"),
  cards: z.array(BundledCardSchema),
  cardModel: NaiveBayesModelSchema.optional().describe(
    "Which card a message asks about, learnt from the cards' questions and the labelled messages",
  ),
  indexes: z
    .record(LangSchema, z.record(z.string(), z.unknown()))
    .describe("Serialised Orama index per language (orama.ts serializeIndex)"),
});
export type KnowledgeBundle = z.infer<typeof KnowledgeBundleSchema>;

export interface KnowledgeCard extends Omit<BundledCard, "blocks" | "variants"> {
  blocks: readonly Block[];
  /** Each paragraph and list item of the body after the short answer. */
  passages: readonly Passage[];
  /** Terms of the title and of each question variant: the ways this card's question is asked. */
  variants: readonly ReadonlySet<string>[];
  /** Sum of the squared idf of each variant's terms (its norm, for the cosine). */
  variantNorms: readonly number[];
}

/** The loaded knowledge base: cards by language and id, one Orama index per language. */
export interface KnowledgeBase {
  builtAt: string;
  /** Number of distinct card ids. */
  size: number;
  /** Per language: idf of each term of the question variants, and where each term is used (re-ranking). */
  variants: Record<Lang, { idf: ReadonlyMap<string, number>; postings: VariantPostings }>;
  cards: Record<Lang, ReadonlyMap<string, KnowledgeCard>>;
  indexes: Record<Lang, CardIndex>;
  /** Which card a message asks about (naive Bayes over the cards' questions and labelled messages), when built. */
  cardModel?: NaiveBayesModel | undefined;
  /** The stemmed terms of a card: of its head (title, questions, short answer) and of all its text (computed once, on first use). */
  termsOf(card: KnowledgeCard): CardTerms;
}

export interface CardTerms {
  head: ReadonlySet<string>;
  /** The terms of the title and short answer: what the card's answer says before any passage. */
  answer: ReadonlySet<string>;
  all: ReadonlySet<string>;
  /** The terms of each passage, in order. */
  passages: readonly ReadonlySet<string>[];
  /** The terms of each passage's section heading ("Minimum pay (% of the SMIC)"), in order. */
  headings: readonly ReadonlySet<string>[];
}

/** Tokens of a text as an index sees them (folded, stop words removed, stemmed). */
export function indexTerms(index: CardIndex, text: string): string[] {
  return index.tokenizer.tokenize(text, undefined, "body") as string[];
}

/** The terms of a card's question variant: content words, stemmed, and intent pseudo-terms. */
function variantTerms(index: CardIndex, text: string): string[] {
  return [
    ...new Set([...indexTerms(index, contentWords(text).join(" ")), ...intentTerms(normalizeQuery(text))]),
  ].sort();
}

/** The terms of a question as the ranking reads it: expanded with synonyms first, then as a variant. */
export function questionTerms(index: CardIndex, text: string): string[] {
  const expanded = expandQuery(text).text;
  return [
    ...new Set([...indexTerms(index, contentWords(expanded).join(" ")), ...intentTerms(normalizeQuery(text))]),
  ].sort();
}

/** Build time: cards (and labelled example questions) -> the bundle (indexes serialised with Orama `save`). */
export function bundleKnowledge(
  cards: readonly Card[],
  builtAt: string,
  examples: readonly { lang: Lang; card: string; text: string }[] = [],
): KnowledgeBundle {
  const langs: Lang[] = ["fr", "en"];
  const indexes = Object.fromEntries(langs.map((lang) => [lang, buildIndex(lang, cards)])) as Record<Lang, CardIndex>;
  const known = new Set(cards.map((card) => `${card.lang}/${card.id}`));
  const labelled = examples.filter((e) => known.has(`${e.lang}/${e.card}`));
  // The card classifier learns each card's own wording in both languages and the labelled messages.
  const cardModel = train(
    [
      ...cards.flatMap((card) => [card.title, ...card.questions].map((text) => ({ text, label: card.id }))),
      ...labelled.map((e) => ({ text: e.text, label: e.card })),
    ].map(({ text, label }) => ({ text: normalizeQuery(text), label })),
    2,
  );
  return {
    builtAt,
    cardModel,
    cards: cards.map(({ body, questions, updated: _updated, sources, ...meta }) => {
      // A variant's terms are taken like a question's: fillers ("c'est quoi", "est-ce") left out.
      const variants = [meta.title, ...questions].map((text) => variantTerms(indexes[meta.lang], text));
      const cited = sources.map(({ url, title }) => ({ url, title }));
      return { ...meta, sources: cited, blocks: splitBlocks(body, meta.lang), variants };
    }),
    indexes: { fr: serializeIndex(indexes.fr), en: serializeIndex(indexes.en) },
  };
}

/** Start-up: the bundle -> a knowledge base ready to search (Orama `load`, no file system). */
export function loadKnowledge(bundle: KnowledgeBundle): KnowledgeBase {
  const cards: Record<Lang, Map<string, KnowledgeCard & { variantNorms: number[]; variants: Set<string>[] }>> = {
    fr: new Map(),
    en: new Map(),
  };
  for (const card of bundle.cards) {
    const loaded = {
      ...card,
      passages: passagesOf(card.blocks),
      variants: card.variants.map((v) => new Set(v)),
      variantNorms: [] as number[],
    };
    cards[card.lang].set(card.id, loaded);
  }
  const idf = { fr: variantIdf([...cards.fr.values()]), en: variantIdf([...cards.en.values()]) };
  for (const lang of ["fr", "en"] as const) {
    for (const card of cards[lang].values()) {
      card.variantNorms = card.variants.map((variant) =>
        [...variant].reduce((sum, term) => sum + (idf[lang].get(term) ?? 0) ** 2, 0),
      );
    }
  }
  const indexes = { fr: loadIndex("fr", bundle.indexes.fr ?? {}), en: loadIndex("en", bundle.indexes.en ?? {}) };
  const termsCache = new WeakMap<KnowledgeCard, CardTerms>();
  return {
    builtAt: bundle.builtAt,
    size: new Set(bundle.cards.map((c) => c.id)).size,
    variants: {
      fr: { idf: idf.fr, postings: postingsOf(cards.fr) },
      en: { idf: idf.en, postings: postingsOf(cards.en) },
    },
    cards,
    indexes,
    cardModel: bundle.cardModel,
    termsOf(card) {
      let terms = termsCache.get(card);
      if (!terms) {
        terms = cardTerms(indexes[card.lang], card);
        termsCache.set(card, terms);
      }
      return terms;
    },
  };
}

/** The terms of a card's text, as its index reads it (folded, stemmed, stop words out). */
function cardTerms(index: CardIndex, card: KnowledgeCard): CardTerms {
  const terms = (text: string) => new Set(indexTerms(index, text));
  const passageText = (p: Passage) => [p.heading, p.lead, p.text].filter(Boolean).join(" \n ");
  const doc = indexDocument({
    ...card,
    questions: [],
    body: [card.shortAnswer, ...card.passages.map(passageText)].join("\n\n"),
  });
  const answer = `${doc.title} \n ${foldAccents(card.shortAnswer)}`;
  // The head: the title, the short answer and the question variants (their terms, as shipped).
  const head = new Set([...terms(answer), ...card.variants.flatMap((variant) => [...variant])]);
  return {
    head,
    answer: terms(answer),
    all: new Set([...head, ...terms(`${doc.tags} \n ${doc.body}`)]),
    passages: card.passages.map((p) => terms(foldAccents(passageText(p).replace(/\]\([^)]*\)/g, "]")))),
    headings: card.passages.map((p) => terms(foldAccents(p.heading ?? ""))),
  };
}

/** idf of a variant term: log(1 + N / df), N cards of the language, df cards whose variants have it. */
function variantIdf(cards: readonly KnowledgeCard[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const card of cards)
    for (const term of new Set(card.variants.flatMap((v) => [...v]))) df.set(term, (df.get(term) ?? 0) + 1);
  return new Map([...df].map(([term, n]) => [term, Math.log(1 + cards.length / n)]));
}

function postingsOf(cards: ReadonlyMap<string, KnowledgeCard>): Map<string, [string, number][]> {
  const postings = new Map<string, [string, number][]>();
  for (const [id, card] of cards) {
    card.variants.forEach((variant, v) => {
      for (const term of variant) {
        const list = postings.get(term) ?? [];
        list.push([id, v]);
        postings.set(term, list);
      }
    });
  }
  return postings;
}
