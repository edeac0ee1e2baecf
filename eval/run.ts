/**
 * `npm run eval`: the evaluation harness. Suites ask, dialogues, tools and safety over
 * eval/datasets/, in-process by default or against a running server with `--url`; reports in
 * eval/reports/; exits 1 when a metric breaks eval/thresholds.json, 2 on a usage error.
 */
import { fileURLToPath } from "node:url";
import { loadBundledKnowledge } from "../src/retrieval/bundled";
import { type EvalOptions, parseOptions, USAGE } from "./cli";
import { runEval } from "./harness";
import { createJudge, judgeConfigFrom } from "./judge";
import type { Target } from "./target";
import { httpTarget } from "./targets/http";
import { inProcessTarget } from "./targets/in-process";

const evalDir = fileURLToPath(new URL(".", import.meta.url));

let options: EvalOptions;
try {
  options = parseOptions(process.argv.slice(2), `${evalDir}reports`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
}

/** The LLM variables of the environment (OPENAI_*, LLM_*), handed to the assistant for `--llm`. */
const llmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key.startsWith("OPENAI_") || key.startsWith("LLM_")),
);
if (options.llm && !llmEnv.OPENAI_BASE_URL && !llmEnv.OPENAI_API_KEY) {
  process.stderr.write("--llm needs OPENAI_BASE_URL or OPENAI_API_KEY in the environment\n");
  process.exit(2);
}

const embedded: Target = options.url ? httpTarget(options.url) : await inProcessTarget();
// Against a server, the LLM is the server's own configuration: --llm only applies in-process.
const llm = options.llm && !options.url ? await inProcessTarget(llmEnv) : undefined;
const judgeConfig = options.judge ? judgeConfigFrom(process.env) : null;

const { report, files, summary } = await runEval(options, {
  evalDir,
  kb: loadBundledKnowledge(),
  targets: llm ? { embedded, llm } : { embedded },
  judge: judgeConfig ? createJudge(judgeConfig) : null,
  progress: process.stderr,
});
console.log(summary);
console.log(`reports: ${files.markdown} (also .json, .html)${options.updateBaseline ? "; baseline updated" : ""}`);
process.exit(report.gate.passed ? 0 : 1);
