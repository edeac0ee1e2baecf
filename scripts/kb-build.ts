// Builds the knowledge bundle the worker imports: every card of knowledge/fr and knowledge/en,
// one Orama index per language serialised with `save`, and the card classifier trained on the
// cards' questions and the labelled messages of the development part of the understanding
// corpus, into src/generated/knowledge.json.
// Usage: npm run kb:build
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { labelledQuestions } from "../src/node/corpus";
import { readCardFiles } from "../src/node/knowledge-files";
import { validCards } from "../src/retrieval/checks";
import { bundleKnowledge } from "../src/retrieval/knowledge";
import { loadUnderstandingModel } from "../src/understanding/bundled";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = readCardFiles(join(root, "knowledge"));
const broken = files.flatMap((file) => (file.result.ok ? [] : file.result.problems.map((p) => `${file.path}: ${p}`)));
if (broken.length) {
  console.error(`kb:build: ${broken.length} problem(s) in the cards:\n${broken.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}

// The messages read as the running assistant reads them (understanding:build runs first).
const examples = labelledQuestions(root, loadUnderstandingModel().realWords);
const bundle = bundleKnowledge(validCards(files), new Date().toISOString(), examples);
const out = join(root, "src", "generated", "knowledge.json");
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(bundle);
writeFileSync(out, json);
console.log(
  `kb:build: ${bundle.cards.length} cards, a card classifier on ${examples.length} labelled messages -> src/generated/knowledge.json (${json.length} bytes, ${gzipSync(json).length} gzipped)`,
);
