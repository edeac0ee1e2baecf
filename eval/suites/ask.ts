import { detectLanguage } from "../../src/core/language";
import type { AskItem } from "../datasets";
import { hitAt, matching, missing, rankOf, reciprocalRank } from "../metrics";
import { citationProblems, validCitations } from "../official-urls";
import type { Progress } from "../progress";
import { aggregate, type CaseResult, type SuiteResult, timed } from "../suite";
import type { Target } from "../target";

/**
 * The ask suite: each question sent as a user would (no language given). Scores: hit@1, hit@3
 * and mrr of the expected cards among those retrieved; fact coverage (expected regexes found in
 * the answer); forbidden claims (regexes that must not appear); citation validity; the language
 * of the answer (announced and written) against the question's.
 */
export async function runAskSuite(
  target: Target,
  items: readonly AskItem[],
  cardExists: (id: string) => boolean,
  progress: Progress,
  grade?: (question: string, answer: string, citedIds: string[]) => Promise<number | null>,
): Promise<SuiteResult> {
  const cases: CaseResult[] = [];
  for (const [i, item] of items.entries()) {
    const ms: number[] = [];
    const id = `${item.lang}-${item.split}-${i + 1}`;
    try {
      const response = await timed(ms, () => target.ask(item.question));
      const ids = response.retrieved.map((r) => r.id);
      const rank = rankOf(ids, item.expected);
      const text = response.answer.text;
      const factsMissing = missing(text, item.facts);
      const forbidden = matching(text, item.forbidden ?? []);
      const citations = citationProblems(response.answer.citations, cardExists);
      const written = detectLanguage(text, response.lang).lang;
      const langOk = response.lang === item.lang && written === item.lang;
      const problems = [
        ...(hitAt(rank, 3) ? [] : [`expected card not in the top 3 (rank ${rank || "none"})`]),
        ...factsMissing.map((f) => `fact /${f}/ missing`),
        ...forbidden.map((f) => `forbidden claim /${f}/ present`),
        ...citations,
        ...(langOk ? [] : [`language: expected ${item.lang}, answered ${response.lang}, written ${written}`]),
      ];
      const faithfulness =
        grade && response.outcome === "answered"
          ? await grade(
              item.question,
              text,
              response.answer.citations.map((c) => c.id),
            )
          : null;
      cases.push({
        suite: "ask",
        id,
        lang: item.lang,
        input: item.question,
        expected: `cards ${item.expected.join(" | ")}${item.facts.length ? `; facts ${item.facts.map((f) => `/${f}/`).join(", ")}` : ""}`,
        got: `${ids.slice(0, 3).join(", ") || "(nothing)"} [${response.outcome}]: ${text.slice(0, 300)}`,
        passed: problems.length === 0,
        problems,
        scores: {
          "hit@1": hitAt(rank, 1),
          "hit@3": hitAt(rank, 3),
          mrr: reciprocalRank(rank),
          forbidden_claim_rate: forbidden.length ? 1 : 0,
          language_match: langOk ? 1 : 0,
          ...(faithfulness === null ? {} : { faithfulness }),
        },
        counts: {
          fact_coverage: [item.facts.length - factsMissing.length, item.facts.length],
          citation_validity: [validCitations(response.answer.citations, cardExists), response.answer.citations.length],
        },
        ms,
      });
    } catch (error) {
      cases.push(errored(id, item, error, ms));
    }
    progress.tick();
  }
  progress.done();
  return aggregate("ask", cases);
}

function errored(id: string, item: AskItem, error: unknown, ms: number[]): CaseResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    suite: "ask",
    id,
    lang: item.lang,
    input: item.question,
    expected: `cards ${item.expected.join(" | ")}`,
    got: `error: ${message}`,
    passed: false,
    problems: [`error: ${message}`],
    scores: { "hit@1": 0, "hit@3": 0, mrr: 0, forbidden_claim_rate: 0, language_match: 0 },
    counts: { fact_coverage: [0, item.facts.length] },
    ms,
  };
}
