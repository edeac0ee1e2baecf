import { z } from "zod";
import type { Lang } from "../core/lang";

/** A block of a card's body as shipped: a paragraph, or a list with its lead-in line, under its section's heading. */
export const BlockSchema = z.object({
  heading: z.string().optional().describe("Title of the section the block belongs to"),
  text: z
    .string()
    .describe("The paragraph, or the list's lead-in line (may be empty); links to other cards as plain text"),
  items: z.array(z.string()).optional().describe("The list's items"),
});
export type Block = z.infer<typeof BlockSchema>;

/** A passage: one paragraph, or one list item read with its list's lead-in line. */
export interface Passage {
  heading?: string;
  /** The list's lead-in line, for an item (empty when the list has none). */
  lead?: string;
  text: string;
}

/** Sections whose content is not an answer: the card's sources are cited apart. */
const NOT_AN_ANSWER = /^(?:sources?|références|references)$/i;
/** A list item: "- ", "* " or "1. ". */
const ITEM = /^\s*(?:[-*]|\d+[.)])\s+/;

/** A table row: "| 1st | 27 % | 43 % |"; its separator row: "|---|---|". */
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|[\s|:-]+\|\s*$/;

const cellsOf = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim());

/**
 * A table as the lines of a list, one per row, each cell named by its column, so that a chat
 * (which shows no tables) reads it and a question finds its row: "1st (Year) — under 18: 27 %; 18-20: 43 %".
 */
function tableItems(rows: readonly string[], lang: Lang): string[] {
  const [header = [], ...body] = rows.filter((row) => !TABLE_RULE.test(row)).map(cellsOf);
  const colon = lang === "fr" ? " : " : ": ";
  return body.map(([first = "", ...cells]) => {
    const named = cells.map((cell, i) => `${header[i + 1] ?? ""}${colon}${cell}`).join(lang === "fr" ? " ; " : "; ");
    return `${first}${header[0] ? ` (${header[0]})` : ""} — ${named}`;
  });
}

/**
 * The blocks of a card's body after its short answer (the first paragraph): each paragraph, and
 * each list with its lead-in line ("au plus tard :"), with the heading of its section. A table
 * becomes a list, one item per row.
 */
export function splitBlocks(body: string, lang: Lang = "fr"): Block[] {
  const blocks: Block[] = [];
  let heading: string | undefined;
  const parts = body
    .replace(/\]\(\s*(?:\.\/)?[^)\s/#]+\.md(?:#[^)]*)?\s*\)/g, "]")
    .replace(/\[([^\]]+)\](?!\()/g, "$1")
    .split(/\r?\n\s*\r?\n/)
    .slice(1);
  for (const part of parts) {
    const lines = part.split(/\r?\n/).filter((line) => line.trim());
    const title = /^#{1,6}\s+(.*)$/.exec(lines[0] ?? "");
    if (title) {
      heading = title[1]?.trim();
      lines.shift();
    }
    if (!lines.length || (heading && NOT_AN_ANSWER.test(heading))) continue;
    if (lines.every((line) => TABLE_ROW.test(line))) {
      blocks.push({ ...(heading ? { heading } : {}), text: "", items: tableItems(lines, lang) });
      continue;
    }
    const lead: string[] = [];
    const items: string[] = [];
    for (const line of lines) {
      if (ITEM.test(line)) items.push(line.replace(ITEM, "").trim());
      else if (items.length) items[items.length - 1] += ` ${line.trim()}`;
      else lead.push(line.trim());
    }
    blocks.push({ ...(heading ? { heading } : {}), text: lead.join(" "), ...(items.length ? { items } : {}) });
  }
  return blocks;
}

/** The passages of a card's blocks: each paragraph, and each list item with its lead-in line. */
export function passagesOf(blocks: readonly Block[]): Passage[] {
  return blocks.flatMap(({ heading, text, items }) => {
    const at = heading ? { heading } : {};
    if (!items) return [{ ...at, text }];
    return items.map((item) => ({ ...at, lead: text, text: item }));
  });
}

/** Least weight of the question's own terms a passage must hold to be quoted. */
const MIN_PASSAGE_WEIGHT = 0.35;
/** A second passage is quoted when it weighs at least this share of the first. */
const SECOND_PASSAGE_SHARE = 0.8;
/** Weight of a term of the message around the question ("I have been on a permanent contract for 18 months"). */
const CONTEXT_SHARE = 0.3;
/** Weight of a question term the card's short answer already holds. */
const ALREADY_SAID = 0.25;
/** Extra weight of a question term the passage's section heading holds: the section is about it. */
const IN_HEADING = 1;

/**
 * The passages of a card that answer what its short answer does not: a question term counts by
 * how rare it is among the card's passages (idf), a quarter when the short answer already says it;
 * a term of the message around the question (`asked.context`) counts less, and a term common to
 * the whole knowledge base ("trouver", "payer") less than a specific one ("permis"): `specificity`.
 * "PTP: how much seniority?" quotes the conditions' item on seniority; "what is the PTP?" none.
 * Returns the indexes of at most two passages, best first, in the card's order when tied.
 */
export function answeringPassages(
  asked: { terms: readonly string[]; context?: readonly string[] },
  passageTerms: readonly ReadonlySet<string>[],
  answerTerms: ReadonlySet<string>,
  specificity: (term: string) => number = () => 1,
  headingTerms: readonly ReadonlySet<string>[] = [],
  prior: readonly number[] = [],
): number[] {
  const count = passageTerms.length;
  if (!count) return [];
  const weights = new Map<string, number>();
  const weigh = (term: string, share: number) => {
    if (weights.has(term)) return;
    const df = passageTerms.reduce((n, terms) => n + (terms.has(term) ? 1 : 0), 0);
    if (df)
      weights.set(
        term,
        share * specificity(term) * Math.log(1 + count / df) * (answerTerms.has(term) ? ALREADY_SAID : 1),
      );
  };
  for (const term of asked.terms) weigh(term, 1);
  for (const term of asked.context ?? []) weigh(term, CONTEXT_SHARE);
  const scored = passageTerms
    .map((terms, i) => {
      let score = 0;
      const heading = headingTerms[i];
      for (const [term, weight] of weights)
        if (terms.has(term)) score += weight * (heading?.has(term) ? 1 + IN_HEADING : 1);
      return { i, score: score * (prior[i] ?? 1) };
    })
    .filter(({ score }) => score >= MIN_PASSAGE_WEIGHT)
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const [first, second] = scored;
  if (!first) return [];
  return second && second.score >= first.score * SECOND_PASSAGE_SHARE ? [first.i, second.i] : [first.i];
}

/**
 * Passages as quoted under an answer: each with its section's heading and its list's lead-in;
 * items of one list are quoted together, under their lead-in once.
 */
export function quotePassages(passages: readonly Passage[], lang: Lang): string[] {
  const quotes: { heading?: string | undefined; lead?: string | undefined; texts: string[] }[] = [];
  for (const { heading, lead, text } of passages) {
    const same = lead !== undefined ? quotes.find((q) => q.heading === heading && q.lead === lead) : undefined;
    if (same) same.texts.push(text);
    else quotes.push({ heading, lead, texts: [text] });
  }
  return quotes.map(({ heading, lead, texts }) => {
    const list = texts.map((t) => `- ${t}`).join("\n");
    const body =
      lead === undefined
        ? texts.join(" ")
        : texts.length > 1
          ? `${lead}\n${list}`.trim()
          : `${lead} ${texts[0]}`.trim();
    // A passage that opens in bold names its subject already.
    const colon = lang === "fr" ? " :" : ":";
    return heading && !body.startsWith("**")
      ? `**${heading}**${colon}${body.startsWith("- ") ? "\n" : " "}${body}`
      : body;
  });
}

/** What a question asks for, when a passage can show it: an amount, or a time limit. */
export type Wanted = "amount" | "deadline";

/** Extra weight of a passage that holds what the question asks for (a figure in euros or per cent, a time limit). */
const HOLDS_WANTED = 1;
const WANTED: Record<Wanted, RegExp> = {
  amount: /\d[\d\s.,]*\s?(?:€|%|euros?|eur\b)|\bsmic\b|€\s?\d/i,
  deadline:
    /\b(?:\d+|une?|deux|trois|quatre|cinq|six|huit|dix|quinze|trente|one|two|three|four|five|six|eight|ten|fifteen|thirty)\s?(?:jours?|days?|mois|months?|semaines?|weeks?|heures?|hours?|ans?|years?)\b/i,
};

/** The weight of each passage for a question that asks for an amount or a time limit (1 for the others). */
export function wantedPrior(passages: readonly Passage[], wanted: Wanted | undefined): number[] {
  if (!wanted) return [];
  return passages.map((p) => (WANTED[wanted].test(`${p.lead ?? ""} ${p.text}`) ? 1 + HOLDS_WANTED : 1));
}
