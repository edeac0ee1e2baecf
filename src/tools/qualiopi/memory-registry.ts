import { nameKey } from "./names";
import type { QualiopiOrganisation } from "./organisation";
import { NAME_MATCH_LIMIT, type QualiopiKey, type QualiopiLookup, type QualiopiRegistry, toMatch } from "./registry";

/** The official list as the importer writes it for Node (`.data/qualiopi.json`). */
export interface QualiopiSnapshot {
  /** Date of the official list (YYYY-MM-DD). */
  asOf: string;
  organisations: QualiopiOrganisation[];
}

export interface MemoryRegistry extends QualiopiRegistry {
  readonly size: number;
  readonly asOf: string;
  /** Synchronous lookups by a validated identifier (the index itself). */
  bySiret(siret: string): QualiopiOrganisation | undefined;
  bySiren(siren: string): QualiopiOrganisation[];
  byNda(nda: string): QualiopiOrganisation | undefined;
  byName(name: string): QualiopiOrganisation[];
}

/** Adds `index` under `key` in a map of one index or several. */
function addMulti(map: Map<string, number | number[]>, key: string, index: number) {
  const current = map.get(key);
  if (current === undefined) map.set(key, index);
  else if (typeof current === "number") map.set(key, [current, index]);
  else current.push(index);
}

const many = (value: number | number[] | undefined): number[] =>
  value === undefined ? [] : typeof value === "number" ? [value] : value;

/**
 * In-memory index of the official list: Maps keyed by SIRET, SIREN and NDA, and a
 * normalised-name index (exact name first, then names containing every word asked).
 */
export function createMemoryRegistry(snapshot: QualiopiSnapshot): MemoryRegistry {
  const orgs = snapshot.organisations;
  const bySiret = new Map<string, number>();
  const byNda = new Map<string, number>();
  const bySiren = new Map<string, number | number[]>();
  const byName = new Map<string, number | number[]>();
  const keys = new Array<string>(orgs.length);
  orgs.forEach((org, i) => {
    byNda.set(org.nda, i);
    if (org.siret) bySiret.set(org.siret, i);
    addMulti(bySiren, org.siren, i);
    const key = nameKey(org.name);
    keys[i] = key;
    addMulti(byName, key, i);
  });
  const at = (i: number) => orgs[i] as QualiopiOrganisation;

  const index = {
    bySiret: (siret: string) => {
      const i = bySiret.get(siret);
      return i === undefined ? undefined : at(i);
    },
    byNda: (nda: string) => {
      const i = byNda.get(nda);
      return i === undefined ? undefined : at(i);
    },
    bySiren: (siren: string) => many(bySiren.get(siren)).map(at),
    byName: (name: string) => {
      const key = nameKey(name);
      if (!key) return [];
      const exact = many(byName.get(key));
      if (exact.length) return exact.slice(0, NAME_MATCH_LIMIT).map(at);
      const words = key.split(" ");
      const found: QualiopiOrganisation[] = [];
      for (let i = 0; i < keys.length && found.length < NAME_MATCH_LIMIT; i++) {
        const candidate = ` ${keys[i]} `;
        if (words.every((w) => candidate.includes(` ${w}`))) found.push(at(i));
      }
      return found;
    },
  };

  function find(key: QualiopiKey): QualiopiOrganisation[] {
    switch (key.by) {
      case "siret": {
        const org = index.bySiret(key.value);
        return org ? [org] : [];
      }
      case "nda": {
        const org = index.byNda(key.value);
        return org ? [org] : [];
      }
      case "siren":
        return index.bySiren(key.value);
      case "name":
        return index.byName(key.value);
    }
  }

  return {
    kind: "registry",
    size: orgs.length,
    asOf: snapshot.asOf,
    ...index,
    async lookup(key: QualiopiKey): Promise<QualiopiLookup> {
      if (!orgs.length) return { status: "unavailable", reason: "the local registry is empty (no import yet)" };
      const found = find(key);
      return found.length
        ? { status: "found", organisations: found.map(toMatch), asOf: snapshot.asOf }
        : { status: "not_found", asOf: snapshot.asOf };
    },
  };
}
