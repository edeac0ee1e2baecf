/** Pure metric functions of the evaluation harness: ranks, coverage, rates, percentiles. */
import { percentile as nearestRank } from "../bench/stats";

/** 1-based rank of the first expected id in `ids`, or 0 when none is there. */
export function rankOf(ids: readonly string[], expected: readonly string[]): number {
  return ids.findIndex((id) => expected.includes(id)) + 1;
}

export const hitAt = (rank: number, k: number) => (rank >= 1 && rank <= k ? 1 : 0);
export const reciprocalRank = (rank: number) => (rank >= 1 ? 1 / rank : 0);

/** Compiles a dataset pattern: case-insensitive, Unicode. */
export const pattern = (source: string) => new RegExp(source, "iu");

/** The patterns of `patterns` that `text` matches (forbidden claims) or misses (facts). */
export function matching(text: string, patterns: readonly string[]): string[] {
  return patterns.filter((p) => pattern(p).test(text));
}
export function missing(text: string, patterns: readonly string[]): string[] {
  return patterns.filter((p) => !pattern(p).test(text));
}

/** Nearest-rank percentile of durations (the benchmarks' own); 0 for no values, so reports stay JSON numbers. */
export const percentile = (values: readonly number[], p: number): number =>
  values.length ? nearestRank(values, p) : 0;

export const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

/** Share of `part` in `whole`; 1 when there is nothing to count (nothing can be wrong). */
export const ratio = (part: number, whole: number) => (whole ? part / whole : 1);

export const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Metrics where a smaller value is better (latencies, forbidden claims, wrong answers and refusals); every other one is better higher. */
export const lowerIsBetter = (metric: string) =>
  /(_ms|forbidden_claim_rate|_wrong_answer|_wrong_refusal)(\.|$)/.test(metric);
