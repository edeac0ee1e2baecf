// Evaluation of ask(): hit@1, hit@3, MRR and fact coverage per language, on every question
// and on the questions whose first expected card is in the knowledge base. The dev set
// (ask.<lang>.jsonl) prints its misses; the held-out set (ask-holdout.<lang>.jsonl), never
// used for tuning, prints its figures only (add --holdout-misses to see them).
// Usage: npm run eval:ask
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Lang } from "../src/core/lang";
import { ask } from "../src/retrieval/ask";
import { loadBundledKnowledge } from "../src/retrieval/bundled";

const ItemSchema = z.object({
  question: z.string().min(1),
  expected: z.array(z.string()).min(1),
  facts: z.array(z.string()),
  forbidden: z.array(z.string()).optional(),
});
type Item = z.infer<typeof ItemSchema>;

const here = dirname(fileURLToPath(import.meta.url));
const kb = loadBundledKnowledge();
const round = (value: number) => Math.round(value * 1000) / 1000;

function evaluate(items: readonly Item[]) {
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  let facts = 0;
  let factsFound = 0;
  let forbidden = 0;
  const misses: string[] = [];
  for (const item of items) {
    const result = ask(kb, item.question);
    const ids = result.retrieved.map((r) => r.id);
    const rank = ids.findIndex((id) => item.expected.includes(id)) + 1;
    if (rank === 1) hit1++;
    if (rank >= 1 && rank <= 3) hit3++;
    if (rank >= 1) mrr += 1 / rank;
    else misses.push(`${item.question} -> ${ids.slice(0, 3).join(", ") || "(nothing)"} [${result.outcome}]`);
    for (const fact of item.facts) {
      facts++;
      if (new RegExp(fact, "iu").test(result.answer.text)) factsFound++;
      else misses.push(`${item.question} -> fact /${fact}/ missing [${result.outcome}]`);
    }
    for (const pattern of item.forbidden ?? []) if (new RegExp(pattern, "iu").test(result.answer.text)) forbidden++;
  }
  const n = items.length || 1;
  return {
    questions: items.length,
    hit_at_1: round(hit1 / n),
    hit_at_3: round(hit3 / n),
    mrr: round(mrr / n),
    fact_coverage: round(facts ? factsFound / facts : 0),
    forbidden_matches: forbidden,
    misses,
  };
}

const available = new Set([...kb.cards.fr.keys(), ...kb.cards.en.keys()]);
console.log(`eval:ask on ${available.size} card ids (${[...available].sort().join(", ")})`);
const showHoldoutMisses = process.argv.includes("--holdout-misses");
for (const [set, file, showMisses] of [["dev", "ask", true], ["held-out", "ask-holdout", showHoldoutMisses]] as const) {
  for (const lang of ["fr", "en"] as Lang[]) {
    const items = readFileSync(join(here, "datasets", `${file}.${lang}.jsonl`), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => ItemSchema.parse(JSON.parse(line)));
    const answerable = items.filter((item) => available.has(item.expected[0] ?? ""));
    for (const [scope, subset] of [["all", items], ["cards present", answerable]] as const) {
      const { misses, ...figures } = evaluate(subset);
      console.log(`${set} ${lang} (${scope}): ${JSON.stringify(figures)}`);
      if (scope === "cards present" && showMisses) for (const miss of misses) console.log(`  miss: ${miss}`);
    }
  }
}
