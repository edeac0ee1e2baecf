import { createSummaryLinks } from "../src/channels/summary-links";
import { createRateLimiter } from "../src/core/rate-limit";
import { opsPerSecond, percentile, round } from "./stats";

/** Costs added to a request by the rate limit (one take, two keys) and by checking a signed summary link. */
export async function run() {
  const limiter = createRateLimiter({ perMinute: 20 });
  const take = opsPerSecond((i) => limiter.take([`ip:${i % 50_000}`, `session:${i % 20_000}`]));
  const links = createSummaryLinks("bench-summary-link-secret");
  const id = "slack:T0001:C0001:1700000000.000100";
  const sig = (await links.sign(id)) ?? "";
  const verify: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const started = performance.now();
    await links.verify(id, sig);
    verify.push(performance.now() - started);
  }
  return {
    "limiter take (2 keys, 10k-key LRU full) ops/s": take,
    "limiter keys kept": limiter.size,
    "summary sig verify p50 ms": round(percentile(verify, 50)),
    "summary sig verify p99 ms": round(percentile(verify, 99)),
  };
}
