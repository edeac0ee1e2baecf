/**
 * `npm run tool -- <command> --flag value ...`: runs one deterministic tool from the terminal and
 * prints its JSON output. Each command is a module of scripts/tools/ that exports
 * `command: ToolCommand`; its zod input schema validates the flags (`--idcc 1486` -> {idcc: "1486"}).
 */
import { readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { z } from "zod";
import { runMain } from "./run-main";

export interface ToolCommand {
  name: string;
  summary: string;
  input: z.ZodType;
  run(input: unknown): Promise<unknown>;
}

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

async function loadCommands(): Promise<Map<string, ToolCommand>> {
  const dir = fileURLToPath(new URL("./tools/", import.meta.url));
  const files = (await readdir(dir)).filter((f) => f.endsWith(".ts")).sort();
  const commands = new Map<string, ToolCommand>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(dir + file).href)) as { command?: ToolCommand };
    if (mod.command) commands.set(mod.command.name, mod.command);
  }
  return commands;
}

async function main(argv: string[]) {
  const commands = await loadCommands();
  const [name, ...rest] = argv;
  const command = name ? commands.get(name) : undefined;
  if (!command) {
    const list = [...commands.values()].map((c) => `  ${c.name.padEnd(18)} ${c.summary}`).join("\n");
    console.error(`Usage: npm run tool -- <command> [--flag value ...]\n\nCommands:\n${list || "  (none)"}`);
    return name ? 2 : 0;
  }
  const parsed = command.input.safeParse(parseFlags(rest));
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
    return 2;
  }
  console.log(JSON.stringify(await command.run(parsed.data), null, 2));
  return 0;
}

runMain(import.meta.url, main);
