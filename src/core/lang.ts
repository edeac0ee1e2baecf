import { z } from "zod";

/** The two languages the assistant speaks. */
export const LangSchema = z.enum(["fr", "en"]).describe("Language of the conversation: French or English");
export type Lang = z.infer<typeof LangSchema>;

/** Text in both languages: every piece of copy is one, picked with `text[lang]`. */
export type Bilingual = Record<Lang, string>;

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
