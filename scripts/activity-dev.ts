/**
 * `npx tsx scripts/activity-dev.ts [-v]`: how many messages of the development part of the
 * understanding corpus (`eval/datasets/understanding/dev.*.jsonl`) that name a sector get the
 * expected OPCO or funder from findOpco's free text, the message as the query. Only the dev part:
 * the held-out files measure the product on messages nobody tuned on and are never read here.
 * `-v` lists the misses.
 */
import { readFileSync } from "node:fs";
import { findOpco } from "../src/tools/find-opco/find-opco";
import { opcoReference } from "../src/tools/find-opco/reference-data";

const FAFS = ["VIVEA", "FAF-PM", "FIFPL", "FAFCEA", "AGEFICE"];
const reference = opcoReference();
const verbose = process.argv.includes("-v");
let total = 0;
let right = 0;
for (const lang of ["fr", "en"] as const) {
  const file = new URL(`../eval/datasets/understanding/dev.${lang}.jsonl`, import.meta.url);
  for (const line of readFileSync(file, "utf8").trim().split("\n")) {
    const row = JSON.parse(line) as {
      message: string;
      entities: { sector?: string };
      expect: { opco?: string; funder?: string };
    };
    const { opco, funder } = row.expect;
    if (!row.entities.sector || (!opco && !funder)) continue;
    total++;
    const out = await findOpco({ query: row.message.slice(0, 500), lang }, { reference });
    const funders = out.alternative?.funders ?? [];
    // "FAF" means one FAF, the precise one; an OPCO that funds instead (Afdas for artist-authors) counts.
    const good =
      (opco !== undefined && out.status === "found" && out.opco?.id === opco) ||
      (opco === "afdas" && funders.includes("AFDAS")) ||
      (funder !== undefined &&
        out.status === "not_applicable" &&
        (funder === "FAF" ? funders.length === 1 && FAFS.includes(funders[0] as string) : funders.includes(funder)));
    if (good) right++;
    else if (verbose)
      console.log(
        `miss [${row.entities.sector}] want ${opco ?? funder}, got ${out.status} ${out.opco?.id ?? funders.join("/")}`,
      );
  }
}
console.log(`dev messages with a sector and an expected OPCO or funder: ${right}/${total}`);
