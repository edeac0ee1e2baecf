/**
 * `tsx scripts/data/idcc-to-json.ts <idcc-opco.csv> <idcc-labels.csv>`: converts the two reference
 * CSV tables (see knowledge/data/README.md) into knowledge/data/idcc.json, the compact form the
 * worker imports: `{opcos: {idcc: opcoId}, labels: {idcc: title}}`, keys sorted, IDCC on 4 digits.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { OpcoIdSchema } from "../../src/core/ids";

const pad = (idcc: string) => idcc.trim().padStart(4, "0");

async function rows(file: string): Promise<Record<string, string>[]> {
  return parse(await readFile(file, "utf8"), { columns: true, skip_empty_lines: true, bom: true, trim: true });
}

const [opcoFile, labelFile] = process.argv.slice(2);
if (!opcoFile || !labelFile) {
  console.error("Usage: tsx scripts/data/idcc-to-json.ts <idcc-opco.csv> <idcc-labels.csv>");
  process.exit(2);
}
const opcos: Record<string, string> = {};
for (const row of await rows(opcoFile)) opcos[pad(row.idcc ?? "")] = OpcoIdSchema.parse(row.opco_id);
const labels: Record<string, string> = {};
for (const row of await rows(labelFile)) if (row.label) labels[pad(row.idcc ?? "")] = row.label;

const out = new URL("../../knowledge/data/idcc.json", import.meta.url);
const block = (record: Record<string, string>) =>
  `{\n${Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(",\n")}\n  }`;
await writeFile(out, `{\n  "opcos": ${block(opcos)},\n  "labels": ${block(labels)}\n}\n`);
console.log(`idcc.json: ${Object.keys(opcos).length} IDCC -> OPCO rows, ${Object.keys(labels).length} titles`);
