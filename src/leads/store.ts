import type { Delivery, Lead } from "../core/lead";

/** A lead with where its forwarding stands, as the dashboard lists it. */
export interface LeadRecord {
  lead: Lead;
  delivery: Delivery;
}

/** A lead waiting for the webhook, and how many times it was tried. */
export interface OutboxItem {
  lead: Lead;
  attempts: number;
}

/** Where leads are kept (D1 on Workers). */
export interface LeadStore {
  /**
   * Saves a lead and, when it is to be forwarded, its outbox entry due at `forwardAt`, in one
   * transaction: a lead is never kept without its delivery, nor its delivery without it.
   */
  add(lead: Lead, forwardAt: number | null): Promise<void>;
  /** The leads created from `from` to `to` (days, YYYY-MM-DD, the centre's), newest first. */
  list(query: { from: string; to: string; limit: number }): Promise<LeadRecord[]>;
  /** Deletes the leads created before `before` (ms); returns how many. */
  purge(before: number): Promise<number>;
}

/** The leads still to forward (the outbox). */
export interface Outbox {
  /** Pending leads due by `now`, oldest first. */
  due(now: number, limit: number): Promise<OutboxItem[]>;
  delivered(leadId: string, at: number): Promise<void>;
  /** A failed attempt: tried again at `nextAttemptAt`, or given up (`nextAttemptAt` null). */
  failed(leadId: string, attempt: { attempts: number; error: string; nextAttemptAt: number | null }): Promise<void>;
  /** When the next pending lead is due (ms), or null when none is. */
  nextDue(): Promise<number | null>;
}
