import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

/** The search against MiniSearch, same cards and queries, in a fresh process (bench/peer-search.ts). */
export async function run(): Promise<Record<string, number>> {
  const { stdout } = await exec(`${root}node_modules/.bin/tsx`, ["bench/peer-search.ts"], {
    cwd: root,
    timeout: 300_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
}
