import { typoBudget } from "./words";

// Three rows of the distance matrix, reused: words here are short, and a call allocates nothing.
const MAX_LENGTH = 63;
let rowBefore = new Int32Array(MAX_LENGTH + 1);
let rowPrevious = new Int32Array(MAX_LENGTH + 1);
let rowCurrent = new Int32Array(MAX_LENGTH + 1);

/** Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return max + 1;
  for (let j = 0; j <= b.length; j++) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCurrent[0] = i;
    let best = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(
        (rowPrevious[j] as number) + 1,
        (rowCurrent[j - 1] as number) + 1,
        (rowPrevious[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        value = Math.min(value, (rowBefore[j - 2] as number) + 1);
      rowCurrent[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  return rowPrevious[b.length] as number;
}

/** The letters a word uses, as bits: one edit changes at most two of them, two edits four. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

const sameLetters = (a: string, b: string) => [...a].sort().join("") === [...b].sort().join("");

function bitCount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Typo tolerance over a fixed vocabulary of words of five letters or more (`typoBudget`: one edit from
 * five letters, two from nine).
 * The known words are kept by length with the set of letters they use; a misspelt word is compared
 * only with the words of close length whose letters differ by no more than its edits can explain,
 * then by true edit distance. Nothing to build but the masks; a few microseconds per word.
 */
export function createTypoIndex(vocabulary: Iterable<string>) {
  const byLength: { word: string; mask: number }[][] = [];
  let size = 0;
  for (const word of new Set(vocabulary)) {
    if (word.length < 5) continue;
    const bucket = byLength[word.length] ?? [];
    bucket.push({ word, mask: letterMask(word) });
    byLength[word.length] = bucket;
    size++;
  }

  return {
    size,
    /** The known words closest to `word` within its edit budget (several when they tie), or none. */
    correct(word: string): string[] {
      const budget = typoBudget(word);
      if (budget === 0) return [];
      const mask = letterMask(word);
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(word.length - 1);
      let best: string[] = [];
      let bestDistance = budget + 1;
      for (let length = word.length - budget; length <= word.length + budget; length++) {
        for (const known of byLength[length] ?? []) {
          if (bitCount(known.mask ^ mask) > 2 * budget || known.word === word) continue;
          // One edit leaves the first or the last letter in place.
          if (
            budget === 1 &&
            known.word.charCodeAt(0) !== first &&
            known.word.charCodeAt(known.word.length - 1) !== last
          )
            continue;
          // A short word one letter away from a known one is as often another word ("reste", "resto"): on
          // six letters or fewer, only a missing, extra or swapped letter counts as a typo.
          if (word.length <= 6 && known.word.length === word.length && !sameLetters(known.word, word)) continue;
          const distance = editDistance(word, known.word, Math.min(budget, bestDistance));
          if (distance < bestDistance) {
            best = [known.word];
            bestDistance = distance;
          } else if (distance === bestDistance && distance <= budget) best.push(known.word);
        }
      }
      return best;
    },
  };
}

export type TypoIndex = ReturnType<typeof createTypoIndex>;
