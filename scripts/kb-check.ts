// Checks every knowledge card (front matter schema, ids, fr/en pairs, sources, freshness,
// short answer, internal links) and exits with 1 and the list of problems if any.
// Usage: npm run kb:check [-- <knowledge dir>]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readCardFiles } from "../src/node/knowledge-files";
import { checkCards } from "../src/retrieval/checks";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ? resolve(process.argv[2]) : join(root, "knowledge");
const files = readCardFiles(dir);
const problems = checkCards(files, new Date().toISOString().slice(0, 10));
if (!files.length) {
  console.error(`kb:check: no card found under ${dir}`);
  process.exit(1);
}
if (problems.length) {
  console.error(
    `kb:check: ${problems.length} problem(s) in ${files.length} card files:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
console.log(`kb:check: ${files.length} card files, no problem`);
