import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCardFiles } from "../../src/node/knowledge-files";
import { validCards } from "../../src/retrieval/checks";
import { bundleKnowledge, loadKnowledge } from "../../src/retrieval/knowledge";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const KNOWLEDGE_DIR = join(ROOT, "knowledge");
export const BROKEN_DIR = join(ROOT, "test", "fixtures", "knowledge-broken");

/** The real cards of knowledge/, through the same build (bundle, save, load) as the worker's. */
export function realKnowledge() {
  const cards = validCards(readCardFiles(KNOWLEDGE_DIR));
  const bundle = bundleKnowledge(cards, "2026-11-23T00:00:00.000Z");
  return { cards, bundle, kb: loadKnowledge(JSON.parse(JSON.stringify(bundle)) as typeof bundle) };
}
