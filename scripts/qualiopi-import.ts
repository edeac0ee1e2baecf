/**
 * `npm run qualiopi:import -- <file.csv> [--out dir] [--as-of YYYY-MM-DD]`: reads the official list
 * of training organisations (the ';'-separated CSV of the open-data portal) and writes
 * `<dir>/qualiopi.json` (the in-memory registry for Node and the CLI) and `<dir>/qualiopi.sql`
 * (to load the D1 registry: `npx wrangler d1 execute QUALIOPI --local --file <dir>/qualiopi.sql`).
 * The list's date defaults to the file's modification date.
 */

import { importOfficialListFile } from "../src/node/qualiopi/import-csv";
import { DEFAULT_DATA_DIR, writeSnapshot } from "../src/node/qualiopi/snapshot-file";
import { runMain } from "./run-main";
import { parseFlags } from "./tool";

async function main(argv: string[]) {
  const [file, ...rest] = argv;
  if (!file || file.startsWith("--")) {
    console.error("Usage: npm run qualiopi:import -- <file.csv> [--out dir] [--as-of YYYY-MM-DD]");
    return 2;
  }
  const flags = parseFlags(rest);
  const out = typeof flags.out === "string" ? flags.out : DEFAULT_DATA_DIR;
  const asOf = typeof flags["as-of"] === "string" ? flags["as-of"] : undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error("--as-of takes a date: YYYY-MM-DD");
    return 2;
  }
  const started = performance.now();
  const { snapshot, report } = await importOfficialListFile(file, asOf);
  const written = await writeSnapshot(snapshot, out);
  const certified = snapshot.organisations.filter((o) => o.categories.length > 0).length;
  console.log(
    JSON.stringify(
      { asOf: snapshot.asOf, ...report, certified, files: written, ms: Math.round(performance.now() - started) },
      null,
      2,
    ),
  );
  return 0;
}

runMain(import.meta.url, main);
