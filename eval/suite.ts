import type { Lang } from "../src/core/lang";
import { percentile, round3 } from "./metrics";

export const SUITES = ["ask", "dialogues", "tools", "safety", "understanding"] as const;
export type SuiteName = (typeof SUITES)[number];

/** What one case gave: its scores (0..1 each, averaged into metrics), timings and, when it failed, why. */
export interface CaseResult {
  suite: SuiteName;
  id: string;
  lang: Lang | null;
  /** What was asked: the question, the conversation or the tool call. */
  input: string;
  expected: string;
  got: string;
  passed: boolean;
  /** Why it failed, one line per check. */
  problems: string[];
  /** Metric name -> this case's value; a metric absent from a case does not count it. */
  scores: Record<string, number>;
  /** Counted metrics: name -> [part, whole], summed over cases (citations, facts). */
  counts?: Record<string, [number, number]>;
  /** Duration of each call, ms. */
  ms: number[];
  skipped?: string;
}

export interface SuiteResult {
  suite: SuiteName;
  cases: CaseResult[];
  /** Flat metric name (`ask.hit@3`, `ask.hit@3.fr`, `ask.latency_p99_ms`) -> value. */
  metrics: Record<string, number>;
}

function addMetrics(out: Record<string, number>, prefix: string, cases: readonly CaseResult[], suffix: string) {
  const names = new Set(cases.flatMap((c) => Object.keys(c.scores)));
  for (const name of names) {
    const values = cases.flatMap((c) => (name in c.scores ? [c.scores[name] as number] : []));
    out[`${prefix}.${name}${suffix}`] = round3(values.reduce((a, b) => a + b, 0) / values.length);
  }
  const counted = new Set(cases.flatMap((c) => Object.keys(c.counts ?? {})));
  for (const name of counted) {
    let part = 0;
    let whole = 0;
    for (const c of cases) {
      const [p, w] = c.counts?.[name] ?? [0, 0];
      part += p;
      whole += w;
    }
    out[`${prefix}.${name}${suffix}`] = round3(whole ? part / whole : 1);
  }
}

/** The suite's metrics overall and per language (suffix `.fr`, `.en`), and its latency p50/p99 over every call. */
export function aggregate(suite: SuiteName, all: readonly CaseResult[]): SuiteResult {
  const cases = all.filter((c) => !c.skipped);
  const metrics: Record<string, number> = { [`${suite}.cases`]: cases.length };
  addMetrics(metrics, suite, cases, "");
  for (const lang of ["fr", "en"] as const) {
    const subset = cases.filter((c) => c.lang === lang);
    if (subset.length) addMetrics(metrics, suite, subset, `.${lang}`);
  }
  const times = cases.flatMap((c) => c.ms);
  metrics[`${suite}.latency_p50_ms`] = round3(percentile(times, 50));
  metrics[`${suite}.latency_p99_ms`] = round3(percentile(times, 99));
  return { suite, cases: [...all], metrics };
}

/** Times one async call. */
export async function timed<T>(ms: number[], fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await fn();
  } finally {
    ms.push(performance.now() - started);
  }
}
