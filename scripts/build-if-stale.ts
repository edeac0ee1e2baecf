/**
 * Runs `npm run build` only when its inputs changed since the last build: the knowledge cards
 * and data, the prompts, the understanding corpus, the code of src/ (the widget included), the
 * build scripts and the lock file. A fingerprint of their paths, sizes and modification times is
 * kept in src/generated/.build-stamp. `npm run chat` starts with it, so a launch after no change
 * skips the build. Usage: tsx scripts/build-if-stale.ts [--force]
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const STAMP = join(root, "src", "generated", ".build-stamp");
/** What `npm run build` reads. */
const INPUTS = ["knowledge", "prompts", "eval/datasets/understanding", "src", "scripts", "package-lock.json"];
/** What it writes: the build is needed when one is missing. */
const OUTPUTS = ["knowledge.json", "intent-model.json", "prompts.json", "widget.ts"].map((f) =>
  join(root, "src", "generated", f),
);

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  if (relative(root, path) === join("src", "generated")) return [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of every input's path, size and modification time. */
function fingerprint(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS)
    for (const file of files(join(root, input))) {
      const stat = statSync(file);
      hash.update(`${relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  return hash.digest("hex");
}

const current = fingerprint();
const built = existsSync(STAMP) ? readFileSync(STAMP, "utf8").trim() : "";
if (process.argv.includes("--force") || built !== current || !OUTPUTS.every((f) => existsSync(f))) {
  execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  writeFileSync(STAMP, `${fingerprint()}\n`);
} else {
  console.error("build: up to date (sources unchanged since the last build)");
}
