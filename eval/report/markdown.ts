import { type Attention, attention, digest } from "./attention";
import { LATENCY_TOLERANCE } from "./baseline";
import type { Delta, EvalReport } from "./types";

const fmt = (value: number | undefined) =>
  value === undefined ? "" : Number.isInteger(value) ? String(value) : value.toFixed(3);
const signed = (value: number) => (value > 0 ? `+${fmt(value)}` : fmt(value));
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
const change = (d: Delta | undefined) =>
  d ? `${signed(d.delta)}${d.trend === "worse" ? " ▼" : d.trend === "better" ? " ▲" : ""}` : "";

/** Failed cases shown in full per suite; the rest are counted (every case is in the JSON report). */
export const FAILURES_SHOWN = 25;

function needsAttention(report: EvalReport, a: Attention): string[] {
  const lines: string[] = [];
  if (a.regressions.length) {
    lines.push(
      `## Regressions (${a.regressions.length})`,
      "",
      "| metric | baseline | now | change |",
      "|---|---:|---:|---:|",
    );
    for (const r of a.regressions)
      lines.push(`| ${r.metric} | ${fmt(r.baseline)} | ${fmt(r.current)} | ${signed(r.delta)} |`);
    lines.push("");
  }
  lines.push(`## Failures (${report.failures.length})`, "");
  if (!a.failures.length) lines.push("No case failed.", "");
  for (const group of a.failures) {
    lines.push(`### ${group.suite}: ${group.failed.length} of ${group.cases} cases failed`, "");
    for (const f of group.failed.slice(0, FAILURES_SHOWN)) {
      lines.push(`#### ${f.suite} / ${f.id}${f.lang ? ` (${f.lang})` : ""}`, "");
      lines.push(
        `- **Question:** ${cell(f.input)}`,
        `- **Expected:** ${cell(f.expected)}`,
        `- **Got:** ${cell(f.got)}`,
      );
      for (const p of f.problems) lines.push(`  - ${cell(p)}`);
      lines.push("");
    }
    if (group.failed.length > FAILURES_SHOWN)
      lines.push(`… and ${group.failed.length - FAILURES_SHOWN} more ${group.suite} failures in the JSON report.`, "");
  }
  return lines;
}

function summary(report: EvalReport, a: Attention): string[] {
  const lines = ["## Summary", ""];
  for (const s of digest(report)) {
    lines.push(`**${s.suite}**: ${s.cases} cases, ${s.failed} failed.`);
    if (s.atBest.length) lines.push(`At their best (${s.atBest.length}): ${s.atBest.join(", ")}.`);
    for (const o of s.others) lines.push(`- ${o.metric} ${fmt(o.value)}${o.delta ? ` (${change(o.delta)})` : ""}`);
    lines.push("");
  }
  const { p50, p99 } = LATENCY_TOLERANCE;
  lines.push(
    "## Latency",
    "",
    `Judged with a tolerance: a latency is slower only past ×${p50.ratio} and +${p50.ms} ms (p50), ×${p99.ratio} and +${p99.ms} ms (p99) of the baseline; run-to-run noise on a shared machine stays under it.`,
    "",
    "| suite | p50 ms | p99 ms | vs baseline |",
    "|---|---:|---:|---|",
  );
  for (const s of digest(report)) {
    const [p50v, p99v] = [
      s.latency.find((l) => l.metric.includes("p50")),
      s.latency.find((l) => l.metric.includes("p99")),
    ];
    const slower = a.slower.filter((r) => r.metric.startsWith(`${s.suite}.`));
    const verdict = slower.length
      ? `slower: ${slower.map((r) => `${r.metric.split(".").pop()} ${signed(r.delta)}`).join(", ")}`
      : "same";
    lines.push(
      `| ${s.suite} | ${fmt(p50v?.value)} | ${fmt(p99v?.value)} | ${p50v?.delta || p99v?.delta ? verdict : ""} |`,
    );
  }
  lines.push("");
  return lines;
}

/**
 * The report for people, in Markdown: the gate, then what needs attention (regressions and
 * failures, suite by suite), then a compact summary of each suite, the latencies judged with a
 * tolerance, and every metric with its delta (and the LLM run beside) at the end.
 */
export function renderMarkdown(report: EvalReport): string {
  const a = attention(report);
  const lines: string[] = [];
  lines.push(`# Evaluation ${report.createdAt}`, "");
  lines.push(
    `Target: ${report.target}. Node ${report.machine.node}, ${report.machine.cpus} CPUs.${report.judge ? ` Judge: ${report.judge}.` : ""}`,
    "",
  );
  lines.push(
    report.gate.passed
      ? `**Gate: passed.** ${a.regressions.length} regression(s), ${report.failures.length} failed case(s).`
      : `**Gate: FAILED** (${report.gate.failures.length} metric(s) under threshold)`,
    "",
  );
  for (const f of report.gate.failures)
    lines.push(`- \`${f.metric}\` = ${f.value === null ? "missing" : fmt(f.value)}, ${f.bound} ${fmt(f.threshold)}`);
  if (report.gate.failures.length) lines.push("");
  lines.push(...needsAttention(report, a), ...summary(report, a));
  const llm = report.runs.find((r) => r.variant === "llm");
  lines.push(
    "## All metrics",
    "",
    `| metric | value | baseline | delta |${llm ? " llm |" : ""}`,
    `|---|---:|---:|---:|${llm ? "---:|" : ""}`,
  );
  for (const [metric, value] of Object.entries(report.metrics)) {
    const d = report.deltas[metric];
    lines.push(
      `| ${metric} | ${fmt(value)} | ${fmt(d?.baseline)} | ${change(d)} |${llm ? ` ${fmt(llm.metrics[metric])} |` : ""}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
