// Lists the cards whose travail-emploi.gouv.fr source changed after the card's `updated` date,
// or is no longer in the official data (@socialgouv/fiches-travail-data), so a maintainer knows
// what to re-check. Usage: npm run kb:sources
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCardFiles } from "../src/node/knowledge-files";
import { validCards } from "../src/retrieval/checks";
import { type OfficialSheet, staleSources } from "../src/retrieval/freshness";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const dataPath = require.resolve("@socialgouv/fiches-travail-data/data/fiches-travail.json");
const sheets = JSON.parse(readFileSync(dataPath, "utf8")) as OfficialSheet[];
const cards = validCards(readCardFiles(join(root, "knowledge")));
const report = staleSources(cards, sheets);
console.log(`kb:sources: ${cards.length} cards checked against ${sheets.length} travail-emploi sheets`);
if (!report.length) console.log("kb:sources: every travail-emploi source is older than its card's last check");
for (const item of report) {
  console.log(
    item.status === "newer"
      ? `  - ${item.lang}/${item.id}.md: ${item.url} was updated on ${item.officialDate}, after the card (${item.updated})`
      : `  - ${item.lang}/${item.id}.md: ${item.url} is not in the official data (removed or moved?)`,
  );
}
