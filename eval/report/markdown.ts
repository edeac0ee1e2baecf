import type { EvalReport } from "./types";

const fmt = (value: number | undefined) =>
  value === undefined ? "" : Number.isInteger(value) ? String(value) : value.toFixed(3);
const signed = (value: number) => (value > 0 ? `+${fmt(value)}` : fmt(value));
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");

/** The report for people, in Markdown: gate, metrics with deltas (and the LLM run beside), then every failure. */
export function renderMarkdown(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`# Evaluation ${report.createdAt}`, "");
  lines.push(
    `Target: ${report.target}. Node ${report.machine.node}, ${report.machine.cpus} CPUs.${report.judge ? ` Judge: ${report.judge}.` : ""}`,
    "",
  );
  lines.push(
    report.gate.passed
      ? "**Gate: passed.**"
      : `**Gate: FAILED** (${report.gate.failures.length} metric(s) under threshold)`,
    "",
  );
  for (const f of report.gate.failures)
    lines.push(`- \`${f.metric}\` = ${f.value === null ? "missing" : fmt(f.value)}, ${f.bound} ${fmt(f.threshold)}`);
  if (report.gate.failures.length) lines.push("");
  const llm = report.runs.find((r) => r.variant === "llm");
  lines.push(
    `| metric | value | baseline | delta |${llm ? " llm |" : ""}`,
    `|---|---:|---:|---:|${llm ? "---:|" : ""}`,
  );
  for (const [metric, value] of Object.entries(report.metrics)) {
    const d = report.deltas[metric];
    const mark = d?.trend === "worse" ? " ▼" : d?.trend === "better" ? " ▲" : "";
    lines.push(
      `| ${metric} | ${fmt(value)} | ${fmt(d?.baseline)} | ${d ? signed(d.delta) + mark : ""} |${llm ? ` ${fmt(llm.metrics[metric])} |` : ""}`,
    );
  }
  lines.push("", `## Failures (${report.failures.length})`, "");
  for (const f of report.failures) {
    lines.push(`### ${f.suite} / ${f.id}${f.lang ? ` (${f.lang})` : ""}`, "");
    lines.push(`- **Question:** ${cell(f.input)}`, `- **Expected:** ${cell(f.expected)}`, `- **Got:** ${cell(f.got)}`);
    for (const p of f.problems) lines.push(`  - ${cell(p)}`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
