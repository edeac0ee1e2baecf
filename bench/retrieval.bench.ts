import { gzipSync } from "node:zlib";
import bundleJson from "../src/generated/knowledge.json";
import { ask } from "../src/retrieval/ask";
import { KnowledgeBundleSchema, loadKnowledge } from "../src/retrieval/knowledge";
import { loadIndex } from "../src/retrieval/orama";
import { searchKnowledge } from "../src/retrieval/search";
import { percentile, round, timeEach } from "./stats";

const QUERIES = [
  "C'est quoi un OPCO ?",
  "Qualiopi obligatoire ?",
  "la pro-a existe encore en 2026",
  "How many hours is a période de reconversion?",
  "is Qualiopi mandatory for the CPF",
  "combien de temps l'opco met pour répondre",
  "transco",
  "who pays for my employees training",
];

/** In-process search and ask latency, index load time and the bundle's size on the wire. */
export async function run() {
  const bundle = KnowledgeBundleSchema.parse(bundleJson);
  const loads = timeEach(50, () => {
    loadIndex("fr", bundle.indexes.fr ?? "");
    loadIndex("en", bundle.indexes.en ?? "");
  });
  const startups = timeEach(20, () => loadKnowledge(KnowledgeBundleSchema.parse(bundleJson)));
  const kb = loadKnowledge(bundle);
  for (let i = 0; i < 500; i++) searchKnowledge(kb, QUERIES[i % QUERIES.length] ?? "");
  const searches = timeEach(5_000, (i) => searchKnowledge(kb, QUERIES[i % QUERIES.length] ?? ""));
  const asks = timeEach(2_000, (i) => ask(kb, QUERIES[i % QUERIES.length] ?? ""));
  const json = JSON.stringify(bundleJson);
  return {
    knowledge_cards: kb.size,
    search_p50_ms: round(percentile(searches, 50)),
    search_p99_ms: round(percentile(searches, 99)),
    ask_p99_ms: round(percentile(asks, 99)),
    index_load_ms: round(percentile(loads, 50), 2),
    kb_startup_ms: round(percentile(startups, 50), 2),
    index_bytes: json.length,
    index_gzip_bytes: gzipSync(json).length,
  };
}
