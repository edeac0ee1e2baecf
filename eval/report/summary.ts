import { attention } from "./attention";
import type { EvalReport } from "./types";

const KEYS = [
  "hit@1",
  "hit@3",
  "mrr",
  "fact_coverage",
  "forbidden_claim_rate",
  "citation_validity",
  "language_match",
  "dialogue_success",
  "tool_accuracy",
  "pass_rate",
  "faithfulness",
];
const fmt = (v: number | undefined) => (v === undefined ? "-" : Number.isInteger(v) ? String(v) : v.toFixed(3));

/** One screen: per suite its main metrics (overall, fr, en) and latencies, then the gate and the worst deltas. */
export function renderSummary(report: EvalReport): string {
  const m = report.metrics;
  const lines = [`eval ${report.createdAt} on ${report.target}`];
  for (const suite of report.runs[0]?.suites ?? []) {
    const s = suite.suite;
    const figures = KEYS.filter((k) => m[`${s}.${k}`] !== undefined).map(
      (k) => `${k} ${fmt(m[`${s}.${k}`])} (fr ${fmt(m[`${s}.${k}.fr`])}, en ${fmt(m[`${s}.${k}.en`])})`,
    );
    const failed = suite.cases.filter((c) => !c.passed).length;
    lines.push(
      `${s.padEnd(9)} ${suite.cases.length} cases, ${failed} failed, p50 ${fmt(m[`${s}.latency_p50_ms`])} ms, p99 ${fmt(m[`${s}.latency_p99_ms`])} ms`,
    );
    for (const f of figures) lines.push(`          ${f}`);
  }
  const { regressions, slower } = attention(report);
  const list = (items: typeof regressions) =>
    `${items
      .slice(0, 8)
      .map((r) => `${r.metric} ${r.delta > 0 ? "+" : ""}${fmt(r.delta)}`)
      .join(", ")}${items.length > 8 ? ` (+${items.length - 8} more)` : ""}`;
  if (regressions.length) lines.push(`worse than baseline: ${list(regressions)}`);
  if (slower.length)
    lines.push(`slower than baseline beyond the noise tolerance (check on a quiet machine): ${list(slower)}`);
  lines.push(
    report.gate.passed
      ? "gate: passed"
      : `gate: FAILED: ${report.gate.failures.map((f) => `${f.metric} ${f.value === null ? "missing" : fmt(f.value)} (${f.bound} ${fmt(f.threshold)})`).join(", ")}`,
  );
  return lines.join("\n");
}
