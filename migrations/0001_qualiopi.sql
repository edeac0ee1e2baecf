-- The official list of training organisations (liste publique des organismes de formation)
-- with their Qualiopi categories, loaded by the SQL that `npm run qualiopi:import` generates.
CREATE TABLE IF NOT EXISTS qualiopi_organisations (
  nda TEXT PRIMARY KEY,           -- numéro de déclaration d'activité, 11 digits
  siren TEXT NOT NULL,
  siret TEXT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,         -- normalised name: no accents, lower case, single spaces
  postal_code TEXT,
  city TEXT,
  categories TEXT NOT NULL        -- certified categories, comma-separated; empty when not certified
);
CREATE INDEX IF NOT EXISTS qualiopi_organisations_siren ON qualiopi_organisations (siren);
CREATE INDEX IF NOT EXISTS qualiopi_organisations_siret ON qualiopi_organisations (siret);
CREATE INDEX IF NOT EXISTS qualiopi_organisations_name_key ON qualiopi_organisations (name_key);

-- Facts about the import: as_of (date of the official list), count.
CREATE TABLE IF NOT EXISTS qualiopi_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
