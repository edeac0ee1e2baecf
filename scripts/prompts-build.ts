// Bundles the prompt files of prompts/ into src/generated/prompts.json, each with a version id
// (the first 12 hex digits of the SHA-256 of its text), which the LLM composer logs with every turn.
// Usage: npm run prompts:build (part of npm run build)
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROMPT_NAMES, PromptBundleSchema } from "../src/compose/prompts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "prompts");
const files = new Set(readdirSync(dir).filter((name) => name.endsWith(".md")));
const missing = PROMPT_NAMES.filter((name) => !files.has(`${name}.md`));
if (missing.length) {
  console.error(`prompts:build: missing prompts/${missing.join(".md, prompts/")}.md`);
  process.exit(1);
}
const bundle = PromptBundleSchema.parse(
  Object.fromEntries(
    PROMPT_NAMES.map((name) => {
      const text = readFileSync(join(dir, `${name}.md`), "utf8")
        .replace(/\r\n/g, "\n")
        .trim();
      return [name, { text, version: createHash("sha256").update(text).digest("hex").slice(0, 12) }];
    }),
  ),
);
const out = join(root, "src", "generated", "prompts.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bundle, null, 2));
console.log(
  `prompts:build: ${PROMPT_NAMES.map((name) => `${name}@${bundle[name].version}`).join(", ")} -> src/generated/prompts.json`,
);
