import type { Lang } from "../core/lang";
import type { Card, CardResult } from "./card";

/** A card file as read from `knowledge/<lang>/<fileId>.md`. */
export interface CardFile {
  path: string;
  lang: Lang;
  fileId: string;
  result: CardResult;
}

/** Bounds of the short answer (the first paragraph). */
export const SHORT_ANSWER = { minSentences: 2, maxSentences: 4, minChars: 120, maxChars: 700 } as const;
/** A card must have been checked against its sources within this many days. */
export const MAX_AGE_DAYS = 365;

/** Sentences of a paragraph: ends at . ! ? followed by a space and a capital letter, a digit or the end. */
export function countSentences(text: string): number {
  const protectedText = text.replace(/\b(?:n°|no|art|etc|ex|p|cf|e\.g|i\.e|vs|M|Mme|St)\./gi, (m) =>
    m.replace(/\./g, "·"),
  );
  return protectedText.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d«"(])/u).filter((s) => s.trim()).length;
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * Every problem of a set of card files, as `path: message` lines (empty when all is well):
 * front matter schema, id = file name and folder = lang, unique ids, complete fr/en pairs,
 * https sources, `updated` within the last 12 months of `today` and not in the future, short
 * answer of 2-4 sentences within bounds, internal links to existing cards.
 */
export function checkCards(files: readonly CardFile[], today: string): string[] {
  const problems: string[] = [];
  // Ids per folder: a card's pair and duplicates are looked for where the files are.
  const ids: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
  for (const file of files) {
    if (!file.result.ok) {
      for (const problem of file.result.problems) problems.push(`${file.path}: ${problem}`);
      continue;
    }
    const { path } = file;
    const card: Card = file.result.card;
    if (card.id !== file.fileId) problems.push(`${path}: id "${card.id}" differs from the file name "${file.fileId}"`);
    if (card.lang !== file.lang) problems.push(`${path}: lang "${card.lang}" but the card is in ${file.lang}/`);
    const seen = ids[file.lang].get(card.id);
    if (seen) problems.push(`${path}: duplicate id "${card.id}" (also in ${seen})`);
    else ids[file.lang].set(card.id, path);

    for (const source of card.sources) {
      if (!source.url.startsWith("https://")) problems.push(`${path}: source ${source.url} is not https`);
      if (source.date > today) problems.push(`${path}: source ${source.url} is dated in the future (${source.date})`);
    }
    const age = daysBetween(card.updated, today);
    if (age > MAX_AGE_DAYS)
      problems.push(
        `${path}: updated ${card.updated} is more than 12 months old; re-check the card against its sources`,
      );
    if (age < 0) problems.push(`${path}: updated ${card.updated} is in the future`);

    const answer = card.shortAnswer;
    const sentences = countSentences(answer);
    if (!answer || answer.startsWith("#"))
      problems.push(`${path}: the body must start with a short answer paragraph, not a heading`);
    else {
      if (sentences < SHORT_ANSWER.minSentences || sentences > SHORT_ANSWER.maxSentences) {
        problems.push(
          `${path}: the short answer has ${sentences} sentence(s); write ${SHORT_ANSWER.minSentences} to ${SHORT_ANSWER.maxSentences}`,
        );
      }
      if (answer.length < SHORT_ANSWER.minChars || answer.length > SHORT_ANSWER.maxChars) {
        problems.push(
          `${path}: the short answer has ${answer.length} characters; keep it between ${SHORT_ANSWER.minChars} and ${SHORT_ANSWER.maxChars}`,
        );
      }
    }
    for (const link of card.links) {
      if (!files.some((f) => f.lang === file.lang && f.fileId === link))
        problems.push(`${path}: link to ${link}.md, which does not exist in ${file.lang}/`);
    }
  }
  for (const [lang, other] of [
    ["fr", "en"],
    ["en", "fr"],
  ] as const) {
    for (const [id, path] of ids[lang]) {
      if (!ids[other].has(id)) problems.push(`${path}: no ${other} version (no card with id "${id}" in ${other}/)`);
    }
  }
  return problems;
}

/** The valid cards of a set of files. */
export const validCards = (files: readonly CardFile[]): Card[] =>
  files.flatMap((file) => (file.result.ok ? [file.result.card] : []));
