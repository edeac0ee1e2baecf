import type { Asked } from "../../src/understanding/understand";
import type { UnderstandingItem } from "../datasets";
import type { Progress } from "../progress";
import { aggregate, type CaseResult, type SuiteResult, timed } from "../suite";
import type { AskResponse, Target } from "../target";
import type { Baseline } from "../understanding/baseline";
import { ENTITY_TYPES, type EntityType, foundValues, sameEntity } from "../understanding/entities";
import { judgeReply, type Verdict } from "../understanding/judge";

const ASKED = new Set(["role", "company", "headcount", "goal", "startDate", "provider", "review"]);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Scores of one verdict under a prefix: right, wrong answer, wrong refusal (each 0 or 1). */
const verdictScores = (prefix: string, verdict: Verdict) => ({
  [`${prefix}_right`]: verdict === "right" ? 1 : 0,
  [`${prefix}_wrong_answer`]: verdict === "wrong" ? 1 : 0,
  [`${prefix}_wrong_refusal`]: verdict === "refused" ? 1 : 0,
});

/** A `/api/ask` response as the judge reads it: a tool leads it when one was called. */
const askedReply = (asked: AskResponse) => ({
  text: asked.answer.text,
  citedIds: asked.answer.citations.map((c) => c.id),
  answered: asked.outcome === "answered",
  toolLed: (asked.toolCalls ?? []).length > 0,
});

interface EntityCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The understanding suite, on the corpus written by authors who never saw the code. For each
 * split (dev, holdout): the questions of first messages sent to `/api/ask` (answered right, wrong
 * answers, wrong refusals) and as the first message of a chat (the reply must answer them); the
 * same with the search alone (no card classifier, in-process); a MiniSearch over the same cards as
 * the baseline row; and, in-process, the intent and the entities
 * the understanding stage reads (intent accuracy, entity F1 per entity type).
 */
export async function runUnderstandingSuite(
  target: Target,
  items: readonly UnderstandingItem[],
  baseline: Baseline,
  progress: Progress,
): Promise<SuiteResult> {
  const cases: CaseResult[] = [];
  const entityCounts = new Map<string, EntityCounts>();
  const count = (key: string, field: keyof EntityCounts) => {
    const counts = entityCounts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    counts[field] += 1;
    entityCounts.set(key, counts);
  };

  for (const item of items) {
    const ms: number[] = [];
    const split = item.split;
    const scores: Record<string, number> = {};
    const problems: string[] = [];
    const got: string[] = [];
    const isQuestion = item.acts.includes("question") || item.expect?.refuse === true;
    try {
      if (target.understand) {
        const asked = item.askedSlot && ASKED.has(item.askedSlot) ? (item.askedSlot as Asked) : undefined;
        const u = target.understand(item.message, asked);
        if (item.intent) {
          const ok = u.intent === item.intent;
          scores[`${split}.intent_accuracy`] = ok ? 1 : 0;
          // Each method on its own, side by side: the cue rules, the trained classifier, and the hybrid above.
          scores[`${split}.intent_accuracy_rules`] = u.intentBy?.rules === item.intent ? 1 : 0;
          if (u.intentBy?.model) scores[`${split}.intent_accuracy_model`] = u.intentBy.model === item.intent ? 1 : 0;
          if (!ok) problems.push(`intent: expected ${item.intent}, read ${u.intent ?? "none"}`);
        }
        const found = foundValues(u.mentions, u.langRequest);
        const labels = item.entities ?? {};
        for (const type of ENTITY_TYPES) {
          const label = type === "siret" ? (labels.siret ?? labels.siren) : labels[type];
          const value = found[type as EntityType];
          const key = `${split}.${type}`;
          if (label !== undefined && label !== null && value !== undefined) {
            if (sameEntity(type, value, label)) count(key, "tp");
            else {
              count(key, "fp");
              count(key, "fn");
              problems.push(`${type}: expected ${JSON.stringify(label)}, read ${JSON.stringify(value)}`);
            }
          } else if (label !== undefined && label !== null) {
            count(key, "fn");
            problems.push(`${type}: ${JSON.stringify(label)} missed`);
          } else if (value !== undefined) {
            count(key, "fp");
            problems.push(`${type}: read ${JSON.stringify(value)}, not in the message`);
          }
        }
      }

      if (isQuestion && item.position === "first") {
        const asked = await timed(ms, () => target.ask(item.message));
        const judged = judgeReply(item, askedReply(asked));
        Object.assign(scores, verdictScores(`${split}.ask`, judged.verdict));
        problems.push(...judged.problems.map((p) => `ask: ${p}`));
        got.push(`ask [${asked.outcome}] ${asked.answer.citations[0]?.id ?? ""}: ${asked.answer.text.slice(0, 160)}`);

        const chat = await timed(ms, () => target.chat(item.message));
        const cited = chat.reply.citations.map((c) => c.id);
        const search = chat.toolCalls.find((t) => t.name === "searchKnowledge")?.output as
          | { outcome?: string }
          | undefined;
        const judgedChat = judgeReply(item, {
          text: chat.reply.text,
          citedIds: cited,
          answered: search?.outcome === "answered",
          toolLed: chat.toolCalls.some((t) => t.name === "findOpco" || t.name === "listDocuments"),
        });
        Object.assign(scores, verdictScores(`${split}.first_turn`, judgedChat.verdict));
        problems.push(...judgedChat.problems.map((p) => `chat: ${p}`));
        got.push(`chat ${cited[0] ?? ""}: ${chat.reply.text.slice(0, 160)}`);

        if (target.askSearchOnly) {
          const judgedAlone = judgeReply(item, askedReply(await target.askSearchOnly(item.message)));
          Object.assign(scores, verdictScores(`${split}.search_only`, judgedAlone.verdict));
        }

        const base = baseline.answer(item.message, item.lang);
        const judgedBase = judgeReply(item, {
          text: base.text,
          citedIds: base.citedIds,
          answered: base.answered,
          toolLed: false,
        });
        Object.assign(scores, verdictScores(`${split}.baseline`, judgedBase.verdict));
      }
    } catch (error) {
      problems.push(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    cases.push({
      suite: "understanding",
      id: `${split}-${item.id}`,
      lang: item.lang,
      input: item.message,
      expected: JSON.stringify({
        intent: item.intent,
        entities: item.entities,
        expect: item.expect,
        facts: item.facts,
      }),
      got: got.join(" | "),
      passed: problems.length === 0,
      problems,
      scores,
      ms,
    });
    progress.tick();
  }
  progress.done();
  const result = aggregate("understanding", cases);
  for (const [key, { tp, fp, fn }] of entityCounts) {
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    result.metrics[`understanding.${key.replace(".", ".entity_f1.")}`] = round3(
      precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    );
  }
  return result;
}
