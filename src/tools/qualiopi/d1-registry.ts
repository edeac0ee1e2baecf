import { QUALIOPI_CATEGORIES, type QualiopiCategory } from "./categories";
import { nameKey } from "./names";
import {
  NAME_MATCH_LIMIT,
  type QualiopiKey,
  type QualiopiLookup,
  type QualiopiMatch,
  type QualiopiRegistry,
} from "./registry";

/** The part of a D1 database this registry uses (structural, so the core stays platform-free). */
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
  first<T = Record<string, unknown>>(): Promise<T | null>;
}
export interface D1Like {
  prepare(query: string): D1StatementLike;
}

interface Row {
  nda: string;
  siren: string;
  siret: string | null;
  name: string;
  postal_code: string | null;
  city: string | null;
  categories: string;
  as_of: string | null;
}

const COLUMNS =
  "nda, siren, siret, name, postal_code, city, categories, (SELECT value FROM qualiopi_meta WHERE key = 'as_of') AS as_of";
const FROM = "FROM qualiopi_organisations";

const isCategory = (value: string): value is QualiopiCategory =>
  (QUALIOPI_CATEGORIES as readonly string[]).includes(value);

function toMatch(row: Row): QualiopiMatch {
  const categories = row.categories.split(",").filter(isCategory);
  return {
    nda: row.nda,
    siren: row.siren,
    siret: row.siret ?? undefined,
    name: row.name,
    postalCode: row.postal_code ?? undefined,
    city: row.city ?? undefined,
    categories,
    certified: categories.length > 0,
  };
}

/** `% word1% word2%`-style conditions: the name holds every word, each at a word start. */
function nameQuery(db: D1Like, key: string): D1StatementLike {
  const words = key.split(" ");
  const where = words.map(() => "(' ' || name_key) LIKE ?").join(" AND ");
  return db
    .prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${where} LIMIT ${NAME_MATCH_LIMIT}`)
    .bind(...words.map((w) => `% ${w}%`));
}

/**
 * The official list in D1 (table `qualiopi_organisations`, see migrations/). One indexed query
 * per identifier lookup; a missing table or an empty import answers `unavailable`, never throws.
 */
export function createD1Registry(db: D1Like): QualiopiRegistry {
  async function rows(key: QualiopiKey): Promise<Row[]> {
    if (key.by === "name") {
      const k = nameKey(key.value);
      if (!k) return [];
      const exact = await db
        .prepare(`SELECT ${COLUMNS} ${FROM} WHERE name_key = ? LIMIT ${NAME_MATCH_LIMIT}`)
        .bind(k)
        .all<Row>();
      return exact.results.length ? exact.results : (await nameQuery(db, k).all<Row>()).results;
    }
    return (await db.prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${key.by} = ? LIMIT 50`).bind(key.value).all<Row>())
      .results;
  }

  return {
    kind: "registry",
    async lookup(key: QualiopiKey): Promise<QualiopiLookup> {
      try {
        const found = await rows(key);
        if (found.length)
          return { status: "found", organisations: found.map(toMatch), asOf: found[0]?.as_of ?? undefined };
        const meta = await db.prepare("SELECT value FROM qualiopi_meta WHERE key = 'as_of'").first<{ value: string }>();
        if (!meta) return { status: "unavailable", reason: "the local registry is empty (no import yet)" };
        return { status: "not_found", asOf: meta.value };
      } catch (error) {
        return {
          status: "unavailable",
          reason: `the local registry cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
  };
}
