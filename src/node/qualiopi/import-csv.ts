import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import type { QualiopiSnapshot } from "../../tools/qualiopi/memory-registry";
import { type Columns, resolveColumns, rowToOrganisation } from "../../tools/qualiopi/official-list";
import type { QualiopiOrganisation } from "../../tools/qualiopi/organisation";

export interface ImportReport {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Organisations kept, one per NDA. */
  imported: number;
  /** Rows whose NDA was already seen (the later row wins). */
  duplicates: number;
  /** Rows that could not be used (no valid NDA, SIREN or name, broken quoting). */
  bad: number;
  /** The first bad rows: line in the file and reason. */
  badRows: { line: number; reason: string }[];
}

const MAX_BAD_SAMPLES = 20;

/**
 * Reads the official list (';'-separated, UTF-8 with or without BOM, quoted fields) into a
 * snapshot. Duplicate NDAs keep the last row; bad rows are counted and sampled, never fatal.
 * A wrong header (not the official list) throws.
 */
export async function importOfficialList(
  input: Readable,
  asOf: string,
): Promise<{ snapshot: QualiopiSnapshot; report: ImportReport }> {
  const parser = input.pipe(
    parse({
      delimiter: ";",
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
    }),
  );
  const report: ImportReport = { rows: 0, imported: 0, duplicates: 0, bad: 0, badRows: [] };
  const bad = (line: number, reason: string) => {
    report.bad++;
    if (report.badRows.length < MAX_BAD_SAMPLES) report.badRows.push({ line, reason });
  };
  parser.on("skip", (error: Error & { lines?: number }) => {
    report.rows++;
    bad(error.lines ?? 0, `unreadable CSV: ${error.message}`);
  });

  const byNda = new Map<string, QualiopiOrganisation>();
  let columns: Columns | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!columns) {
      const resolved = resolveColumns(record);
      if (!resolved.ok) throw new Error(`Not the official list of training organisations: ${resolved.reason}`);
      columns = resolved.columns;
      continue;
    }
    report.rows++;
    const row = rowToOrganisation(record, columns);
    if (!row.ok) {
      bad(info.lines, row.reason);
      continue;
    }
    if (byNda.has(row.organisation.nda)) {
      report.duplicates++;
      byNda.delete(row.organisation.nda);
    }
    byNda.set(row.organisation.nda, row.organisation);
  }
  if (!columns) throw new Error("The file is empty: no header row");
  const organisations = [...byNda.values()];
  report.imported = organisations.length;
  return { snapshot: { asOf, organisations }, report };
}

/** Imports a file; the list's date is `asOf` when given, else the file's modification date. */
export async function importOfficialListFile(path: string, asOf?: string) {
  const date = asOf ?? (await stat(path)).mtime.toISOString().slice(0, 10);
  return importOfficialList(createReadStream(path), date);
}
