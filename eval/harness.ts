import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { readCardFiles } from "../src/node/knowledge-files";
import { validCards } from "../src/retrieval/checks";
import type { KnowledgeBase } from "../src/retrieval/knowledge";
import type { EvalOptions } from "./cli";
import { loadAsk, loadDialogues, loadSafety, loadTools, loadUnderstanding } from "./datasets";
import type { Judge } from "./judge";
import { createProgress, type ProgressStream } from "./progress";
import { type Baseline, BaselineSchema, deltas, toBaseline } from "./report/baseline";
import { checkGate, ThresholdsSchema } from "./report/gate";
import { renderHtml } from "./report/html";
import { renderMarkdown } from "./report/markdown";
import { renderSummary } from "./report/summary";
import type { EvalReport, VariantRun } from "./report/types";
import type { SuiteResult } from "./suite";
import { runAskSuite } from "./suites/ask";
import { runDialoguesSuite } from "./suites/dialogues";
import { runSafetySuite } from "./suites/safety";
import { runToolsSuite } from "./suites/tools";
import { runUnderstandingSuite } from "./suites/understanding";
import type { Target } from "./target";
import { createBaseline } from "./understanding/baseline";

export interface HarnessDeps {
  /** eval/ (datasets/, baseline.json, thresholds.json). */
  evalDir: string;
  kb: KnowledgeBase;
  /** The target of each variant: embedded always, llm with `--llm`. */
  targets: { embedded: Target; llm?: Target };
  judge: Judge | null;
  progress: ProgressStream;
  now?: () => Date;
}

/** Plays the chosen suites against one target. */
async function runVariant(
  variant: VariantRun["variant"],
  target: Target,
  options: EvalOptions,
  deps: HarnessDeps,
): Promise<VariantRun> {
  const dir = join(deps.evalDir, "datasets");
  const cardExists = (id: string) => deps.kb.cards.fr.has(id) || deps.kb.cards.en.has(id);
  const tag = variant === "llm" ? " (llm)" : "";
  const judge = deps.judge;
  let judgeErrors = 0;
  const grade = judge
    ? async (question: string, answer: string, ids: string[]) => {
        const cards = ids.flatMap((id) => {
          const card = deps.kb.cards.fr.get(id) ?? deps.kb.cards.en.get(id);
          return card ? [{ id, title: card.title, text: card.shortAnswer }] : [];
        });
        try {
          return await judge.grade({ question, answer, cards });
        } catch (error) {
          if (judgeErrors++ === 0)
            deps.progress.write(`judge: ${error instanceof Error ? error.message : String(error)}\n`);
          return null;
        }
      }
    : undefined;
  const suites: SuiteResult[] = [];
  for (const suite of options.suites) {
    if (suite === "ask") {
      const items = loadAsk(dir);
      suites.push(
        await runAskSuite(target, items, cardExists, createProgress(`ask${tag}`, items.length, deps.progress), grade),
      );
    } else if (suite === "dialogues") {
      const items = loadDialogues(dir);
      suites.push(
        await runDialoguesSuite(
          target,
          items,
          cardExists,
          createProgress(`dialogues${tag}`, items.length, deps.progress),
        ),
      );
    } else if (suite === "tools") {
      const items = loadTools(dir);
      suites.push(await runToolsSuite(target, items, createProgress(`tools${tag}`, items.length, deps.progress)));
    } else if (suite === "understanding") {
      const items = loadUnderstanding(dir);
      const baseline = createBaseline(validCards(readCardFiles(join(deps.evalDir, "..", "knowledge"))));
      suites.push(
        await runUnderstandingSuite(
          target,
          items,
          baseline,
          createProgress(`understanding${tag}`, items.length, deps.progress),
        ),
      );
    } else {
      const items = loadSafety(dir);
      suites.push(
        await runSafetySuite(target, items, cardExists, createProgress(`safety${tag}`, items.length, deps.progress)),
      );
    }
  }
  return { variant, suites, metrics: Object.assign({}, ...suites.map((s) => s.metrics)) as Record<string, number> };
}

async function readJson(path: string): Promise<unknown> {
  return existsSync(path) ? (JSON.parse(await readFile(path, "utf8")) as unknown) : null;
}

/**
 * One evaluation: the suites on each variant, deltas against eval/baseline.json, the gate of
 * eval/thresholds.json, reports written to `options.outDir` (<timestamp>.json, .md, .html), the
 * baseline replaced with `--update-baseline`. Returns the report, the files and the one-screen summary.
 */
export async function runEval(options: EvalOptions, deps: HarnessDeps) {
  const createdAt = (deps.now?.() ?? new Date()).toISOString();
  const runs = [await runVariant("embedded", deps.targets.embedded, options, deps)];
  if (options.llm && deps.targets.llm) runs.push(await runVariant("llm", deps.targets.llm, options, deps));
  const metrics = runs[0]?.metrics ?? {};

  const baselinePath = join(deps.evalDir, "baseline.json");
  const rawBaseline = await readJson(baselinePath);
  const baseline: Baseline | null = rawBaseline ? BaselineSchema.parse(rawBaseline) : null;
  const thresholds = ThresholdsSchema.parse((await readJson(join(deps.evalDir, "thresholds.json"))) ?? {});
  const gateFailures = checkGate(metrics, thresholds, options.suites);

  const report: EvalReport = {
    createdAt,
    target: deps.targets.embedded.name,
    machine: { node: process.version, cpus: availableParallelism(), platform: process.platform },
    runs,
    metrics,
    deltas: deltas(metrics, baseline),
    gate: { passed: gateFailures.length === 0, failures: gateFailures },
    failures: (runs[0]?.suites ?? []).flatMap((s) => s.cases.filter((c) => !c.passed)),
    judge: deps.judge?.model ?? null,
  };

  await mkdir(options.outDir, { recursive: true });
  const stem = join(options.outDir, createdAt.replace(/[:.]/g, "-"));
  const files = { json: `${stem}.json`, markdown: `${stem}.md`, html: `${stem}.html` };
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files.markdown, renderMarkdown(report));
  await writeFile(files.html, renderHtml(report, thresholds.min));
  if (options.updateBaseline) {
    // Keep the figures of suites that did not run this time.
    const merged = { ...(baseline?.metrics ?? {}), ...metrics };
    await writeFile(baselinePath, `${JSON.stringify(toBaseline(merged, createdAt), null, 2)}\n`);
  }
  return { report, files, summary: renderSummary(report) };
}
