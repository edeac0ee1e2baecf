import type { Lang } from "../core/lang";
import type { KnowledgeBase } from "./knowledge";

/** Where each term of the question variants is used: [card id, variant index] pairs. */
export type VariantPostings = ReadonlyMap<string, readonly (readonly [string, number])[]>;

/** An example this close to the question (Jaccard of their terms) is the question itself, reworded at most. */
const SAME_QUESTION = 0.75;

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
  const sharedTerms = new Map<string, number[]>();
  for (const term of query) {
    const weight = (idf.get(term) ?? 0) ** 2;
    for (const [id, v] of postings.get(term) ?? []) {
      let perVariant = shared.get(id);
      let counts = sharedTerms.get(id);
      if (!perVariant || !counts) {
        perVariant = [];
        counts = [];
        shared.set(id, perVariant);
        sharedTerms.set(id, counts);
      }
      perVariant[v] = (perVariant[v] ?? 0) + weight;
      counts[v] = (counts[v] ?? 0) + 1;
    }
  }
  const closeness = new Map<string, number>();
  for (const [id, perVariant] of shared) {
    const card = kb.cards[lang].get(id);
    const norms = card?.variantNorms ?? [];
    const counts = sharedTerms.get(id) ?? [];
    let best = 0;
    perVariant.forEach((weight, v) => {
      // A labelled example that is this very question does not count (leave-one-out): an example
      // adds ways of asking, it does not memorise answers.
      if (card && v >= card.examplesFrom) {
        const both = counts[v] ?? 0;
        if (both / ((card.variants[v]?.size ?? 0) + query.length - both) >= SAME_QUESTION) return;
      }
      best = Math.max(best, weight / Math.sqrt(queryNorm * (norms[v] ?? 1)));
    });
    closeness.set(id, best);
  }
  return closeness;
}
