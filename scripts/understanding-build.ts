// Trains the intent classifier of the understanding stage on the development part of the
// understanding corpus (never the held-out part) into src/generated/intent-model.json.
// Usage: npm run understanding:build (part of npm run build)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { train } from "../src/understanding/classifier";
import { normalize } from "../src/understanding/text";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const examples: { text: string; label: string }[] = [];
for (const lang of ["fr", "en"] as const) {
  const path = join(root, "eval", "datasets", "understanding", `dev.${lang}.jsonl`);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { message: string; intent?: string | null };
    if (item.intent) examples.push({ text: normalize(item.message, lang), label: item.intent });
  }
}
const model = train(examples);
const out = join(root, "src", "generated", "intent-model.json");
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(model);
writeFileSync(out, json);
console.log(
  `understanding:build: intent classifier on ${examples.length} examples, ${Object.keys(model.features).length} features -> src/generated/intent-model.json (${gzipSync(json).length} bytes gzipped)`,
);
