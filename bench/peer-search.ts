/**
 * Search speed against the peer, in a process of its own (no other benchmark's garbage to collect):
 * the project's search and MiniSearch over the same cards and the same queries, timed in turns.
 * Prints one JSON object. Run by bench/peer.bench.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { readCardFiles } from "../src/node/knowledge-files";
import { loadBundledKnowledge } from "../src/retrieval/bundled";
import { validCards } from "../src/retrieval/checks";
import { searchKnowledge } from "../src/retrieval/search";
import { percentile, round } from "./stats";

const root = fileURLToPath(new URL("..", import.meta.url));
const cards = validCards(readCardFiles(join(root, "knowledge")));
const kb = loadBundledKnowledge();
const peers = Object.fromEntries(
  (["fr", "en"] as const).map((lang) => {
    const index = new MiniSearch({
      fields: ["title", "questions", "body"],
      searchOptions: { boost: { title: 2, questions: 2 }, prefix: true, fuzzy: 0.2 },
    });
    index.addAll(
      cards
        .filter((c) => c.lang === lang)
        .map((c) => ({ id: c.id, title: c.title, questions: c.questions.join(" "), body: c.body })),
    );
    return [lang, index];
  }),
) as Record<"fr" | "en", MiniSearch>;

// The queries: every message of the understanding corpus, as people wrote them.
const queries: { lang: "fr" | "en"; text: string }[] = [];
for (const split of ["dev", "holdout"])
  for (const lang of ["fr", "en"] as const)
    for (const line of readFileSync(
      join(root, "eval", "datasets", "understanding", `${split}.${lang}.jsonl`),
      "utf8",
    ).split("\n"))
      if (line.trim()) queries.push({ lang, text: (JSON.parse(line) as { message: string }).message });

const ours: number[] = [];
const theirs: number[] = [];
for (let round_ = 0; round_ < 6; round_++) {
  for (const { lang, text } of queries) {
    let t = performance.now();
    searchKnowledge(kb, text, { lang, limit: 5 });
    const a = performance.now() - t;
    t = performance.now();
    peers[lang].search(text).slice(0, 5);
    const b = performance.now() - t;
    // The first round warms both up.
    if (round_ > 0) {
      ours.push(a);
      theirs.push(b);
    }
  }
}
const p99 = { ours: percentile(ours, 99), theirs: percentile(theirs, 99) };
console.log(
  JSON.stringify({
    peer_queries: queries.length,
    peer_search_p50_ms: round(percentile(ours, 50)),
    peer_search_p99_ms: round(p99.ours),
    peer_minisearch_p50_ms: round(percentile(theirs, 50)),
    peer_minisearch_p99_ms: round(p99.theirs),
    peer_p99_ratio: round(p99.ours / p99.theirs, 2),
  }),
);
