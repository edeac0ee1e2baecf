import { parseNda, parseSiren, parseSiret } from "../identifiers";
import { QUALIOPI_CATEGORIES, type QualiopiCategory } from "./categories";
import { nameKey } from "./names";
import type { QualiopiOrganisation } from "./organisation";

/**
 * Reading the official list of training organisations (liste publique des organismes de
 * formation, a ';'-separated CSV) row by row. Headers are matched by their normalised name, so
 * the labelled export ("Code SIREN") and the field-name export ("siren") both work.
 */
type Field = "nda" | "siren" | "siret" | "name" | "postalCode" | "city" | "certifications" | QualiopiCategory;

const HEADERS: Record<Field, string[]> = {
  nda: ["numero declaration activite", "numerodeclarationactivite"],
  siren: ["code siren", "siren"],
  siret: ["siret etablissement declarant", "siretetablissementdeclarant"],
  name: ["denomination", "raison sociale"],
  postalCode: ["code postal organisme de formation", "adressephysiqueorganismeformation codepostal"],
  city: ["ville organisme de formation", "adressephysiqueorganismeformation ville"],
  certifications: ["certifications"],
  "actions-formation": ["actions de formations", "actions de formation", "certifications actionsdeformation"],
  "bilans-competences": ["bilans de competences", "certifications bilansdecompetences"],
  vae: ["vae", "certifications vae"],
  apprentissage: [
    "actions de formations par apprentissage",
    "actions de formation par apprentissage",
    "certifications actionsdeformationparapprentissage",
  ],
};

export type Columns = Partial<Record<Field, number>>;

/** Finds each known column in the header row; the NDA, SIREN and name columns are required. */
export function resolveColumns(
  header: readonly string[],
): { ok: true; columns: Columns } | { ok: false; reason: string } {
  const keys = header.map((h) => nameKey(h.replace(/^\uFEFF/, "")));
  const columns: Columns = {};
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
    const index = keys.findIndex((k) => names.includes(k));
    if (index >= 0) columns[field] = index;
  }
  const missing = (["nda", "siren", "name"] as const).filter((f) => columns[f] === undefined);
  if (missing.length)
    return { ok: false, reason: `missing column(s): ${missing.join(", ")} (is the file ';'-separated?)` };
  return { ok: true, columns };
}

const TRUE = new Set(["true", "vrai", "oui", "yes", "1", "x", "o"]);

/** A category cell is set when it reads true/oui/1/x, or repeats the category's own label. */
function flag(cell: string | undefined, field: QualiopiCategory): boolean {
  const key = nameKey(cell ?? "");
  return TRUE.has(key) || (key !== "" && HEADERS[field].includes(key));
}

/** Categories named in the free-text "Certifications" column of later exports. */
function fromCertifications(cell: string): QualiopiCategory[] {
  const found = new Set<QualiopiCategory>();
  for (const part of cell.split(/[,;/|+]/)) {
    const key = nameKey(part);
    if (!key) continue;
    if (key.includes("apprentissage")) found.add("apprentissage");
    else if (key.includes("bilan")) found.add("bilans-competences");
    else if (key.includes("vae") || key.includes("validation des acquis")) found.add("vae");
    else if (key.includes("action")) found.add("actions-formation");
  }
  return QUALIOPI_CATEGORIES.filter((c) => found.has(c));
}

export type RowResult = { ok: true; organisation: QualiopiOrganisation } | { ok: false; reason: string };

/** One CSV record into an organisation, or the reason it is unusable (no valid NDA, SIREN or name). */
export function rowToOrganisation(row: readonly string[], columns: Columns): RowResult {
  const cell = (field: Field) => {
    const index = columns[field];
    return index === undefined ? "" : (row[index] ?? "").trim();
  };
  const nda = parseNda(cell("nda"));
  if (!nda.ok) return { ok: false, reason: `${nda.detail} [${nda.reason}]` };
  const siren = parseSiren(cell("siren"));
  if (!siren.ok) return { ok: false, reason: `${siren.detail} [${siren.reason}]` };
  const name = cell("name").replace(/\s+/g, " ");
  if (!name) return { ok: false, reason: "empty name (dénomination)" };
  const rawSiret = cell("siret");
  const siret = rawSiret ? parseSiret(rawSiret) : undefined;
  const hasCategoryColumns = QUALIOPI_CATEGORIES.some((c) => columns[c] !== undefined);
  const categories = hasCategoryColumns
    ? QUALIOPI_CATEGORIES.filter((c) => flag(cell(c), c))
    : fromCertifications(cell("certifications"));
  const organisation: QualiopiOrganisation = { nda: nda.value, siren: siren.value, name, categories };
  if (siret?.ok && siret.value.startsWith(siren.value)) organisation.siret = siret.value;
  if (cell("postalCode")) organisation.postalCode = cell("postalCode");
  if (cell("city")) organisation.city = cell("city");
  return { ok: true, organisation };
}
