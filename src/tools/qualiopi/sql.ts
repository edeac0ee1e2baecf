import type { QualiopiSnapshot } from "./memory-registry";
import { nameKey } from "./names";

/** Rows per INSERT statement: keeps each statement far below D1's statement size limit. */
export const ROWS_PER_INSERT = 200;

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const optional = (value: string | undefined) => (value ? quote(value) : "NULL");

/**
 * SQL statements that replace the content of the D1 registry with a snapshot: clear, batched
 * INSERTs, then the list's date in `qualiopi_meta` (written last: a registry without it is empty).
 * Run them with `wrangler d1 execute QUALIOPI --local --file <file.sql>`.
 */
export function snapshotToSql(snapshot: QualiopiSnapshot, rowsPerInsert = ROWS_PER_INSERT): string[] {
  const statements = ["DELETE FROM qualiopi_meta;", "DELETE FROM qualiopi_organisations;"];
  const orgs = snapshot.organisations;
  for (let start = 0; start < orgs.length; start += rowsPerInsert) {
    const values = orgs.slice(start, start + rowsPerInsert).map((o) => {
      const cells = [quote(o.nda), quote(o.siren), optional(o.siret), quote(o.name), quote(nameKey(o.name))];
      cells.push(optional(o.postalCode), optional(o.city), quote(o.categories.join(",")));
      return `(${cells.join(", ")})`;
    });
    statements.push(
      `INSERT INTO qualiopi_organisations (nda, siren, siret, name, name_key, postal_code, city, categories) VALUES\n${values.join(",\n")};`,
    );
  }
  statements.push(
    `INSERT INTO qualiopi_meta (key, value) VALUES ('as_of', ${quote(snapshot.asOf)}), ('count', '${orgs.length}');`,
  );
  return statements;
}
