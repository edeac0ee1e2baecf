import { lowerIsBetter } from "../metrics";
import type { CaseResult } from "../suite";
import type { Delta, EvalReport } from "./types";

/** A metric that moved the wrong way beyond the noise of its measure. */
export interface Regression extends Delta {
  metric: string;
}

/** What a reader should see first: the gate, what got worse, then the failed cases suite by suite. */
export interface Attention {
  /** Quality metrics worse than the baseline (scores, rates). */
  regressions: Regression[];
  /** Latencies slower than the baseline beyond the tolerance: worth a look on a quiet machine, not a failure. */
  slower: Regression[];
  /** Failed cases grouped by suite, suites with the fewest failures first (the ones that broke, not the ones that measure). */
  failures: { suite: string; cases: number; failed: CaseResult[] }[];
}

const isLatency = (metric: string) => metric.endsWith("_ms");

export function attention(report: EvalReport): Attention {
  const worse = Object.entries(report.deltas)
    .filter(([, d]) => d.trend === "worse")
    .map(([metric, d]) => ({ metric, ...d }));
  const failures = (report.runs[0]?.suites ?? [])
    .map((suite) => ({
      suite: suite.suite,
      cases: suite.cases.filter((c) => !c.skipped).length,
      failed: report.failures.filter((f) => f.suite === suite.suite),
    }))
    .filter((group) => group.failed.length > 0)
    .sort((a, b) => a.failed.length / a.cases - b.failed.length / b.cases);
  return {
    regressions: worse.filter((r) => !isLatency(r.metric)),
    slower: worse.filter((r) => isLatency(r.metric)),
    failures,
  };
}

/** The value a metric has at its best: 1 for scores, 0 for rates that count what must not happen. */
const best = (metric: string) => (lowerIsBetter(metric) ? 0 : 1);

/** One suite in a few lines: cases, the metrics at their best (named once), the others with their change. */
export interface SuiteDigest {
  suite: string;
  cases: number;
  failed: number;
  atBest: string[];
  others: { metric: string; value: number; delta?: Delta }[];
  latency: { metric: string; value: number; delta?: Delta }[];
}

/** The overall metrics of each suite (not the per-language copies, which the full table keeps). */
export function digest(report: EvalReport): SuiteDigest[] {
  return (report.runs[0]?.suites ?? []).map((suite) => {
    const overall = Object.entries(suite.metrics).filter(
      ([name]) => !/\.(fr|en)$/.test(name) && !name.endsWith(".cases"),
    );
    const short = (name: string) => name.slice(suite.suite.length + 1);
    const rated = overall.filter(([name]) => !isLatency(name));
    return {
      suite: suite.suite,
      cases: suite.cases.filter((c) => !c.skipped).length,
      failed: suite.cases.filter((c) => !c.passed && !c.skipped).length,
      atBest: rated.filter(([name, value]) => value === best(name)).map(([name]) => short(name)),
      others: rated
        .filter(([name, value]) => value !== best(name))
        .map(([name, value]) => ({ metric: short(name), value, delta: report.deltas[name] })),
      latency: overall
        .filter(([name]) => isLatency(name))
        .map(([name, value]) => ({ metric: short(name), value, delta: report.deltas[name] })),
    };
  });
}
