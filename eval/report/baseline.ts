import { z } from "zod";
import { lowerIsBetter, round3 } from "../metrics";
import type { Delta } from "./types";

export const BaselineSchema = z.object({ createdAt: z.string(), metrics: z.record(z.string(), z.number()) });
export type Baseline = z.infer<typeof BaselineSchema>;

/** Every metric present in both runs, with its change and whether that is better or worse. */
export function deltas(current: Record<string, number>, baseline: Baseline | null): Record<string, Delta> {
  const out: Record<string, Delta> = {};
  if (!baseline) return out;
  for (const [metric, value] of Object.entries(current)) {
    const before = baseline.metrics[metric];
    if (before === undefined) continue;
    const delta = round3(value - before);
    const up = lowerIsBetter(metric) ? delta < 0 : delta > 0;
    // Latencies move by noise: under 10 % (or 0.05 ms) they count as the same.
    const noise = metric.endsWith("_ms") ? Math.max(0.05, Math.abs(before) * 0.1) : 0;
    out[metric] = {
      baseline: before,
      current: value,
      delta,
      trend: Math.abs(delta) <= noise ? "same" : up ? "better" : "worse",
    };
  }
  return out;
}

export const toBaseline = (metrics: Record<string, number>, createdAt: string): Baseline => ({ createdAt, metrics });
