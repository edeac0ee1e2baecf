/** Lower case, no accents, apostrophes unified, spaces collapsed: the form every parser matches on. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the folded text matches one of the patterns. */
export const matchesAny = (folded: string, patterns: readonly RegExp[]) => patterns.some((p) => p.test(folded));
