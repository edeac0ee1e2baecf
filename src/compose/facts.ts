/**
 * The checkable facts of a text: OPCO names, amounts, percentages, durations, dates and
 * eligibility verdicts, each reduced to a key that does not depend on how it is written
 * ("1 500 €", "1,500 euros" and "1500€" are all `amount:1500`).
 */
export type FactKind = "opco" | "amount" | "percent" | "duration" | "date" | "verdict";

export interface Fact {
  kind: FactKind;
  key: string;
  /** The words of the text the fact was read from. */
  text: string;
  /** Less precise keys the fact implies (a full date implies its month): a source grounds them too. */
  implied: string[];
}

/** An OPCO and every name it goes by (usual name, id, aliases). */
export interface OpcoNames {
  id: string;
  names: string[];
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2019\u02bc]/g, "'")
    .toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const SPACE = "[ \\u00a0\\u202f\\u2009]";
const NUM = `\\d{1,3}(?:(?:${SPACE}|[.,])\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?`;

/** "1 500" -> "1500", "1,500" -> "1500", "12,5" -> "12.5", "2.50" -> "2.5". */
export function normaliseNumber(raw: string): string {
  let text = raw.replace(/[ \u00a0\u202f\u2009]/g, "");
  if (/^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.test(text)) text = text.replace(/[.,]/g, "");
  else if (text.includes(",") && text.includes(".")) {
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    text = text.replace(decimal === "," ? /\./g : /,/g, "").replace(",", ".");
  } else text = text.replace(",", ".");
  const value = Number(text);
  return Number.isFinite(value) ? String(value) : raw;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join("|")})`;
const pad = (n: number | string) => String(n).padStart(2, "0");

const UNITS: [RegExp, string][] = [
  [/^(heures?|h|hours?|hrs?)$/, "hour"],
  [/^(jours?|days?)$/, "day"],
  [/^(semaines?|weeks?)$/, "week"],
  [/^(mois|months?)$/, "month"],
  [/^(ans?|annees?|years?)$/, "year"],
];
const unitOf = (word: string) => UNITS.find(([re]) => re.test(word))?.[1] ?? word;

export interface FactPattern {
  kind: FactKind;
  re: RegExp;
  key: (m: RegExpExecArray) => string | string[];
}

// Order matters: a span read by one pattern is blanked out before the next ones run
// (a date's day is not also a duration; "pas éligible" is not also "éligible").
const PATTERNS: FactPattern[] = [
  { kind: "date", re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, key: (m) => dateKeys(m[1], Number(m[2]), m[3]!) },
  { kind: "date", re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, key: (m) => dateKeys(m[3], Number(m[2]), m[1]!) },
  {
    kind: "date",
    re: new RegExp(`\\b(1er|\\d{1,2})${SPACE}+${MONTH}(?:${SPACE}+(\\d{4}))?\\b`, "g"),
    key: (m) => dateKeys(m[3], MONTHS[m[2]!]!, m[1]!),
  },
  {
    kind: "date",
    re: new RegExp(`\\b${MONTH}${SPACE}+(\\d{1,2})(?:st|nd|rd|th)?(?:,?${SPACE}+(\\d{4}))?\\b`, "g"),
    key: (m) => dateKeys(m[3], MONTHS[m[1]!]!, m[2]!),
  },
  {
    kind: "date",
    re: new RegExp(`\\b${MONTH}${SPACE}+(\\d{4})\\b`, "g"),
    key: (m) => `${m[2]}-${pad(MONTHS[m[1]!]!)}`,
  },
  {
    kind: "amount",
    re: new RegExp(
      `(${NUM})${SPACE}*(k|m|millions?${SPACE}+d'|millions?${SPACE}+of${SPACE}+)?${SPACE}*(?:€|euros?\\b|eur\\b)`,
      "g",
    ),
    key: (m) => amountKey(m[1]!, m[2]),
  },
  { kind: "amount", re: new RegExp(`€${SPACE}*(${NUM})`, "g"), key: (m) => normaliseNumber(m[1]!) },
  {
    kind: "percent",
    re: new RegExp(`(${NUM})${SPACE}*(?:%|pour${SPACE}?cent\\b|per${SPACE}?cent\\b)`, "g"),
    key: (m) => normaliseNumber(m[1]!),
  },
  {
    kind: "duration",
    re: new RegExp(
      `(${NUM})${SPACE}*(heures?|h|hours?|hrs?|jours?|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?)\\b`,
      "g",
    ),
    key: (m) => `${normaliseNumber(m[1]!)}:${unitOf(m[2]!)}`,
  },
  {
    kind: "verdict",
    re: /\b(?:peut(?:-| )etre|pourr(?:ait|iez|ez)(?: etre)?|may be|might be|could be|possibly|sous condition)s? (?:eligibles?|entitled)\b|\b(?:peu(?:t|vent) etre|may be) pris en charge\b/g,
    key: () => "maybe",
  },
  {
    kind: "verdict",
    re: /\b(?:non[- ]eligibles?|ineligibles?|not eligible|pas eligibles?|not entitled|n'(?:avez|a|ont) pas droit|no right to|pas (?:de )?droit)\b/g,
    key: () => "no",
  },
  { kind: "verdict", re: /\b(?:eligibles?|entitled to|(?:avez|a|ont) droit|ouvre(?:nt)? droit)\b/g, key: () => "yes" },
];

function dateKeys(year: string | undefined, month: number, day: string): string[] {
  const md = `${pad(month)}-${pad(day === "1er" ? 1 : Number(day))}`;
  return year ? [`${year}-${md}`, `--${md}`, `${year}-${md.slice(0, 2)}`] : [`--${md}`];
}

function amountKey(number: string, scale: string | undefined): string {
  const value = Number(normaliseNumber(number));
  const factor = !scale ? 1 : /^k/.test(scale) ? 1000 : 1_000_000;
  return Number.isFinite(value) ? String(value * factor) : number;
}

/** Reads OPCO names with word boundaries, accents and case folded; the longest name wins. */
export function opcoPattern(opcos: readonly OpcoNames[]): FactPattern {
  const byName = new Map<string, string>();
  for (const opco of opcos) for (const name of [opco.id, ...opco.names]) byName.set(fold(name), opco.id);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    kind: "opco",
    re: new RegExp(`(?<![\\p{L}\\d])(?:${names.join("|")})(?![\\p{L}\\d])`, "gu"),
    key: (m) => byName.get(m[0]) ?? m[0],
  };
}

/**
 * Every fact of `text`. Keys of one kind compare across languages and spellings; a date with
 * its year also yields its month (`2026-01`) and its day of the year (`--01-15`), so a reply
 * may say less than its source, never more.
 */
export function extractFacts(text: string, opcos: FactPattern): Fact[] {
  let rest = fold(text);
  const facts: Fact[] = [];
  for (const pattern of [opcos, ...PATTERNS]) {
    rest = rest.replace(pattern.re, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const keys = pattern.key(match);
      const [first, ...more] = Array.isArray(keys) ? keys : [keys];
      facts.push({
        kind: pattern.kind,
        key: `${pattern.kind}:${first}`,
        text: match[0],
        implied: more.map((key) => `${pattern.kind}:${key}`),
      });
      return " ".repeat(match[0].length);
    });
  }
  return facts;
}

/** Eligibility verdicts of tool outputs: `"eligible":"yes"` in their JSON. */
export function structuredVerdicts(json: string): string[] {
  return [...json.matchAll(/"eligible"\s*:\s*"(yes|no|maybe)"/g)].map((m) => `verdict:${m[1]}`);
}
