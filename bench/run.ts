/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each exports `run(): Promise<Record<string, number>>`)
 * and prints their figures merged into one JSON object. Figures are measured, never asserted.
 * A file that exports `onlyWhenNamed = true` (the soak, the red team: minutes long) runs only when
 * named: `npm run bench -- soak`.
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith(".bench.ts") && (!only.length || only.some((o) => f.includes(o))))
  .sort();
const figures: Record<string, number | string> = { date: new Date().toISOString() };
for (const file of files) {
  const started = performance.now();
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as {
    run: () => Promise<Record<string, number>>;
    onlyWhenNamed?: boolean;
  };
  if (mod.onlyWhenNamed && !only.length) continue;
  Object.assign(figures, await mod.run());
  process.stderr.write(`bench: ${file} in ${Math.round(performance.now() - started)} ms\n`);
}
console.log(JSON.stringify(figures, null, 2));
