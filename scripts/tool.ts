/**
 * `npm run tool -- <command> --flag value ...`: runs one deterministic tool of the catalogue from
 * the terminal and prints its JSON output. The command is the tool's slug (`find-opco` for
 * findOpco); its zod input schema validates the flags (`--idcc 1486` -> {idcc: "1486"}). The tools
 * run on the same runtime as the server: the company directory of COMPANY_DIRECTORY_URL and the
 * Qualiopi list imported by `npm run qualiopi:import` (QUALIOPI_SNAPSHOT or .data/qualiopi.json).
 */
import { z } from "zod";
import { loadNodeAssistant } from "../src/node/assistant";
import { TOOLS } from "../src/tools/catalogue";
import { toolSlug } from "../src/tools/tool";
import { runMain } from "./run-main";

/** `--key value`, `--key=value` and bare `--flag` (true) into an object; repeated keys keep the last. */
export function parseFlags(args: readonly string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) throw new Error(`Unexpected argument "${arg}": flags look like --name value`);
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) out[key] = inline;
    else if (args[i + 1] !== undefined && !args[i + 1]?.startsWith("--")) out[key] = args[++i] as string;
    else out[key] = true;
  }
  return out;
}

/** The schema under optional(), default() and nullable() wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/**
 * Flags arrive as text: those the tool's input schema types as numbers are read as numbers, and
 * booleans from `--flag`, `--flag true` or `--flag false`.
 */
export function flagsToInput(schema: z.ZodType, flags: Record<string, string | true>): Record<string, unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  return Object.fromEntries(
    Object.entries(flags).map(([key, value]) => {
      const field = shape[key] ? unwrapped(shape[key]) : undefined;
      if (field instanceof z.ZodBoolean && (value === true || value === "true" || value === "false"))
        return [key, value === true || value === "true"];
      const numeric = field instanceof z.ZodNumber && typeof value === "string";
      return [key, numeric && value.trim() !== "" && !Number.isNaN(Number(value)) ? Number(value) : value];
    }),
  );
}

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  const tool = TOOLS.find((t) => toolSlug(t.name) === name);
  if (!tool) {
    const list = TOOLS.map((t) => `  ${toolSlug(t.name).padEnd(18)} ${t.summary}`).join("\n");
    console.error(`Usage: npm run tool -- <command> [--flag value ...]\n\nCommands:\n${list}`);
    return name ? 2 : 0;
  }
  const parsed = tool.input.safeParse(flagsToInput(tool.input, parseFlags(rest)));
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
    return 2;
  }
  const { runtime } = await loadNodeAssistant({ LOG_LEVEL: "error", ...process.env });
  const run = runtime.tools[tool.name] as (input: unknown) => Promise<unknown>;
  console.log(JSON.stringify(await run(parsed.data), null, 2));
  return 0;
}

runMain(import.meta.url, main);
