import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createMemoryRegistry, type MemoryRegistry, type QualiopiSnapshot } from "../../tools/qualiopi/memory-registry";
import { QualiopiOrganisationSchema } from "../../tools/qualiopi/organisation";
import { snapshotToSql } from "../../tools/qualiopi/sql";

/** Where the importer writes by default and the CLI reads (git-ignored). */
export const DEFAULT_DATA_DIR = ".data";
export const SNAPSHOT_FILE = "qualiopi.json";
export const SQL_FILE = "qualiopi.sql";

/** Writes the snapshot for Node (JSON) and the SQL that loads it into D1. */
export async function writeSnapshot(snapshot: QualiopiSnapshot, dir: string) {
  await mkdir(dir, { recursive: true });
  const json = join(dir, SNAPSHOT_FILE);
  const sql = join(dir, SQL_FILE);
  await writeFile(json, JSON.stringify(snapshot));
  await writeFile(sql, `${snapshotToSql(snapshot).join("\n")}\n`);
  return { json, sql };
}

/** Reads a snapshot written by {@link writeSnapshot}; null when the file does not exist. */
export async function readSnapshot(path: string): Promise<QualiopiSnapshot | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const data = JSON.parse(text) as { asOf?: unknown; organisations?: unknown };
  if (typeof data.asOf !== "string" || !Array.isArray(data.organisations))
    throw new Error(`${path} is not a Qualiopi snapshot`);
  return { asOf: data.asOf, organisations: data.organisations.map((o) => QualiopiOrganisationSchema.parse(o)) };
}

/** The in-memory registry from a snapshot file, empty (answers `unknown`) when there is none. */
export async function loadMemoryRegistry(path: string): Promise<MemoryRegistry> {
  return createMemoryRegistry((await readSnapshot(path)) ?? { asOf: "", organisations: [] });
}
