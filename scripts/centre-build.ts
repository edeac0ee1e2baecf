/**
 * `npm run centre:build` (part of `npm run build`): validates the centre's two files,
 * knowledge/centre/centre.json and knowledge/centre/catalogue.json, with the zod schemas the
 * assistant reads them with (src/core/centre.ts, src/core/catalogue.ts), and fails naming every
 * field at fault. Writes the JSON Schema of each next to it (centre.schema.json,
 * catalogue.schema.json), which the files name in `$schema` so that editors complete and check them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CatalogueSchema, parseCatalogue } from "../src/core/catalogue";
import { CentreSchema, parseCentre } from "../src/core/centre";
import { runMain } from "./run-main";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "knowledge", "centre");

/** The JSON Schema of each file, as written next to it. */
export function centreJsonSchemas(): Record<"centre" | "catalogue", string> {
  const schema = (value: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(value, { io: "input", unrepresentable: "any" }) }, null, 2)}\n`;
  return {
    centre: schema(CentreSchema, "The training centre that runs the assistant (knowledge/centre/centre.json)"),
    catalogue: schema(CatalogueSchema, "The training centre's courses (knowledge/centre/catalogue.json)"),
  };
}

const read = (name: string): unknown => {
  const path = join(DIR, name);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`knowledge/centre/${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

runMain(import.meta.url, async () => {
  const problems: string[] = [];
  let summary = "";
  try {
    const centre = parseCentre(read("centre.json"));
    summary += `${centre.name}`;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  try {
    const catalogue = parseCatalogue(read("catalogue.json"));
    summary += `, ${catalogue.courses.length} course(s)`;
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length) {
    console.error(`centre:build:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    return 1;
  }
  for (const [name, text] of Object.entries(centreJsonSchemas())) writeFileSync(join(DIR, `${name}.schema.json`), text);
  console.log(`centre:build: ${summary}; knowledge/centre/*.schema.json written`);
  return 0;
});
