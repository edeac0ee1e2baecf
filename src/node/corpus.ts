import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../core/lang";
import { normalize, type RealWords } from "../understanding/text";

/** A message of the development part of the understanding corpus, as the build reads it. */
export interface DevelopmentMessage {
  lang: Lang;
  message: string;
  acts: string[];
  intent?: string | null;
  expect?: { cards?: string[] } | null;
}

/**
 * The development part of the understanding corpus (eval/datasets/understanding/dev.*.jsonl), at
 * build time. Never the held-out part: it measures what nobody trained or tuned on.
 */
export function readDevelopmentMessages(root: string): DevelopmentMessage[] {
  return (["fr", "en"] as const).flatMap((lang) => {
    const path = join(root, "eval", "datasets", "understanding", `dev.${lang}.jsonl`);
    if (!existsSync(path)) return [];
    return readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => ({ ...(JSON.parse(line) as Omit<DevelopmentMessage, "lang">), lang }));
  });
}

/** The questions of the development corpus with the card their author expected, normalised: how people ask each card. */
export function labelledQuestions(root: string, realWords?: RealWords): { lang: Lang; card: string; text: string }[] {
  return readDevelopmentMessages(root).flatMap((item) => {
    const card = item.expect?.cards?.[0];
    return card && item.acts.includes("question")
      ? [{ lang: item.lang, card, text: normalize(item.message, item.lang, realWords) }]
      : [];
  });
}
