/** Lower case without accents or ligatures: "Période" -> "periode", "œuvre" -> "oeuvre". */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

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
