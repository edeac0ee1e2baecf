import { describe, expect, it } from "vitest";
import { attention } from "../../eval/report/attention";
import { deltas, withinNoise } from "../../eval/report/baseline";
import { renderHtml } from "../../eval/report/html";
import { renderMarkdown } from "../../eval/report/markdown";
import type { EvalReport } from "../../eval/report/types";
import type { CaseResult, SuiteName } from "../../eval/suite";

const failure = (suite: SuiteName, id: string): CaseResult => ({
  suite,
  id,
  lang: "fr",
  input: `question ${id}`,
  expected: "the right card",
  got: "another card",
  passed: false,
  problems: ["expected card not in the top 3"],
  scores: {},
  ms: [1],
});

/** A run of sixty metrics at 1.0, one below, one regression, and latencies that moved by noise or not. */
function report(): EvalReport {
  const metrics: Record<string, number> = { "safety.cases": 18, "ask.cases": 3 };
  for (let i = 0; i < 60; i++) metrics[`safety.pass_rate_${i}`] = 1;
  Object.assign(metrics, {
    "ask.hit@1": 0.9,
    "ask.citation_validity": 1,
    "ask.forbidden_claim_rate": 0,
    "ask.latency_p50_ms": 2.7,
    "ask.latency_p99_ms": 73,
    "safety.latency_p50_ms": 9,
    "safety.latency_p99_ms": 6,
  });
  const baseline = {
    createdAt: "2026-11-01",
    metrics: {
      ...metrics,
      "ask.hit@1": 0.95,
      "ask.latency_p50_ms": 1.3,
      "ask.latency_p99_ms": 36,
      "safety.latency_p50_ms": 1,
    },
  };
  const suites = (["ask", "safety"] as const).map((suite) => ({
    suite,
    cases: suite === "ask" ? [failure("ask", "a1"), { ...failure("ask", "ok"), passed: true }] : [],
    metrics: Object.fromEntries(Object.entries(metrics).filter(([k]) => k.startsWith(`${suite}.`))),
  }));
  return {
    createdAt: "2026-11-28T10:00:00Z",
    target: "in-process",
    machine: { node: "v22", cpus: 2, platform: "linux" },
    runs: [{ variant: "embedded", suites, metrics }],
    metrics,
    deltas: deltas(metrics, baseline),
    gate: { passed: true, failures: [] },
    failures: [failure("ask", "a1")],
    judge: null,
  };
}

describe("latency noise", () => {
  it("counts a p50 that doubled by a millisecond, or a p99 that doubled, as the same", () => {
    expect(withinNoise("ask.latency_p50_ms", 1.3, 2.7)).toBe(true);
    expect(withinNoise("ask.latency_p99_ms", 36, 73)).toBe(true);
    expect(withinNoise("ask.latency_p99_ms", 36, 161)).toBe(false);
    expect(withinNoise("ask.latency_p50_ms", 1, 9)).toBe(false);
  });

  it("keeps slower latencies apart from regressions: worth a look, never red", () => {
    const a = attention(report());
    expect(a.regressions.map((r) => r.metric)).toEqual(["ask.hit@1"]);
    expect(a.slower.map((r) => r.metric)).toEqual(["safety.latency_p50_ms"]);
    const html = renderHtml(report());
    expect(html).toContain('<span class="slower">slower: latency_p50_ms +8</span>');
    expect(html).not.toMatch(/class="worse">[^<]*latency/);
  });
});

describe("the report", () => {
  const md = renderMarkdown(report());
  const html = renderHtml(report());

  it("puts regressions and failures first, before any summary or table", () => {
    const order = [
      "## Regressions (1)",
      "## Failures (1)",
      "### ask: 1 of 2 cases failed",
      "## Summary",
      "## Latency",
      "## All metrics",
    ];
    const at = order.map((heading) => md.indexOf(heading));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html.indexOf("<h2>Regressions (1)</h2>")).toBeLessThan(html.indexOf("<h2>Failures (1)</h2>"));
    expect(html.indexOf("<h2>Failures (1)</h2>")).toBeLessThan(html.indexOf("<h2>Summary</h2>"));
  });

  it("names the metrics at their best once instead of drawing sixty full bars", () => {
    expect(md).toContain("At their best (60):");
    expect(md).toContain("At their best (2): citation_validity, forbidden_claim_rate.");
    // One bar, for the one metric short of its best; the full table is folded at the end.
    expect(html.match(/<rect /g)).toHaveLength(1);
    expect(html).toMatch(/<details><summary><strong>All metrics \(\d+\)<\/strong><\/summary>/);
  });

  it("says the latency tolerance it applied", () => {
    expect(md).toMatch(/slower only past ×1.5 and \+2 ms \(p50\), ×3 and \+20 ms \(p99\)/);
    expect(md).toMatch(/\| ask \| 2.700 \| 73 \| same \|/);
  });
});
