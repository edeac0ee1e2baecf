import { type Attention, attention, digest } from "./attention";
import { LATENCY_TOLERANCE } from "./baseline";
import { FAILURES_SHOWN } from "./markdown";
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

/** A suite's failures: open when there are few, folded otherwise; the first FAILURES_SHOWN in full. */
function failureGroup(group: Attention["failures"][number]): string {
  const items = group.failed
    .slice(0, FAILURES_SHOWN)
    .map(
      (f) =>
        `<details><summary>${esc(`${f.id}${f.lang ? ` (${f.lang})` : ""}`)}: ${esc(f.problems[0] ?? "")}</summary>` +
        `<dl><dt>Question</dt><dd><pre>${esc(f.input)}</pre></dd><dt>Expected</dt><dd><pre>${esc(f.expected)}</pre></dd><dt>Got</dt><dd><pre>${esc(f.got)}</pre></dd></dl>` +
        `<ul>${f.problems.map((p) => `<li>${esc(p)}</li>`).join("")}</ul></details>`,
    )
    .join("\n");
  const more =
    group.failed.length > FAILURES_SHOWN
      ? `<p>… and ${group.failed.length - FAILURES_SHOWN} more in the JSON report.</p>`
      : "";
  return `<details class="group"${group.failed.length <= 5 ? " open" : ""}><summary><strong>${esc(group.suite)}</strong>: ${group.failed.length} of ${group.cases} cases failed</summary>${items}${more}</details>`;
}

/** Each suite in a few lines: a bar per metric short of its best (with its threshold), the others named once. */
function suiteSummary(report: EvalReport, thresholds: Record<string, number>): string {
  return digest(report)
    .map((s) => {
      const rows = s.others
        .filter((o) => o.value >= 0 && o.value <= 1)
        .map((o) => ({
          label: o.metric,
          value: o.value,
          baseline: o.delta?.baseline,
          threshold: thresholds[`${s.suite}.${o.metric}`],
        }));
      const best = s.atBest.length
        ? `<p class="best">At their best (${s.atBest.length}): ${esc(s.atBest.join(", "))}.</p>`
        : "";
      return `<h3>${esc(s.suite)} <small>${s.cases} cases, ${s.failed} failed</small></h3>${best}${rows.length ? barChart(s.suite, rows) : ""}`;
    })
    .join("\n");
}

function latencyTable(report: EvalReport, a: Attention): string {
  const rows = digest(report)
    .map((s) => {
      const value = (p: string) => s.latency.find((l) => l.metric.includes(p));
      const slower = a.slower.filter((r) => r.metric.startsWith(`${s.suite}.`));
      const judged = value("p50")?.delta || value("p99")?.delta;
      const verdict = !judged
        ? ""
        : slower.length
          ? `<span class="slower">slower: ${esc(slower.map((r) => `${r.metric.split(".").pop()} +${fmt(r.delta)}`).join(", "))}</span>`
          : "same";
      return `<tr><td>${esc(s.suite)}</td><td>${fmt(value("p50")?.value ?? 0)}</td><td>${fmt(value("p99")?.value ?? 0)}</td><td>${verdict}</td></tr>`;
    })
    .join("");
  const { p50, p99 } = LATENCY_TOLERANCE;
  return `<p>Judged with a tolerance: slower only past ×${p50.ratio} and +${p50.ms} ms (p50), ×${p99.ratio} and +${p99.ms} ms (p99) of the baseline.</p><table><thead><tr><th>suite</th><th>p50 ms</th><th>p99 ms</th><th>vs baseline</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The self-contained HTML report (no script, no external resource): the gate, then what needs
 * attention (regressions, failures by suite), a compact summary of each suite, the latencies
 * judged with a tolerance, and every metric with its delta, folded, at the end.
 */
export function renderHtml(report: EvalReport, thresholds: Record<string, number> = {}): string {
  const a = attention(report);
  const llm = report.runs.find((r) => r.variant === "llm");
  const table = Object.entries(report.metrics)
    .map(([metric, value]) => {
      const d = report.deltas[metric];
      const cls = d?.trend ?? "";
      return `<tr><td>${esc(metric)}</td><td>${fmt(value)}</td><td>${d ? fmt(d.baseline) : ""}</td><td class="${cls}">${d ? (d.delta > 0 ? "+" : "") + fmt(d.delta) : ""}</td>${llm ? `<td>${llm.metrics[metric] === undefined ? "" : fmt(llm.metrics[metric])}</td>` : ""}</tr>`;
    })
    .join("\n");
  const regressions = a.regressions.length
    ? `<h2>Regressions (${a.regressions.length})</h2><table><thead><tr><th>metric</th><th>baseline</th><th>now</th><th>change</th></tr></thead><tbody>${a.regressions
        .map(
          (r) =>
            `<tr><td>${esc(r.metric)}</td><td>${fmt(r.baseline)}</td><td>${fmt(r.current)}</td><td class="worse">${r.delta > 0 ? "+" : ""}${fmt(r.delta)}</td></tr>`,
        )
        .join("")}</tbody></table>`
    : "";
  const gate = report.gate.passed
    ? `<p class="ok">Gate passed. ${a.regressions.length} regression(s), ${report.failures.length} failed case(s).</p>`
    : `<p class="ko">Gate failed: ${report.gate.failures.map((f) => esc(`${f.metric} = ${f.value === null ? "missing" : fmt(f.value)} (${f.bound} ${fmt(f.threshold)})`)).join(", ")}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation ${esc(report.createdAt)}</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}td:first-child{text-align:left}.worse{color:#c0392b}.better{color:#1e8449}.slower{color:#9a6700}.ok{color:#1e8449;font-weight:bold}.ko{color:#c0392b;font-weight:bold}pre{white-space:pre-wrap;margin:0}details{margin:.3rem 0}details.group{margin:.6rem 0}details.group>details{margin-left:1rem}.best{color:#555}small{color:#555;font-weight:normal}</style>
</head><body>
<h1>Evaluation ${esc(report.createdAt)}</h1>
<p>Target: ${esc(report.target)}. Node ${esc(report.machine.node)}, ${report.machine.cpus} CPUs.${report.judge ? ` Judge: ${esc(report.judge)}.` : ""}</p>
${gate}
${regressions}
<h2>Failures (${report.failures.length})</h2>
${a.failures.length ? a.failures.map(failureGroup).join("\n") : "<p>No case failed.</p>"}
<h2>Summary</h2>
${suiteSummary(report, thresholds)}
<h2>Latency</h2>
${latencyTable(report, a)}
<details><summary><strong>All metrics (${Object.keys(report.metrics).length})</strong></summary>
<table><thead><tr><th>metric</th><th>value</th><th>baseline</th><th>delta</th>${llm ? "<th>llm</th>" : ""}</tr></thead><tbody>
${table}
</tbody></table>
</details>
</body></html>
`;
}
