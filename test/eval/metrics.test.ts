import { describe, expect, it } from "vitest";
import { hitAt, lowerIsBetter, matching, missing, percentile, rankOf, reciprocalRank } from "../../eval/metrics";
import { aggregate, type CaseResult } from "../../eval/suite";

describe("ranking metrics", () => {
  it("ranks the first expected card among those retrieved, 0 when absent", () => {
    expect(rankOf(["cpf", "vae", "poe"], ["vae", "poe"])).toBe(2);
    expect(rankOf(["cpf"], ["vae"])).toBe(0);
  });

  it("counts a hit at k only within the first k, and the reciprocal rank", () => {
    expect([hitAt(1, 1), hitAt(2, 1), hitAt(3, 3), hitAt(4, 3), hitAt(0, 3)]).toEqual([1, 0, 1, 0, 0]);
    expect([reciprocalRank(1), reciprocalRank(4), reciprocalRank(0)]).toEqual([1, 0.25, 0]);
  });
});

describe("facts and forbidden claims", () => {
  const answer = "Depuis le 1er janvier 2022, la certification Qualiopi est obligatoire pour les fonds publics.";
  it("matches the dataset's regexes case-insensitively", () => {
    expect(missing(answer, ["qualiopi", "1er janvier 2022", "CPF"])).toEqual(["CPF"]);
    expect(matching(answer, ["facultative", "OBLIGATOIRE"])).toEqual(["OBLIGATOIRE"]);
  });
});

describe("percentile", () => {
  it("is nearest-rank, and 0 for no values", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("direction of a metric", () => {
  it("treats latencies and forbidden claims as lower-is-better", () => {
    expect(lowerIsBetter("ask.latency_p99_ms")).toBe(true);
    expect(lowerIsBetter("ask.forbidden_claim_rate.fr")).toBe(true);
    expect(lowerIsBetter("ask.hit@3.en")).toBe(false);
    expect(lowerIsBetter("understanding.dev.ask_wrong_refusal.en")).toBe(true);
    expect(lowerIsBetter("understanding.holdout.first_turn_wrong_answer")).toBe(true);
    expect(lowerIsBetter("understanding.holdout.ask_right")).toBe(false);
  });
});

describe("aggregate", () => {
  const item = (
    id: string,
    lang: "fr" | "en",
    hit: number,
    facts: [number, number],
    ms: number,
    skipped?: string,
  ): CaseResult => ({
    suite: "ask",
    id,
    lang,
    input: id,
    expected: "",
    got: "",
    passed: hit === 1,
    problems: [],
    scores: { "hit@3": hit },
    counts: { fact_coverage: facts },
    ms: [ms],
    ...(skipped ? { skipped } : {}),
  });

  it("averages scores per case, sums counts, overall and per language, with latency percentiles", () => {
    const result = aggregate("ask", [
      item("a", "fr", 1, [2, 2], 1),
      item("b", "fr", 0, [0, 2], 3),
      item("c", "en", 1, [1, 4], 2),
      item("d", "en", 0, [0, 9], 50, "not run"),
    ]);
    expect(result.metrics).toMatchObject({
      "ask.cases": 3,
      "ask.hit@3": 0.667,
      "ask.hit@3.fr": 0.5,
      "ask.hit@3.en": 1,
      "ask.fact_coverage": 0.375,
      "ask.fact_coverage.fr": 0.5,
      "ask.fact_coverage.en": 0.25,
      "ask.latency_p50_ms": 2,
      "ask.latency_p99_ms": 3,
    });
    expect(result.cases).toHaveLength(4);
  });

  it("counts nothing to check as fully valid", () => {
    const result = aggregate("ask", [item("a", "fr", 1, [0, 0], 1)]);
    expect(result.metrics["ask.fact_coverage"]).toBe(1);
  });
});
