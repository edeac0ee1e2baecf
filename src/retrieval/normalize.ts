import { foldAccents } from "../core/fold";

/**
 * A query as the index sees it: accents folded, apostrophes and punctuation turned into spaces,
 * whitespace collapsed. "L'OPCO  prend-il en charge ?" -> "l opco prend il en charge".
 */
export function normalizeQuery(text: string): string {
  return foldAccents(text)
    .replace(/[’'`]/g, " ")
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
