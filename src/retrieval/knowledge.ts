import { z } from "zod";
import { LangSchema, type Lang } from "../core/lang";
import { CardMetaSchema, type Card, type CardMeta } from "./card";
import { foldAccents } from "./normalize";
import { buildIndex, indexDocument, loadIndex, serializeIndex, type CardIndex } from "./orama";

/** A card as shipped to the worker: its metadata and the stemmed terms of its text. */
export const BundledCardSchema = CardMetaSchema.extend({
  terms: z.array(z.string()).describe("Stemmed, accent-folded terms of the whole card (confidence check)"),
  headTerms: z.array(z.string()).describe("Terms of the title, questions and short answer only"),
});
export type BundledCard = z.infer<typeof BundledCardSchema>;

/** The generated module: built by `npm run kb:build`, imported by the worker. */
export const KnowledgeBundleSchema = z.object({
  builtAt: z.string().describe("When the bundle was built (ISO 8601)"),
  cards: z.array(BundledCardSchema),
  indexes: z.record(LangSchema, z.string()).describe("Serialised Orama index per language"),
});
export type KnowledgeBundle = z.infer<typeof KnowledgeBundleSchema>;

export interface KnowledgeCard extends CardMeta {
  terms: ReadonlySet<string>;
  headTerms: ReadonlySet<string>;
}

/** The loaded knowledge base: cards by language and id, one Orama index per language. */
export interface KnowledgeBase {
  builtAt: string;
  /** Number of distinct card ids. */
  size: number;
  cards: Record<Lang, ReadonlyMap<string, KnowledgeCard>>;
  indexes: Record<Lang, CardIndex>;
}

/** Tokens of a text as an index sees them (folded, stop words removed, stemmed). */
export function indexTerms(index: CardIndex, text: string): string[] {
  return index.tokenizer.tokenize(text, undefined, "body") as string[];
}

/** Build time: cards -> the bundle (indexes serialised with Orama `save`). */
export function bundleKnowledge(cards: readonly Card[], builtAt: string): KnowledgeBundle {
  const langs: Lang[] = ["fr", "en"];
  const indexes = Object.fromEntries(langs.map((lang) => [lang, buildIndex(lang, cards)])) as Record<Lang, CardIndex>;
  return {
    builtAt,
    cards: cards.map(({ body: _body, ...meta }) => {
      const doc = indexDocument({ ...meta, body: _body });
      const terms = (text: string) => [...new Set(indexTerms(indexes[meta.lang], text))].sort();
      const head = [doc.title, doc.questions, foldAccents(meta.shortAnswer)].join(" \n ");
      return { ...meta, terms: terms(`${head} \n ${doc.tags} \n ${doc.body}`), headTerms: terms(head) };
    }),
    indexes: { fr: serializeIndex(indexes.fr), en: serializeIndex(indexes.en) },
  };
}

/** Start-up: the bundle -> a knowledge base ready to search (Orama `load`, no file system). */
export function loadKnowledge(bundle: KnowledgeBundle): KnowledgeBase {
  const cards: Record<Lang, Map<string, KnowledgeCard>> = { fr: new Map(), en: new Map() };
  for (const card of bundle.cards) cards[card.lang].set(card.id, { ...card, terms: new Set(card.terms), headTerms: new Set(card.headTerms) });
  return {
    builtAt: bundle.builtAt,
    size: new Set(bundle.cards.map((c) => c.id)).size,
    cards,
    indexes: { fr: loadIndex("fr", bundle.indexes.fr ?? ""), en: loadIndex("en", bundle.indexes.en ?? "") },
  };
}
