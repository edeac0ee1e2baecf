import { parseArgs } from "node:util";
import { SUITES, type SuiteName } from "./suite";

export interface EvalOptions {
  /** Base URL of a running assistant; in-process when absent. */
  url?: string | undefined;
  suites: SuiteName[];
  updateBaseline: boolean;
  /** Also run the assistant built with the LLM variables, reported beside the embedded one. */
  llm: boolean;
  /** Grade answers with the LLM judge when OPENAI_API_KEY or OPENAI_BASE_URL is set. */
  judge: boolean;
  outDir: string;
}

export const USAGE = `Usage: npm run eval -- [--url http://127.0.0.1:8787] [--suite ask,dialogues,tools,safety,understanding] [--llm] [--no-judge] [--update-baseline] [--out eval/reports]`;

/** Parses the command line; throws with the usage on anything unknown. */
export function parseOptions(argv: readonly string[], defaultOut: string): EvalOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      url: { type: "string" },
      suite: { type: "string", multiple: true },
      "update-baseline": { type: "boolean", default: false },
      llm: { type: "boolean", default: false },
      "no-judge": { type: "boolean", default: false },
      out: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const asked = (values.suite ?? [])
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of asked)
    if (!(SUITES as readonly string[]).includes(s)) throw new Error(`unknown suite ${s} (${SUITES.join(", ")})`);
  if (values.url !== undefined && !/^https?:\/\//.test(values.url))
    throw new Error(`--url must be an http(s) URL, got ${values.url}`);
  return {
    url: values.url,
    suites: asked.length ? SUITES.filter((s) => asked.includes(s)) : [...SUITES],
    updateBaseline: values["update-baseline"] ?? false,
    llm: values.llm ?? false,
    judge: !(values["no-judge"] ?? false),
    outDir: values.out ?? defaultOut,
  };
}
