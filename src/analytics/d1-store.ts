import type { D1Like } from "../core/d1";
import { dayIn } from "../core/days";
import { foldAccents } from "../core/fold";
import { type AnalyticsEvent, AnalyticsEventSchema, type EventSink } from "./events";
import { type EventStats, type Stats, StatsSchema, type Unanswered, UnansweredSchema } from "./stats";

/** The same question however it is typed: folded, without punctuation, spaces collapsed. */
export const questionKey = (question: string) =>
  foldAccents(question)
    .replace(/[^\p{L}\p{N}[\]]+/gu, " ")
    .trim()
    .slice(0, 200);

const FUNNEL =
  "SUM(type = 'conversation_started') AS conversations, SUM(type = 'plan_produced') AS plans, SUM(type = 'lead_sent') AS leads";

/**
 * Analytics events in D1 (table `events`, migrations/centre/0002_events.sql): one batch per turn,
 * and the dashboard's counts as GROUP BY queries over a period of the centre's days. Rows that do
 * not read as the schema says are left out of the answers.
 */
export function createD1EventStore(db: D1Like, timeZone: string): EventSink & EventStats {
  const day = dayIn(timeZone);
  const grouped = async <T>(sql: string, from: string, to: string): Promise<T[]> =>
    (await db.prepare(sql).bind(from, to).all<T>()).results;

  return {
    async record(events: readonly AnalyticsEvent[]) {
      const rows = events.map((event) => AnalyticsEventSchema.parse(event));
      if (!rows.length) return;
      await db.batch(
        rows.map((e) =>
          db
            .prepare(
              "INSERT INTO events (at, day, type, channel, lang, composer, step, opco, scheme, outcome, question, question_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            )
            .bind(
              e.at,
              day(e.at),
              e.type,
              e.channel,
              e.lang,
              e.composer ?? null,
              e.step ?? null,
              e.opco ?? null,
              e.scheme ?? null,
              e.outcome ?? null,
              e.question ?? null,
              e.question ? questionKey(e.question) : null,
            ),
        ),
      );
    },

    async stats({ from, to, timeZone: zone }): Promise<Stats> {
      const where = "WHERE day BETWEEN ? AND ?";
      const [days, channels, steps, opcos, schemes, plansByScheme, languages, composers, totals] = await Promise.all([
        grouped(
          `SELECT day, channel, ${FUNNEL} FROM events ${where} GROUP BY day, channel ORDER BY day, channel`,
          from,
          to,
        ),
        grouped(
          `SELECT channel, ${FUNNEL} FROM events ${where} GROUP BY channel ORDER BY conversations DESC`,
          from,
          to,
        ),
        grouped(
          `SELECT step, COUNT(*) AS conversations FROM events ${where} AND type = 'step_reached' GROUP BY step`,
          from,
          to,
        ),
        grouped(
          `SELECT opco, COUNT(*) AS count FROM events ${where} AND type = 'opco_asked' GROUP BY opco ORDER BY count DESC, opco`,
          from,
          to,
        ),
        grouped(
          `SELECT scheme, COUNT(*) AS count FROM events ${where} AND type = 'scheme_asked' GROUP BY scheme ORDER BY count DESC, scheme`,
          from,
          to,
        ),
        grouped(
          `SELECT scheme, COUNT(*) AS count FROM events ${where} AND type = 'plan_produced' AND scheme IS NOT NULL GROUP BY scheme ORDER BY count DESC, scheme`,
          from,
          to,
        ),
        grouped(
          `SELECT lang, COUNT(*) AS conversations FROM events ${where} AND type = 'conversation_started' GROUP BY lang ORDER BY conversations DESC`,
          from,
          to,
        ),
        grouped(
          `SELECT composer, COUNT(*) AS answers FROM events ${where} AND type IN ('question_answered', 'plan_produced') AND composer IS NOT NULL GROUP BY composer`,
          from,
          to,
        ),
        grouped(
          `SELECT ${FUNNEL}, SUM(type = 'handoff_requested') AS handoffs, SUM(type = 'question_answered') AS answered, SUM(type = 'question_refused') AS refused FROM events ${where}`,
          from,
          to,
        ),
      ]);
      const total = (totals[0] ?? {}) as Record<string, number | null>;
      const parsed = StatsSchema.safeParse({
        from,
        to,
        timeZone: zone,
        totals: {
          conversations: total.conversations ?? 0,
          plans: total.plans ?? 0,
          leads: total.leads ?? 0,
          handoffs: total.handoffs ?? 0,
          answered: total.answered ?? 0,
          refused: total.refused ?? 0,
        },
        days,
        channels,
        steps,
        opcos,
        schemes,
        plansByScheme,
        languages,
        composers,
      });
      if (!parsed.success)
        throw new Error(`events table holds rows the dashboard cannot read: ${parsed.error.message}`);
      return parsed.data;
    },

    async unanswered({ from, to, timeZone: zone }, refusal, limit): Promise<Unanswered> {
      const outcomes = refusal === "all" ? "('low_confidence', 'off_topic')" : `('${refusal}')`;
      const { results } = await db
        .prepare(
          `SELECT question_key, COUNT(*) AS count, MAX(at) AS last_at,
             (SELECT e2.question FROM events e2 WHERE e2.type = 'question_refused' AND e2.question_key = e.question_key ORDER BY e2.at DESC LIMIT 1) AS question,
             (SELECT e3.lang FROM events e3 WHERE e3.type = 'question_refused' AND e3.question_key = e.question_key ORDER BY e3.at DESC LIMIT 1) AS lang,
             MIN(outcome) AS outcome
           FROM events e WHERE type = 'question_refused' AND day BETWEEN ? AND ? AND outcome IN ${outcomes} AND question_key IS NOT NULL AND question_key != ''
           GROUP BY question_key ORDER BY count DESC, last_at DESC LIMIT ?`,
        )
        .bind(from, to, limit)
        .all<{ question: string; count: number; last_at: number; lang: string; outcome: string }>();
      return UnansweredSchema.parse({
        from,
        to,
        timeZone: zone,
        questions: results.map((row) => ({
          question: row.question,
          count: row.count,
          lastAskedAt: new Date(row.last_at).toISOString(),
          lang: row.lang,
          outcome: row.outcome,
        })),
      });
    },

    async purge(before) {
      const result = await db.prepare("DELETE FROM events WHERE at < ?").bind(before).run();
      return result.meta.changes ?? 0;
    },
  };
}
