import type { QualiopiOrganisation } from "./organisation";

export type QualiopiSourceKind = "registry" | "directory" | "centre";

/** What to look up: one identifier (already validated) or a name. */
export type QualiopiKey = { by: "siret" | "siren" | "nda" | "name"; value: string };

/**
 * The answer of one source.
 * - `found`: organisations matching the key (a SIREN or a name can match several);
 *   `certified` is null when the source knows the organisation but not its certification.
 * - `not_found`: the source has data and none matches.
 * - `unavailable`: no data (empty registry, missing table) or the source failed; never thrown.
 */
export type QualiopiLookup =
  | { status: "found"; organisations: QualiopiMatch[]; asOf?: string }
  | { status: "not_found"; asOf?: string }
  | { status: "unavailable"; reason: string };

/** An organisation as one source knows it; the directory gives a flag and no categories. */
export type QualiopiMatch = Omit<QualiopiOrganisation, "categories" | "nda"> & {
  nda?: string;
  categories?: QualiopiOrganisation["categories"];
  certified: boolean | null;
};

/** A source of Qualiopi facts: the local registry (memory or D1), the centre's own facts, or the company directory. */
export interface QualiopiRegistry {
  /** `registry`: the official list imported locally; `centre`: the centre's configuration, about itself; `directory`: the company directory. */
  readonly kind: QualiopiSourceKind;
  lookup(key: QualiopiKey): Promise<QualiopiLookup>;
}

/** Most matches a name lookup returns. */
export const NAME_MATCH_LIMIT = 10;

/** Turns a stored organisation into a match: certified when at least one category is. */
export const toMatch = (org: QualiopiOrganisation): QualiopiMatch => ({ ...org, certified: org.categories.length > 0 });
