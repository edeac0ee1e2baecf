import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOptions } from "../../eval/cli";
import { loadSafety, loadTools } from "../../eval/datasets";
import { runEval } from "../../eval/harness";
import { createProgress } from "../../eval/progress";
import { runSafetySuite } from "../../eval/suites/safety";
import { runToolsSuite } from "../../eval/suites/tools";
import { httpTarget } from "../../eval/targets/http";
import { inProcessTarget } from "../../eval/targets/in-process";
import { loadBundledKnowledge } from "../../src/retrieval/bundled";
import { testApp } from "../helpers";

const datasets = new URL("../../eval/datasets/", import.meta.url).pathname;
const kb = loadBundledKnowledge();
const quiet = { write: () => true, isTTY: false };
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "eval-harness-"));
  await mkdir(join(dir, "datasets"));
  await copyFile(join(datasets, "tools.jsonl"), join(dir, "datasets", "tools.jsonl"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("command line", () => {
  it("runs every suite by default and takes a comma-separated subset", () => {
    expect(parseOptions([], "out").suites).toEqual(["ask", "dialogues", "tools", "safety", "understanding"]);
    expect(
      parseOptions(["--suite", "safety,ask", "--url", "http://127.0.0.1:8787", "--update-baseline"], "out"),
    ).toMatchObject({
      suites: ["ask", "safety"],
      url: "http://127.0.0.1:8787",
      updateBaseline: true,
      llm: false,
      judge: true,
    });
    expect(() => parseOptions(["--suite", "nope"], "out")).toThrow(/unknown suite nope/);
    expect(() => parseOptions(["--bogus"], "out")).toThrow();
  });
});

describe("runEval on the tools suite, in-process", () => {
  it("writes JSON, Markdown and HTML reports, gates on thresholds and updates the baseline", async () => {
    const target = await inProcessTarget();
    await writeFile(
      join(dir, "thresholds.json"),
      JSON.stringify({ min: { "tools.tool_accuracy": 1, "ask.hit@3": 0.99 }, max: { "tools.latency_p99_ms": 0 } }),
    );
    const options = {
      ...parseOptions(["--suite", "tools", "--out", join(dir, "reports"), "--update-baseline"], ""),
      judge: false,
    };
    const first = await runEval(options, {
      evalDir: dir,
      kb,
      targets: { embedded: target },
      judge: null,
      progress: quiet,
      now: () => new Date("2026-11-02T10:00:00Z"),
    });

    expect(first.report.metrics["tools.tool_accuracy"]).toBe(1);
    // ask did not run: its threshold is not judged; the impossible latency bound is.
    expect(first.report.gate).toMatchObject({
      passed: false,
      failures: [{ metric: "tools.latency_p99_ms", bound: "max", threshold: 0 }],
    });
    expect((await readdir(join(dir, "reports"))).sort()).toEqual([
      "2026-11-02T10-00-00-000Z.html",
      "2026-11-02T10-00-00-000Z.json",
      "2026-11-02T10-00-00-000Z.md",
    ]);
    const html = await readFile(first.files.html, "utf8");
    // Every tools metric is at its best: named in one line, no chart of full bars.
    expect(html).toContain("At their best (1): tool_accuracy.");
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(await readFile(first.files.markdown, "utf8")).toContain("**Gate: FAILED**");
    expect(first.summary).toContain("tool_accuracy 1");
    const baseline = JSON.parse(await readFile(join(dir, "baseline.json"), "utf8")) as {
      metrics: Record<string, number>;
    };
    expect(baseline.metrics["tools.tool_accuracy"]).toBe(1);

    // A second run compares with the baseline just written.
    await writeFile(join(dir, "thresholds.json"), JSON.stringify({ min: { "tools.tool_accuracy": 1 } }));
    const second = await runEval(
      { ...options, updateBaseline: false },
      {
        evalDir: dir,
        kb,
        targets: { embedded: target },
        judge: null,
        progress: quiet,
        now: () => new Date("2026-11-02T11:00:00Z"),
      },
    );
    expect(second.report.gate.passed).toBe(true);
    expect(second.report.deltas["tools.tool_accuracy"]).toEqual({ baseline: 1, current: 1, delta: 0, trend: "same" });
  });
});

describe("a failing case", () => {
  it("is listed with what was asked, expected and returned", async () => {
    const target = await inProcessTarget();
    const wrong = {
      id: "wrong-opco",
      tool: "findOpco" as const,
      input: { idcc: "1486" },
      expect: { opco: { id: "akto" } },
    };
    const result = await runToolsSuite(target, [wrong], createProgress("tools", 1, quiet));
    expect(result.metrics["tools.tool_accuracy"]).toBe(0);
    expect(result.cases[0]).toMatchObject({
      passed: false,
      input: 'findOpco {"idcc":"1486"}',
      problems: ['$.opco.id: expected "akto", got "atlas"'],
    });
  });
});

describe("against a running server (--url)", () => {
  // The real app behind node:http on 127.0.0.1, as `npm start` serves it.
  const { app } = testApp();
  const server = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    const response = await app.request(req.url ?? "/", {
      method: req.method,
      headers: req.headers as Record<string, string>,
      ...(body ? { body } : {}),
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(await response.text());
  });
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes the tools suite through POST /api/tools/*, skipping the cases that need the sample Qualiopi list", async () => {
    const result = await runToolsSuite(httpTarget(url), loadTools(datasets), createProgress("tools", 0, quiet));
    expect(result.metrics["tools.tool_accuracy"]).toBe(1);
    expect(result.cases.filter((c) => c.skipped).map((c) => c.id)).toEqual(
      expect.arrayContaining(["qualiopi-certified-siret", "qualiopi-by-name"]),
    );
  });

  it("passes the safety suite through POST /api/ask and /api/chat", async () => {
    const result = await runSafetySuite(
      httpTarget(url),
      loadSafety(datasets),
      (id) => kb.cards.fr.has(id),
      createProgress("safety", 0, quiet),
    );
    expect(result.cases.filter((c) => !c.passed)).toEqual([]);
  });
});
