/**
 * The Qualiopi registry at the size of the real list: a synthetic CSV of 100,000 organisations in
 * the official format (written to a temp dir), imported, indexed in memory, then loaded into a
 * local D1 through wrangler's getPlatformProxy (no network).
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { luhn } from "../src/core/checksums";
import { importOfficialListFile } from "../src/node/qualiopi/import-csv";
import { readSnapshot, writeSnapshot } from "../src/node/qualiopi/snapshot-file";
import { createD1Registry, type D1Like } from "../src/tools/qualiopi/d1-registry";
import { createMemoryRegistry, type QualiopiSnapshot } from "../src/tools/qualiopi/memory-registry";
import type { QualiopiKey } from "../src/tools/qualiopi/registry";
import { snapshotToSql } from "../src/tools/qualiopi/sql";
import { percentile, round, timeEach } from "./stats";

const COUNT = 100_000;
const HEADER =
  "Numéro Déclaration Activité;Numéro Déclaration Activité Précédent;Dénomination;Code SIREN;Siret Etablissement Déclarant;" +
  "Adresse Organisme de Formation;Code Postal Organisme de Formation;Ville Organisme de Formation;Code Région Organisme de Formation;" +
  "geocodageban;Actions de formations;Bilans de compétences;VAE;Actions de formations par apprentissage;Organisme Etranger Représenté;" +
  "Date de dernière déclaration;Début d'exercice;Fin d'exercice;Code Spécialité 1;Libellé Spécialité 1;Nombre de stagiaires;Effectif de formateurs;Certifications";
const CITIES = [
  "Paris",
  "Lyon",
  "Marseille",
  "Lille",
  "Nantes",
  "Rennes",
  "Bordeaux",
  "Toulouse",
  "Strasbourg",
  "Dijon",
];
const WORDS = [
  "Formation",
  "Institut",
  "Conseil",
  "Compétences",
  "Atelier",
  "Académie",
  "Centre",
  "Savoirs",
  "Métiers",
  "Avenir",
];

/** Appends the Luhn check digit: the one digit that makes the whole number pass the check. */
function withCheckDigit(body: string): string {
  for (let digit = 0; digit <= 9; digit++) if (luhn(body + digit)) return body + digit;
  return `${body}0`;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ids {
  siret: string[];
  siren: string[];
  nda: string[];
}

/** Writes the synthetic list: every 10th organisation has a second declaration under its SIREN, 1 % of rows repeat. */
async function writeSyntheticCsv(path: string): Promise<Ids> {
  const rand = random(42);
  const out = createWriteStream(path);
  const ids: Ids = { siret: [], siren: [], nda: [] };
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, "drain");
  };
  await write(`\uFEFF${HEADER}\n`);
  let siren = "";
  for (let i = 0; i < COUNT; i++) {
    if (i % 10 !== 1) siren = withCheckDigit(String(10_000_000 + i * 7).padStart(8, "0"));
    const siret = withCheckDigit(`${siren}${String(10 + (i % 90)).padStart(4, "0")}`);
    const nda = String(11_000_000_000 + i * 13);
    const city = CITIES[i % CITIES.length] as string;
    const name = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${city} ${i}`;
    const quoted = i % 50 === 0 ? `"${name}; Conseil ""Pro"""` : name;
    const cats = [rand() < 0.6, rand() < 0.1, rand() < 0.05, rand() < 0.08].map(String).join(";");
    const line = `${nda};;${quoted};${siren};${siret};${i} rue de la République;${String(10000 + (i % 85000))};${city};11;48.85,2.35;${cats};;2026-04-30;2025-01-01;2025-12-31;333;Enseignement, formation;${i % 500};${i % 20};\n`;
    await write(line);
    if (i % 100 === 0) await write(line);
    ids.siret.push(siret);
    ids.siren.push(siren);
    ids.nda.push(nda);
  }
  out.end();
  await once(out, "finish");
  return ids;
}

/** Garbage collection, exposed at run time when node was not started with --expose-gc. */
function gcFunction(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

function heapAfterGc(gc: (() => void) | undefined): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** Lookups through local D1 (wrangler's getPlatformProxy), or null when it cannot run here within a minute. */
async function d1LookupP99(
  snapshot: QualiopiSnapshot,
  keys: QualiopiKey[],
  dir: string,
): Promise<Record<string, number>> {
  const deadline = performance.now() + 60_000;
  const { getPlatformProxy } = await import("wrangler");
  const proxy = await getPlatformProxy<{
    QUALIOPI: D1Like & { batch(statements: unknown[]): Promise<unknown>; exec(sql: string): Promise<unknown> };
  }>({
    configPath: "wrangler.toml",
    persist: { path: join(dir, "state") },
    remoteBindings: false,
    envFiles: [],
  });
  try {
    const db = proxy.env.QUALIOPI;
    const migration = await readFile("migrations/0001_qualiopi.sql", "utf8");
    const schema = migration
      .replace(/--.*$/gm, "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    await db.batch(schema.map((s) => db.prepare(s)));
    const started = performance.now();
    const statements = snapshotToSql(snapshot);
    for (let i = 0; i < statements.length; i += 50) {
      await db.batch(statements.slice(i, i + 50).map((s) => db.prepare(s)));
      if (performance.now() > deadline) throw new Error("loading local D1 took more than a minute");
    }
    const loadMs = performance.now() - started;
    // The proxy's own round trip (Node -> workerd -> SQLite), to tell it apart from the query.
    const roundTrips: number[] = [];
    for (let i = 0; i < 500; i++) {
      const t = performance.now();
      await db.prepare("SELECT 1").first();
      roundTrips.push(performance.now() - t);
    }
    const registry = createD1Registry(db);
    const times: number[] = [];
    for (const key of keys.slice(0, 1000)) {
      const t = performance.now();
      const result = await registry.lookup(key);
      times.push(performance.now() - t);
      if (result.status !== "found") throw new Error(`D1 lookup missed ${key.by} ${key.value}`);
    }
    return {
      qualiopi_d1_load_ms: Math.round(loadMs),
      qualiopi_d1_roundtrip_p50_ms: round(percentile(roundTrips, 50)),
      qualiopi_d1_roundtrip_p99_ms: round(percentile(roundTrips, 99)),
      qualiopi_d1_lookup_p50_ms: round(percentile(times, 50)),
      qualiopi_d1_lookup_p99_ms: round(percentile(times, 99)),
    };
  } finally {
    await proxy.dispose();
  }
}

/**
 * Lookups timed inside workerd: the benchmark worker (bench/d1-worker.ts) run by wrangler's
 * unstable_startWorker with a local D1, loaded with the migration and the importer's SQL.
 * workerd's clock has millisecond steps, enough to hold the lookups to the 5 ms p99 target.
 */
async function d1InWorkerP99(
  snapshot: QualiopiSnapshot,
  keys: QualiopiKey[],
  dir: string,
): Promise<Record<string, number>> {
  const { unstable_startWorker } = await import("wrangler");
  const worker = await unstable_startWorker({
    config: new URL("./d1-worker.wrangler.toml", import.meta.url).pathname,
    dev: {
      persist: join(dir, "in-worker"),
      remote: false,
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      logLevel: "error",
    },
  });
  try {
    const post = async (path: string, body: unknown) => {
      const response = await worker.fetch(`http://bench${path}`, { method: "POST", body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    };
    const migration = await readFile("migrations/0001_qualiopi.sql", "utf8");
    await post(
      "/sql",
      migration
        .replace(/--.*$/gm, "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    );
    const statements = snapshotToSql(snapshot);
    for (let i = 0; i < statements.length; i += 200) await post("/sql", statements.slice(i, i + 200));
    const { times, missed } = (await post("/lookup", keys.slice(0, 3000))) as { times: number[]; missed: number };
    if (missed) throw new Error(`${missed} lookups missed inside workerd`);
    return {
      qualiopi_d1_in_worker_lookup_p50_ms: percentile(times, 50),
      qualiopi_d1_in_worker_lookup_p99_ms: percentile(times, 99),
      qualiopi_d1_in_worker_lookup_max_ms: Math.max(...times),
    };
  } finally {
    await worker.dispose();
  }
}

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), "qualiopi-bench-"));
  try {
    const csv = join(dir, "liste-publique-of.csv");
    const ids = await writeSyntheticCsv(csv);

    // Import: parse the CSV, then write the JSON snapshot and the D1 SQL, as `npm run qualiopi:import` does.
    const importStarted = performance.now();
    const { snapshot, report } = await importOfficialListFile(csv, "2026-11-01");
    const files = await writeSnapshot(snapshot, join(dir, "out"));
    const importMs = performance.now() - importStarted;
    if (report.imported !== COUNT) throw new Error(`expected ${COUNT} organisations, imported ${report.imported}`);

    // Memory of the in-memory registry as the CLI holds it: snapshot read from disk + Maps.
    const gc = gcFunction();
    const before = heapAfterGc(gc);
    const loadStarted = performance.now();
    const loaded = await readSnapshot(files.json);
    const registry = createMemoryRegistry(loaded ?? { asOf: "", organisations: [] });
    const loadMs = performance.now() - loadStarted;
    const indexMb = (heapAfterGc(gc) - before) / 1024 / 1024;

    const rand = random(7);
    const pickIndex = () => Math.floor(rand() * COUNT);
    const siret = timeEach(30_000, () => registry.bySiret(ids.siret[pickIndex()] as string));
    const siren = timeEach(30_000, () => registry.bySiren(ids.siren[pickIndex()] as string));
    const nda = timeEach(30_000, () => registry.byNda(ids.nda[pickIndex()] as string));
    const all = [...siret, ...siren, ...nda];
    const name = timeEach(300, (i) =>
      registry.byName(`${WORDS[i % WORDS.length]} ${CITIES[i % CITIES.length]} ${i * 311}`),
    );

    const figures: Record<string, number> = {
      qualiopi_import_ms: Math.round(importMs),
      qualiopi_import_rows: report.rows,
      qualiopi_index_load_ms: Math.round(loadMs),
      qualiopi_index_mb: round(indexMb, 1),
      qualiopi_index_mb_gc: gc ? 1 : 0,
      qualiopi_lookup_p99_ms: round(percentile(all, 99)),
      qualiopi_lookup_siret_p99_ms: round(percentile(siret, 99)),
      qualiopi_lookup_siren_p99_ms: round(percentile(siren, 99)),
      qualiopi_lookup_nda_p99_ms: round(percentile(nda, 99)),
      qualiopi_lookup_name_p99_ms: round(percentile(name, 99)),
    };

    const keys: QualiopiKey[] = Array.from({ length: 3000 }, (_, i) => {
      const at = pickIndex();
      return i % 3 === 0
        ? { by: "siret", value: ids.siret[at] as string }
        : i % 3 === 1
          ? { by: "siren", value: ids.siren[at] as string }
          : { by: "nda", value: ids.nda[at] as string };
    });
    try {
      Object.assign(figures, await d1LookupP99(snapshot, keys, dir));
      Object.assign(figures, await d1InWorkerP99(snapshot, keys, dir));
    } catch (error) {
      process.stderr.write(`bench: local D1 skipped: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
