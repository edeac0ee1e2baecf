import { z } from "zod";
import type { GateFailure } from "./types";

/** eval/thresholds.json: `min` metrics must stay at or above, `max` ones at or below. */
export const ThresholdsSchema = z.object({
  min: z.record(z.string(), z.number()).default({}),
  max: z.record(z.string(), z.number()).default({}),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/**
 * The metrics that break their threshold. A metric of a suite that did not run (`--suite`) is
 * not judged; a metric missing from a suite that ran is a failure (a renamed metric must not pass silently).
 */
export function checkGate(
  metrics: Record<string, number>,
  thresholds: Thresholds,
  suitesRun: readonly string[],
): GateFailure[] {
  const failures: GateFailure[] = [];
  const ran = (metric: string) => suitesRun.includes(metric.split(".")[0] ?? "");
  for (const [bound, table] of [
    ["min", thresholds.min],
    ["max", thresholds.max],
  ] as const) {
    for (const [metric, threshold] of Object.entries(table)) {
      if (!ran(metric)) continue;
      const value = metrics[metric];
      if (value === undefined) failures.push({ metric, value: null, bound, threshold });
      else if (bound === "min" ? value < threshold : value > threshold)
        failures.push({ metric, value, bound, threshold });
    }
  }
  return failures;
}
