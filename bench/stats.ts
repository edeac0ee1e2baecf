/** Percentile of a list of durations (ms), nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Rounds a figure for printing. */
export const round = (value: number, digits = 4) => Number(value.toFixed(digits));

/** Times `fn` `count` times and returns each duration in ms. */
export function timeEach(count: number, fn: (i: number) => unknown): number[] {
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    fn(i);
    out[i] = performance.now() - started;
  }
  return out;
}

/** Operations per second of `fn` over about `ms` milliseconds. */
/** Operations a second of an async function, awaited one after the other, over about `ms` milliseconds. */
export async function asyncOpsPerSecond(fn: (i: number) => Promise<unknown>, ms = 500): Promise<number> {
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1_000; i++) await fn(count + i);
    count += 1_000;
    elapsed = performance.now() - started;
  }
  return Math.round((count / elapsed) * 1000);
}

export function opsPerSecond(fn: (i: number) => unknown, ms = 500): number {
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 10_000; i++) fn(count + i);
    count += 10_000;
    elapsed = performance.now() - started;
  }
  return Math.round((count / elapsed) * 1000);
}
