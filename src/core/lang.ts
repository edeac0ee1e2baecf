import { z } from "zod";

/** The two languages the assistant speaks. */
export const LangSchema = z.enum(["fr", "en"]).describe("Language of the conversation: French or English");
export type Lang = z.infer<typeof LangSchema>;

/** Text in both languages: every piece of copy is one, picked with `text[lang]`. */
export type Bilingual = Record<Lang, string>;

/** A `{name}` in a text of copy: where a shared clause goes. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Copy as its JSON file writes it, with every `{name}` of a bilingual text (`{ fr, en }`) replaced
 * by the same language of `clauses[name]`: a clause several texts share is written once. Throws on
 * a name `clauses` lacks, so a misspelt placeholder fails when the module loads.
 */
export function fillClauses<T>(copy: T, clauses: Readonly<Record<string, Bilingual>>): T {
  const fill = (text: string, lang: Lang) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const clause = clauses[name];
      if (!clause) throw new Error(`copy: no clause for the placeholder {${name}}`);
      return clause[lang];
    });
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== "object") return node;
    const { fr, en } = node as Partial<Bilingual>;
    if (typeof fr === "string" && typeof en === "string" && Object.keys(node).length === 2)
      return { fr: fill(fr, "fr"), en: fill(en, "en") };
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  return walk(copy) as T;
}

/** The other language (a French question also searches the English cards). */
export const otherLang = (lang: Lang): Lang => (lang === "fr" ? "en" : "fr");

/** "Label : value" in French typography, "Label: value" in English. */
export const labelled = (label: string, value: string, lang: Lang) => `${label}${lang === "fr" ? " : " : ": "}${value}`;

/** A value the user typed, quoted the way each language quotes. */
export const quote = (value: string, lang: Lang) => (lang === "fr" ? `« ${value} »` : `"${value}"`);

/** Items of a list written on one line: "a ; b" in French, "a; b" in English. */
export const listed = (items: readonly string[], lang: Lang) => items.join(lang === "fr" ? " ; " : "; ");

const AS_SOON_AS_POSSIBLE: Bilingual = { fr: "dès que possible", en: "as soon as possible" };

/** `YYYY-MM-DD` or `YYYY-MM` as people read it: "15 mars 2027", "March 2027"; `asap`: "dès que possible". */
export function formatDate(iso: string, lang: Lang): string {
  if (iso === "asap") return AS_SOON_AS_POSSIBLE[lang];
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m) return iso;
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    year: "numeric",
    month: "long",
    ...(d ? { day: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d || 1)));
}
