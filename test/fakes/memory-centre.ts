import type { AnalyticsEvent } from "../../src/analytics/events";
import type { Stats, Unanswered } from "../../src/analytics/stats";
import type { Lead } from "../../src/core/lead";
import type { LeadRecord, LeadStore, Outbox } from "../../src/leads/store";

/** Leads and their outbox in memory, with the contract of the D1 store (for Node tests). */
export function memoryLeads() {
  const rows = new Map<string, LeadRecord & { nextAttemptAt: number | null }>();
  const store: LeadStore & Outbox & { rows: typeof rows } = {
    rows,
    async add(lead: Lead, forwardAt) {
      rows.set(lead.id, {
        lead,
        delivery: { status: forwardAt === null ? "none" : "pending", attempts: 0 },
        nextAttemptAt: forwardAt,
      });
    },
    async list({ limit }) {
      return [...rows.values()]
        .sort((a, b) => b.lead.createdAt.localeCompare(a.lead.createdAt))
        .slice(0, limit)
        .map(({ lead, delivery }) => ({ lead, delivery }));
    },
    async purge(before) {
      let n = 0;
      for (const [id, row] of rows)
        if (Date.parse(row.lead.createdAt) < before) {
          rows.delete(id);
          n += 1;
        }
      return n;
    },
    async due(now, limit) {
      return [...rows.values()]
        .filter((r) => r.delivery.status === "pending" && (r.nextAttemptAt ?? Infinity) <= now)
        .slice(0, limit)
        .map((r) => ({ lead: r.lead, attempts: r.delivery.attempts }));
    },
    async delivered(id, at) {
      const row = rows.get(id);
      if (row)
        row.delivery = {
          status: "delivered",
          attempts: row.delivery.attempts + 1,
          deliveredAt: new Date(at).toISOString(),
        };
    },
    async failed(id, { attempts, error, nextAttemptAt }) {
      const row = rows.get(id);
      if (!row) return;
      row.delivery = { status: nextAttemptAt === null ? "failed" : "pending", attempts, lastError: error };
      if (nextAttemptAt !== null) row.nextAttemptAt = nextAttemptAt;
    },
    async nextDue() {
      const due = [...rows.values()]
        .filter((r) => r.delivery.status === "pending")
        .map((r) => r.nextAttemptAt ?? Infinity);
      return due.length ? Math.min(...due) : null;
    },
  };
  return store;
}

/** Events kept in memory; the dashboard's counts are the fixed ones given (the SQL is tested in workerd). */
export function memoryEvents(fixed: { stats?: Partial<Stats>; unanswered?: Unanswered["questions"] } = {}) {
  const events: AnalyticsEvent[] = [];
  const period = { from: "2027-01-01", to: "2027-01-30", timeZone: "Europe/Paris" };
  return {
    events,
    async record(batch: readonly AnalyticsEvent[]) {
      events.push(...batch);
    },
    async stats(p: typeof period): Promise<Stats> {
      return {
        ...p,
        totals: { conversations: 0, plans: 0, leads: 0, handoffs: 0, answered: 0, refused: 0 },
        days: [],
        channels: [],
        steps: [],
        opcos: [],
        schemes: [],
        plansByScheme: [],
        languages: [],
        composers: [],
        ...fixed.stats,
      };
    },
    async unanswered(p: typeof period): Promise<Unanswered> {
      return { ...p, questions: fixed.unanswered ?? [] };
    },
    async purge() {
      return 0;
    },
  };
}
