-- Analytics events, without personal data: no session id, no name, no contact; the text of a
-- question the assistant could not answer is kept with e-mails, phones, IBANs, social-security
-- and card numbers masked. Kept ANALYTICS_RETENTION_DAYS (13 months by default).
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,               -- ms since the epoch
  day TEXT NOT NULL,                 -- YYYY-MM-DD in the centre's time zone
  type TEXT NOT NULL,                -- conversation_started, step_reached, plan_produced, lead_sent,
                                     -- question_answered, question_refused, opco_asked, scheme_asked, handoff_requested
  channel TEXT NOT NULL,
  lang TEXT NOT NULL,
  composer TEXT,                     -- embedded or llm
  step TEXT,
  opco TEXT,
  scheme TEXT,
  outcome TEXT,                      -- of a question: answered, low_confidence, off_topic
  question TEXT,                     -- refused questions only, masked
  question_key TEXT                  -- the question folded, to count the same question once
);
CREATE INDEX IF NOT EXISTS events_day_type ON events (day, type);
CREATE INDEX IF NOT EXISTS events_at ON events (at);
CREATE INDEX IF NOT EXISTS events_refused ON events (type, question_key);
