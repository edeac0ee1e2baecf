import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { labelledQuestions } from "../../src/node/corpus";
import { readCardFiles } from "../../src/node/knowledge-files";
import { validCards } from "../../src/retrieval/checks";
import { bundleKnowledge, loadKnowledge } from "../../src/retrieval/knowledge";
import { loadUnderstandingModel } from "../../src/understanding/bundled";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const KNOWLEDGE_DIR = join(ROOT, "knowledge");
export const BROKEN_DIR = join(ROOT, "test", "fixtures", "knowledge-broken");

/** The real cards of knowledge/, through the same build (bundle with the card classifier, save, load) as the worker's. */
export function realKnowledge() {
  const cards = validCards(readCardFiles(KNOWLEDGE_DIR));
  const bundle = bundleKnowledge(
    cards,
    "2026-11-23T00:00:00.000Z",
    labelledQuestions(ROOT, loadUnderstandingModel().realWords),
  );
  return { cards, bundle, kb: loadKnowledge(JSON.parse(JSON.stringify(bundle)) as typeof bundle) };
}
