import type { EvalReport } from "./types";

const esc = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(3));

/** A horizontal bar chart of 0..1 metrics as inline SVG: one bar per metric, the baseline as a tick, the threshold as a red line. */
export function barChart(
  title: string,
  rows: { label: string; value: number; baseline?: number; threshold?: number }[],
): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 360;
  const height = rows.length * rowHeight + 30;
  const x = (v: number) => labelWidth + Math.max(0, Math.min(1, v)) * barWidth;
  const bars = rows
    .map((r, i) => {
      const y = 24 + i * rowHeight;
      const colour = r.threshold !== undefined && r.value < r.threshold ? "#c0392b" : "#2e86c1";
      const base =
        r.baseline === undefined
          ? ""
          : `<line x1="${x(r.baseline)}" x2="${x(r.baseline)}" y1="${y - 2}" y2="${y + 16}" stroke="#333" stroke-width="2"><title>baseline ${fmt(r.baseline)}</title></line>`;
      const min =
        r.threshold === undefined
          ? ""
          : `<line x1="${x(r.threshold)}" x2="${x(r.threshold)}" y1="${y - 4}" y2="${y + 18}" stroke="#c0392b" stroke-dasharray="3 2"><title>threshold ${fmt(r.threshold)}</title></line>`;
      return (
        `<text x="${labelWidth - 6}" y="${y + 12}" text-anchor="end">${esc(r.label)}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${x(r.value) - labelWidth}" height="14" fill="${colour}"/>` +
        `<text x="${x(r.value) + 4}" y="${y + 12}">${fmt(r.value)}</text>${base}${min}`
      );
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${labelWidth + barWidth + 60}" height="${height}" font-family="sans-serif" font-size="12"><text x="0" y="14" font-weight="bold">${esc(title)}</text>${bars}</svg>`;
}

/** The self-contained HTML report: no script, no external resource; charts per suite, the metric table with deltas, the failures. */
export function renderHtml(report: EvalReport, thresholds: Record<string, number> = {}): string {
  const charts = report.runs[0]?.suites
    .map((suite) => {
      const rows = Object.entries(suite.metrics)
        .filter(([name, value]) => !name.endsWith("_ms") && !name.endsWith(".cases") && value >= 0 && value <= 1)
        .map(([name, value]) => ({
          label: name.slice(suite.suite.length + 1),
          value,
          baseline: report.deltas[name]?.baseline,
          threshold: thresholds[name],
        }));
      return rows.length ? barChart(suite.suite, rows) : "";
    })
    .join("\n");
  const llm = report.runs.find((r) => r.variant === "llm");
  const table = Object.entries(report.metrics)
    .map(([metric, value]) => {
      const d = report.deltas[metric];
      const cls = d?.trend ?? "";
      return `<tr><td>${esc(metric)}</td><td>${fmt(value)}</td><td>${d ? fmt(d.baseline) : ""}</td><td class="${cls}">${d ? (d.delta > 0 ? "+" : "") + fmt(d.delta) : ""}</td>${llm ? `<td>${llm.metrics[metric] === undefined ? "" : fmt(llm.metrics[metric])}</td>` : ""}</tr>`;
    })
    .join("\n");
  const failures = report.failures
    .map(
      (f) =>
        `<details><summary>${esc(`${f.suite} / ${f.id}${f.lang ? ` (${f.lang})` : ""}`)}: ${esc(f.problems[0] ?? "")}</summary>` +
        `<dl><dt>Question</dt><dd><pre>${esc(f.input)}</pre></dd><dt>Expected</dt><dd><pre>${esc(f.expected)}</pre></dd><dt>Got</dt><dd><pre>${esc(f.got)}</pre></dd></dl>` +
        `<ul>${f.problems.map((p) => `<li>${esc(p)}</li>`).join("")}</ul></details>`,
    )
    .join("\n");
  const gate = report.gate.passed
    ? `<p class="ok">Gate passed</p>`
    : `<p class="ko">Gate failed: ${report.gate.failures.map((f) => esc(`${f.metric} = ${f.value === null ? "missing" : fmt(f.value)} (${f.bound} ${fmt(f.threshold)})`)).join(", ")}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation ${esc(report.createdAt)}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}td:first-child{text-align:left}.worse{color:#c0392b}.better{color:#1e8449}.ok{color:#1e8449;font-weight:bold}.ko{color:#c0392b;font-weight:bold}pre{white-space:pre-wrap;margin:0}details{margin:.3rem 0}</style>
</head><body>
<h1>Evaluation ${esc(report.createdAt)}</h1>
<p>Target: ${esc(report.target)}. Node ${esc(report.machine.node)}, ${report.machine.cpus} CPUs.${report.judge ? ` Judge: ${esc(report.judge)}.` : ""}</p>
${gate}
<h2>Charts</h2>
${charts}
<h2>Metrics</h2>
<table><thead><tr><th>metric</th><th>value</th><th>baseline</th><th>delta</th>${llm ? "<th>llm</th>" : ""}</tr></thead><tbody>
${table}
</tbody></table>
<h2>Failures (${report.failures.length})</h2>
${failures}
</body></html>
`;
}
