-- Leads: visitors who asked to be called back, with their consent. Personal data: kept
-- LEADS_RETENTION_DAYS (3 years by default), then deleted by the outbox's daily clean-up.
CREATE TABLE IF NOT EXISTS leads (
  id TEXT PRIMARY KEY,               -- UUID
  created_at INTEGER NOT NULL,       -- ms since the epoch
  day TEXT NOT NULL,                 -- YYYY-MM-DD in the centre's time zone
  session_id TEXT NOT NULL,
  channel TEXT NOT NULL,             -- web, api, slack, teams
  lang TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  preferred_time TEXT,
  message TEXT,
  consent_at INTEGER NOT NULL,       -- when the visitor ticked the box
  privacy_url TEXT NOT NULL,         -- the notice the box linked to
  profile TEXT NOT NULL,             -- JSON: the conversation's profile
  plan_url TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS leads_created_at ON leads (created_at);

-- The forwarding of each lead to LEADS_WEBHOOK_URL: retried with backoff by the outbox Durable
-- Object's alarm until delivered; a lead is written with its outbox row in one batch, so none is lost.
CREATE TABLE IF NOT EXISTS lead_outbox (
  lead_id TEXT PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
  status TEXT NOT NULL,              -- pending, delivered, failed (gave up; the lead stays in the dashboard)
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,  -- ms since the epoch
  last_error TEXT,
  delivered_at INTEGER
);
CREATE INDEX IF NOT EXISTS lead_outbox_due ON lead_outbox (status, next_attempt_at);
