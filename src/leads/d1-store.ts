import type { D1Like } from "../core/d1";
import { dayIn } from "../core/days";
import { type Delivery, givenContact, type Lead, LeadSchema } from "../core/lead";
import type { LeadRecord, LeadStore, Outbox, OutboxItem } from "./store";

/** A row of `leads` (migrations/centre/0001_leads.sql), with its outbox columns when joined. */
interface LeadRow {
  id: string;
  created_at: number;
  session_id: string;
  channel: string;
  lang: string;
  name: string;
  email: string | null;
  phone: string | null;
  preferred_time: string | null;
  message: string | null;
  consent_at: number;
  privacy_url: string;
  profile: string;
  plan_url: string;
  status?: string | null;
  attempts?: number | null;
  last_error?: string | null;
  delivered_at?: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A row as the lead it stores (validated: a row that does not read is left out rather than shown wrong). */
function leadOf(row: LeadRow): Lead | null {
  let profile: unknown = {};
  try {
    profile = JSON.parse(row.profile);
  } catch {
    // an unreadable profile is an empty one
  }
  const parsed = LeadSchema.safeParse({
    id: row.id,
    createdAt: iso(row.created_at),
    sessionId: row.session_id,
    channel: row.channel,
    lang: row.lang,
    name: row.name,
    ...givenContact({ email: row.email, phone: row.phone, preferredTime: row.preferred_time, message: row.message }),
    consent: { at: iso(row.consent_at), privacyUrl: row.privacy_url },
    profile,
    planUrl: row.plan_url,
  });
  return parsed.success ? parsed.data : null;
}

function deliveryOf(row: LeadRow): Delivery {
  const status =
    row.status === "pending" || row.status === "delivered" || row.status === "failed" ? row.status : "none";
  return {
    status,
    attempts: row.attempts ?? 0,
    ...(row.last_error ? { lastError: row.last_error } : {}),
    ...(row.delivered_at ? { deliveredAt: iso(row.delivered_at) } : {}),
  };
}

const LEAD_COLUMNS =
  "l.id, l.created_at, l.session_id, l.channel, l.lang, l.name, l.email, l.phone, l.preferred_time, l.message, l.consent_at, l.privacy_url, l.profile, l.plan_url";

/**
 * Leads and their outbox in D1 (migrations/centre/). A lead and its outbox row are written in one
 * batch, which D1 runs as a transaction.
 */
export function createD1LeadStore(db: D1Like, timeZone: string): LeadStore & Outbox {
  const day = dayIn(timeZone);
  return {
    async add(lead, forwardAt) {
      const created = Date.parse(lead.createdAt);
      const insert = db
        .prepare(
          "INSERT INTO leads (id, created_at, day, session_id, channel, lang, name, email, phone, preferred_time, message, consent_at, privacy_url, profile, plan_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(
          lead.id,
          created,
          day(created),
          lead.sessionId,
          lead.channel,
          lead.lang,
          lead.name,
          lead.email ?? null,
          lead.phone ?? null,
          lead.preferredTime ?? null,
          lead.message ?? null,
          Date.parse(lead.consent.at),
          lead.consent.privacyUrl,
          JSON.stringify(lead.profile),
          lead.planUrl,
        );
      const statements = [insert];
      if (forwardAt !== null)
        statements.push(
          db
            .prepare("INSERT INTO lead_outbox (lead_id, status, attempts, next_attempt_at) VALUES (?, 'pending', 0, ?)")
            .bind(lead.id, forwardAt),
        );
      await db.batch(statements);
    },

    async list({ from, to, limit }) {
      const { results } = await db
        .prepare(
          `SELECT ${LEAD_COLUMNS}, o.status, o.attempts, o.last_error, o.delivered_at FROM leads l LEFT JOIN lead_outbox o ON o.lead_id = l.id WHERE l.day BETWEEN ? AND ? ORDER BY l.created_at DESC LIMIT ?`,
        )
        .bind(from, to, limit)
        .all<LeadRow>();
      return results.flatMap((row): LeadRecord[] => {
        const lead = leadOf(row);
        return lead ? [{ lead, delivery: deliveryOf(row) }] : [];
      });
    },

    async purge(before) {
      const results = (await db.batch([
        db.prepare("DELETE FROM lead_outbox WHERE lead_id IN (SELECT id FROM leads WHERE created_at < ?)").bind(before),
        db.prepare("DELETE FROM leads WHERE created_at < ?").bind(before),
      ])) as { meta?: { changes?: number } }[];
      return results[1]?.meta?.changes ?? 0;
    },

    async due(now, limit) {
      const { results } = await db
        .prepare(
          `SELECT ${LEAD_COLUMNS}, o.attempts FROM lead_outbox o JOIN leads l ON l.id = o.lead_id WHERE o.status = 'pending' AND o.next_attempt_at <= ? ORDER BY o.next_attempt_at LIMIT ?`,
        )
        .bind(now, limit)
        .all<LeadRow>();
      return results.flatMap((row): OutboxItem[] => {
        const lead = leadOf(row);
        return lead ? [{ lead, attempts: row.attempts ?? 0 }] : [];
      });
    },

    async delivered(leadId, at) {
      await db
        .prepare(
          "UPDATE lead_outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE lead_id = ?",
        )
        .bind(at, leadId)
        .run();
    },

    async failed(leadId, { attempts, error, nextAttemptAt }) {
      await db
        .prepare(
          "UPDATE lead_outbox SET status = ?, attempts = ?, last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE lead_id = ?",
        )
        .bind(nextAttemptAt === null ? "failed" : "pending", attempts, error.slice(0, 300), nextAttemptAt, leadId)
        .run();
    },

    async nextDue() {
      const row = await db
        .prepare("SELECT MIN(next_attempt_at) AS next FROM lead_outbox WHERE status = 'pending'")
        .first<{ next: number | null }>();
      return row?.next ?? null;
    },
  };
}
