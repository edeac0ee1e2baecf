import { z } from "zod";
import { ROLES, SchemeIdSchema } from "../core/ids";
import { LangSchema } from "../core/lang";

/** A calendar date `YYYY-MM-DD` (YAML may give it as a Date). */
const DateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date(),
);

export const SourceSchema = z.object({
  url: z.url({ protocol: /^https$/ }).describe("Official page the card is written from (https)"),
  title: z.string().min(3).describe("Title of the official page"),
  date: DateSchema.describe("Date of the official page"),
});
export type Source = z.infer<typeof SourceSchema>;

/** Front matter of a knowledge card, as written in `knowledge/<lang>/<id>.md`. */
export const CardFrontMatterSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case")
    .describe("Card id, the file name without .md"),
  lang: LangSchema,
  title: z.string().min(5).max(140).describe("The question the card answers"),
  questions: z.array(z.string().min(3)).min(3).max(8).describe("How people actually ask it"),
  audience: z.array(z.enum(ROLES)).min(1).describe("Who the card is for"),
  schemes: z.array(SchemeIdSchema).default([]).describe("Funding schemes the card is about"),
  sources: z.array(SourceSchema).min(1).describe("Official sources, with their dates"),
  updated: DateSchema.describe("When the card was last checked against its sources"),
});
export type CardFrontMatter = z.infer<typeof CardFrontMatterSchema>;

/** A parsed card: front matter, the short answer (first paragraph), the body and its internal links. */
export const CardSchema = CardFrontMatterSchema.extend({
  shortAnswer: z.string().describe("First paragraph of the body: a complete answer on its own"),
  body: z.string().describe("The Markdown body, short answer included"),
  links: z.array(z.string()).describe("Ids of the cards the body links to"),
});
export type Card = z.infer<typeof CardSchema>;

/** What the worker ships for each card: everything but the body. */
export const CardMetaSchema = CardSchema.omit({ body: true });
export type CardMeta = z.infer<typeof CardMetaSchema>;

/** Splits `---\n<yaml>\n---\n<body>`; null when the file has no front matter. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ""));
  if (!match) return null;
  return { frontMatter: match[1] ?? "", body: (match[2] ?? "").trim() };
}

/** The first paragraph of a Markdown body (lines up to the first blank line), on one line. */
export function firstParagraph(body: string): string {
  const paragraph = body.trim().split(/\r?\n\s*\r?\n/)[0] ?? "";
  return paragraph.replace(/\s*\r?\n\s*/g, " ").trim();
}

/** Ids of the sibling cards a body links to: `[text](other-id.md)`. */
export function internalLinks(body: string): string[] {
  const ids = [...body.matchAll(/\]\(\s*(?:\.\/)?([^)\s/#]+)\.md(?:#[^)]*)?\s*\)/g)].map((m) => m[1] as string);
  return [...new Set(ids)];
}

export type CardResult = { ok: true; card: Card } | { ok: false; problems: string[] };

/**
 * Builds a card from its file text. The YAML parser is passed in (build-time only), so this
 * module stays free of platform and build dependencies.
 */
export function parseCard(text: string, parseYaml: (source: string) => unknown): CardResult {
  const parts = splitFrontMatter(text);
  if (!parts) return { ok: false, problems: ["no front matter (the file must start with --- and a YAML block)"] };
  let data: unknown;
  try {
    data = parseYaml(parts.frontMatter);
  } catch (error) {
    return {
      ok: false,
      problems: [
        `front matter is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      ],
    };
  }
  const meta = CardFrontMatterSchema.safeParse(data);
  if (!meta.success) {
    return {
      ok: false,
      problems: meta.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "front matter"}: ${i.message}`),
    };
  }
  return {
    ok: true,
    card: { ...meta.data, shortAnswer: firstParagraph(parts.body), body: parts.body, links: internalLinks(parts.body) },
  };
}
