// Builds the knowledge bundle the worker imports: every card of knowledge/fr and knowledge/en,
// one Orama index per language serialised with `save`, and the labelled example questions of the
// development part of the understanding corpus, into src/generated/knowledge.json.
// Usage: npm run kb:build
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Lang } from "../src/core/lang";
import { readCardFiles } from "../src/node/knowledge-files";
import { validCards } from "../src/retrieval/checks";
import { bundleKnowledge } from "../src/retrieval/knowledge";
import { understand } from "../src/understanding/understand";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = readCardFiles(join(root, "knowledge"));
const broken = files.flatMap((file) => (file.result.ok ? [] : file.result.problems.map((p) => `${file.path}: ${p}`)));
if (broken.length) {
  console.error(`kb:build: ${broken.length} problem(s) in the cards:\n${broken.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}

/**
 * The questions of the development corpus with the card their author expected, as more ways of
 * asking each card's question. Never the held-out part: it measures what nobody tuned on.
 */
function developmentExamples() {
  const examples: { lang: Lang; card: string; text: string }[] = [];
  for (const lang of ["fr", "en"] as const) {
    const path = join(root, "eval", "datasets", "understanding", `dev.${lang}.jsonl`);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { message: string; acts: string[]; expect?: { cards?: string[] } | null };
      const card = item.expect?.cards?.[0];
      if (!card || !item.acts.includes("question")) continue;
      const read = understand(item.message, { now: new Date() }, { activities: () => [] });
      examples.push({ lang, card, text: read.normalised });
    }
  }
  return examples;
}

const examples = developmentExamples();
const bundle = bundleKnowledge(validCards(files), new Date().toISOString(), examples);
const out = join(root, "src", "generated", "knowledge.json");
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(bundle);
writeFileSync(out, json);
console.log(
  `kb:build: ${bundle.cards.length} cards and ${bundle.examples.length} example questions -> src/generated/knowledge.json (${json.length} bytes, ${gzipSync(json).length} gzipped)`,
);
