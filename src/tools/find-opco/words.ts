import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";

/** Lower case, accents and ligatures folded: "Œuvre Épicée" -> "oeuvre epicee". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII needs no decomposition.
  if (!/[^\t-~]/.test(lower)) return lower;
  return lower
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The folded words of a fixed text (a label, a lexicon term), cheaply: no offsets, no punctuation. */
export function foldedWords(text: string): string[] {
  // A loop rather than a regular expression: it runs on every label and term at start-up, still cold.
  const folded = fold(text);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    const inWord = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Lower case, accents removed, punctuation to spaces, padded with a space: the form status phrases are found in. */
export const normalizeText = (text: string) => ` ${fold(text).replace(/[^a-z0-9]+/g, " ")} `;

// Function words of both languages, and words of any chat message that never name an activity.
const FILLERS =
  "a an i im ive id je j tu il elle on nous vous ils elles y en ca cela ceci c est sont etait ete suis es " +
  "bonjour salut hello hi hey merci thanks thank svp stp please ok oui non yes no bien well tres very " +
  "aussi also encore still deja already juste just seul seule alone tout toute tous toutes all " +
  "mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs my our your their " +
  "chez au aux du des les la le un une uns unes de d l qu que qui quoi dont ou where here there " +
  "plus moins sous avant apres entre vers depuis pendant contre selon trop peu mal rien toujours jamais alors donc " +
  "puis car comme quand comment pourquoi combien genre";

/** Words that carry no meaning for an activity: French and English stop words and chat fillers. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...frenchStopwords, ...englishStopwords, ...FILLERS.split(" ")].map(fold),
);

/** A word of a text: where it is, as written and folded, and what came between it and the previous word. */
export interface Word {
  /** Offsets of the word in the text, for quoting it as written. */
  start: number;
  end: number;
  /** Folded: lower case, no accents. */
  text: string;
  /** Punctuation (not a hyphen or an apostrophe) stands between this word and the previous one. */
  pause: boolean;
}

// Latin letters (with Latin-1 and Latin Extended-A/B accents) and digits: French and English. Explicit
// ranges rather than \p{L}, whose first compilation costs milliseconds at start-up.
const LETTERS = "0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
const WORD = new RegExp(`[${LETTERS}]+`, "g");
/** Splits a text into its words (letters and digits), dropping the rest. */
export const NOT_WORD = new RegExp(`[^${LETTERS}]+`);
/** A word written in capitals, two letters or more ("IT", "BTP", "EHPAD"). */
export const isCapitals = (raw: string) =>
  raw.length >= 2 && raw === raw.toUpperCase() && /[A-Z\u00C0-\u00DE]/.test(raw);
const PAUSE = /[.,;:!?()[\]{}/+&|"«»\n\u2014\u2013]/;

/** The words of a text, in order, with their offsets. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const between = text.slice(last, start);
    out.push({
      start,
      end: start + raw.length,
      text: fold(raw),
      pause: out.length > 0 && PAUSE.test(between),
    });
    last = start + raw.length;
  }
  return out;
}

/**
 * A light French stemmer for matching activity words, folded words in: plurals ("hôpitaux" ->
 * "hopital", "bureaux" -> "bureau", "taxis" -> "taxi") and feminines ("boulangère" -> "boulanger",
 * "coiffeuse" -> "coiffeur", "agricultrice" -> "agriculteur", "sportive" -> "sportif", "industrielle"
 * -> "industriel", "salariée" -> "salari") fold onto one form. It never removes derivational
 * suffixes: "boulangerie" and "boulanger" stay apart, as the lexicon wants them.
 */
export function lightStem(word: string): string {
  if (word.length <= 3) return word;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 97) return word;
  let w = word;
  if (w.endsWith("eaux")) w = w.slice(0, -1);
  else if (w.endsWith("aux") && w.length > 4) w = `${w.slice(0, -3)}al`;
  else if (w.endsWith("eux") || w.endsWith("oux")) w = w.slice(0, -1);
  else if (w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  if (w.endsWith("euse")) w = `${w.slice(0, -4)}eur`;
  else if (w.endsWith("trice")) w = `${w.slice(0, -5)}teur`;
  else if (w.endsWith("ive")) w = `${w.slice(0, -3)}if`;
  else {
    if (w.endsWith("ee")) w = w.slice(0, -1);
    if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
    const last = w[w.length - 1];
    if (w.length > 4 && (last === "l" || last === "n" || last === "t") && w[w.length - 2] === last) w = w.slice(0, -1);
  }
  return w;
}

const stems = new Map<string, string>();

/** The stem of a folded word, memoised. */
export function stem(word: string): string {
  let out = stems.get(word);
  if (out === undefined) {
    out = lightStem(word);
    if (stems.size > 20_000) stems.clear();
    stems.set(word, out);
  }
  return out;
}

/** The stems a written word may stand for: its French stem, and that of its English singular ("agencies" -> "agency"). */
export function stemsOf(word: string): string[] {
  const first = stem(word);
  if (word.length > 4 && word.endsWith("ies")) {
    const singular = stem(`${word.slice(0, -3)}y`);
    if (singular !== first) return [first, singular];
  }
  return [first];
}

/** A word that may be a typo of a known one: letters only, five or more of them. */
export const mayBeTypo = (word: string) => word.length >= 5 && /^[a-z]+$/.test(word);

/** Edits allowed to correct a typo: one from five letters, two from nine; none on shorter words or numbers. */
export const typoBudget = (word: string) => (!mayBeTypo(word) ? 0 : word.length >= 9 ? 2 : 1);
