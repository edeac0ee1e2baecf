import type { Lang } from "../core/lang";
import type { KnowledgeBase } from "./knowledge";

/** Where each term of the question variants is used: [card id, variant index] pairs. */
export type VariantPostings = ReadonlyMap<string, readonly (readonly [string, number])[]>;

/**
 * How close a question is to the ways each card's question is asked (its title and question
 * variants), from 0 to 1: the best idf-weighted cosine between the question's terms and one
 * variant's terms. "What is an OPCO?" is then closer to the card titled so than to "OPCO Santé:
 * the OPCO for private health", although both contain the word; a short, generic question is
 * decided by the card that asks exactly that. Returns the closeness of each card of one language
 * that shares a term with the question (absent: 0).
 */
export function variantCloseness(kb: KnowledgeBase, lang: Lang, queryTerms: readonly string[]): Map<string, number> {
  const { idf, postings } = kb.variants[lang];
  // Terms no variant of any card uses cannot tell cards apart: they are left out of the norm.
  const query = [...new Set(queryTerms)].filter((term) => idf.has(term));
  let queryNorm = 0;
  for (const term of query) queryNorm += (idf.get(term) ?? 0) ** 2;
  const shared = new Map<string, number[]>();
  for (const term of query) {
    const weight = (idf.get(term) ?? 0) ** 2;
    for (const [id, v] of postings.get(term) ?? []) {
      let perVariant = shared.get(id);
      if (!perVariant) {
        perVariant = [];
        shared.set(id, perVariant);
      }
      perVariant[v] = (perVariant[v] ?? 0) + weight;
    }
  }
  const closeness = new Map<string, number>();
  for (const [id, perVariant] of shared) {
    const norms = kb.cards[lang].get(id)?.variantNorms ?? [];
    let best = 0;
    perVariant.forEach((weight, v) => {
      best = Math.max(best, weight / Math.sqrt(queryNorm * (norms[v] ?? 1)));
    });
    closeness.set(id, best);
  }
  return closeness;
}
