import { foldAccents } from "../core/fold";
import type { Lang } from "../core/lang";
import abbreviations from "./abbreviations.json";

/**
 * Text as the understanding stage reads it: folded (lower case, no accents, one kind of
 * apostrophe), SMS abbreviations spelled out, and the domain's words mistyped by one letter put
 * right ("opoc" -> "opco", "qualiopie" -> "qualiopi", "formaiton" -> "formation").
 */

/** Lower case, no accents or ligatures, apostrophes unified, spaces collapsed. */
export function fold(text: string): string {
  return foldAccents(text)
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The words of the original message that a folded phrase stands for, as the user wrote them
 * ("comptabilite" -> "comptabilité", "excel" -> "Excel"); the folded phrase itself when the
 * message does not hold it as it stands (an abbreviation or a typo was put right).
 */
export function asWritten(message: string, folded: string): string {
  let text = "";
  const starts: number[] = [];
  for (let i = 0; i < message.length; i++) {
    const part = fold(message[i] as string) || (/\s/.test(message[i] as string) ? " " : "");
    for (let k = 0; k < part.length; k++) starts.push(i);
    text += part;
  }
  const at = text.indexOf(folded);
  if (at < 0 || !folded) return folded;
  const end = at + folded.length - 1;
  return message.slice(starts[at], (starts[end] ?? message.length - 1) + 1);
}

/** Patterns of `abbreviations.json` (regular expressions, matched globally) with what they stand for, in the file's order. */
const compile = (table: Record<string, string>): [RegExp, string][] =>
  Object.entries(table).map(([pattern, replacement]) => [new RegExp(pattern, "g"), replacement]);

/** SMS and chat abbreviations, on folded text, per language ("dont" is a French word), compiled once. */
const ABBREVIATIONS: Record<Lang, [RegExp, string][]> = {
  fr: compile(abbreviations.fr),
  en: compile(abbreviations.en),
};

/**
 * Words of the domain people often mistype, with their inflections, per language: a word at one
 * edit (two for long words) from one of these, and not one of these itself, is read as it.
 */
export const DOMAIN_WORDS: Record<Lang, readonly string[]> = {
  fr: [
    "opco",
    "opcos",
    "qualiopi",
    "formation",
    "formations",
    "apprentissage",
    "apprenti",
    "apprentie",
    "apprentis",
    "alternance",
    "alternant",
    "alternante",
    "professionnalisation",
    "reconversion",
    "financement",
    "financer",
    "financee",
    "organisme",
    "organismes",
    "employeur",
    "employeurs",
    "salarie",
    "salaries",
    "salariee",
    "entreprise",
    "entreprises",
    "convention",
    "collective",
    "subrogation",
    "remboursement",
    "rembourser",
    "rembourse",
    "certification",
    "certifie",
    "certifiee",
    "competences",
    "developpement",
    "demandeur",
    "demandeuse",
    "emploi",
    "independant",
    "independante",
    "auto-entrepreneur",
    "micro-entrepreneur",
    "boulangerie",
    "restaurant",
    "association",
    "formateur",
    "formatrice",
    "dispositif",
    "dossier",
    "documents",
    "delai",
    "delais",
    "devis",
    "facture",
    "stagiaire",
    "chomage",
    "reconvertir",
    "transition",
    "contrat",
    "contrats",
    "comptable",
    "qualification",
  ],
  en: [
    "opco",
    "opcos",
    "qualiopi",
    "training",
    "trainings",
    "apprenticeship",
    "apprentice",
    "employer",
    "employee",
    "employees",
    "funding",
    "funded",
    "company",
    "provider",
    "certified",
    "certification",
    "qualification",
    "unemployed",
    "freelancer",
    "self-employed",
    "reimbursed",
    "reimbursement",
    "subsidy",
    "eligible",
    "eligibility",
    "contract",
    "business",
    "agreement",
  ],
};
const DOMAIN: Record<Lang, Set<string>> = { fr: new Set(DOMAIN_WORDS.fr), en: new Set(DOMAIN_WORDS.en) };
const BY_LENGTH: Record<Lang, Map<number, string[]>> = { fr: new Map(), en: new Map() };
for (const lang of ["fr", "en"] as const) {
  for (const word of DOMAIN[lang])
    BY_LENGTH[lang].set(word.length, [...(BY_LENGTH[lang].get(word.length) ?? []), word]);
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Words never put right: real words of French or English that are close to a domain word ("salaire", "apprendre"). */
export type RealWords = ReadonlySet<string>;

/**
 * The domain word a word at one or two edits stands for, if any, without asking whether the word
 * is a real one ("salaire" -> "salarie"): the build uses it to list the real words to leave alone.
 */
export function nearestDomainWord(word: string, lang: Lang): string | undefined {
  if (word.length < 4 || DOMAIN.fr.has(word) || DOMAIN.en.has(word) || /\d/.test(word)) return undefined;
  const max = word.length >= 9 ? 2 : 1;
  for (let length = word.length - max; length <= word.length + max; length++) {
    for (const candidate of BY_LENGTH[lang].get(length) ?? []) {
      if (candidate.length < 4 || (candidate.length < 5 && word.length !== candidate.length)) continue;
      if (editDistance(word, candidate, max) <= max) return candidate;
    }
  }
  return undefined;
}

/**
 * Folded text, abbreviations spelled out and mistyped domain words of the message's language put
 * right (a word of `realWords` is never a typo): what every parser reads.
 */
export function normalize(text: string, lang: Lang = "fr", realWords: RealWords = new Set()): string {
  let folded = fold(text);
  for (const [pattern, replacement] of ABBREVIATIONS[lang]) folded = folded.replace(pattern, replacement);
  return folded.replace(/[a-z][a-z-]{3,}/g, (word) =>
    realWords.has(word) ? word : (nearestDomainWord(word, lang) ?? word),
  );
}
