import { z } from "zod";
import { lowerIsBetter, round3 } from "../metrics";
import type { Delta } from "./types";

export const BaselineSchema = z.object({ createdAt: z.string(), metrics: z.record(z.string(), z.number()) });
export type Baseline = z.infer<typeof BaselineSchema>;

/**
 * How far a latency may move between two runs and still count as the same: timings on a shared
 * 2-CPU machine easily double from one run to the next (p99 over a hundred calls is nearly the
 * slowest call). A latency is worse only past this ratio and this many milliseconds.
 */
export const LATENCY_TOLERANCE = {
  p50: { ratio: 1.5, ms: 2 },
  p99: { ratio: 3, ms: 20 },
} as const;

/** Whether a change of `metric` from `before` to `value` is within the noise of the measure. */
export function withinNoise(metric: string, before: number, value: number): boolean {
  if (!metric.endsWith("_ms")) return value === before;
  const { ratio, ms } = /p99/.test(metric) ? LATENCY_TOLERANCE.p99 : LATENCY_TOLERANCE.p50;
  const [low, high] = value > before ? [before, value] : [value, before];
  return high <= low * ratio || high - low <= ms;
}

/** Every metric present in both runs, with its change and whether that is better or worse. */
export function deltas(current: Record<string, number>, baseline: Baseline | null): Record<string, Delta> {
  const out: Record<string, Delta> = {};
  if (!baseline) return out;
  for (const [metric, value] of Object.entries(current)) {
    const before = baseline.metrics[metric];
    if (before === undefined) continue;
    const delta = round3(value - before);
    const up = lowerIsBetter(metric) ? delta < 0 : delta > 0;
    out[metric] = {
      baseline: before,
      current: value,
      delta,
      trend: delta === 0 || withinNoise(metric, before, value) ? "same" : up ? "better" : "worse",
    };
  }
  return out;
}

export const toBaseline = (metrics: Record<string, number>, createdAt: string): Baseline => ({ createdAt, metrics });
