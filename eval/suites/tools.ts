import type { ToolCase } from "../datasets";
import { partialMatch } from "../match";
import type { Progress } from "../progress";
import { aggregate, type CaseResult, type SuiteResult, timed } from "../suite";
import type { Target } from "../target";

/** The tools suite: each call of tools.jsonl made through the target, its output matched against the expected fields. */
export async function runToolsSuite(
  target: Target,
  items: readonly ToolCase[],
  progress: Progress,
): Promise<SuiteResult> {
  const cases: CaseResult[] = [];
  for (const item of items) {
    const ms: number[] = [];
    const lang = item.input.lang === "en" ? ("en" as const) : ("fr" as const);
    const base = {
      suite: "tools" as const,
      id: item.id,
      lang,
      input: `${item.tool} ${JSON.stringify(item.input)}`,
      expected: JSON.stringify(item.expect),
      ms,
    };
    if (item.needs === "registry" && !target.hasSampleRegistry) {
      cases.push({
        ...base,
        got: "",
        passed: true,
        problems: [],
        scores: {},
        skipped: "needs the sample Qualiopi list (in-process only)",
      });
    } else {
      let problems: string[];
      let got: string;
      try {
        const output = await timed(ms, () => target.tool(item.tool, item.input));
        problems = partialMatch(output, item.expect);
        got = JSON.stringify(output).slice(0, 400);
      } catch (error) {
        got = `error: ${error instanceof Error ? error.message : String(error)}`;
        problems = [got];
      }
      cases.push({
        ...base,
        got,
        passed: problems.length === 0,
        problems,
        scores: { tool_accuracy: problems.length ? 0 : 1 },
      });
    }
    progress.tick();
  }
  progress.done();
  return aggregate("tools", cases);
}
