import type { QualiopiKey, QualiopiLookup, QualiopiRegistry } from "./registry";

/** What the company directory says about one SIREN or SIRET. */
export type DirectoryLookup =
  | { status: "found"; company: { siren: string; siret?: string; name: string; qualiopi: boolean | null } }
  | { status: "not_found" }
  | { status: "unavailable"; reason: string };

/** The minimal company directory checkQualiopi needs (the recherche-entreprises adapter satisfies it). */
export interface QualiopiDirectory {
  /** Looks up a validated SIREN (9 digits) or SIRET (14 digits). */
  lookup(id: string): Promise<DirectoryLookup>;
}

/**
 * The company directory as a Qualiopi source: by SIRET or SIREN only (not NDA, not name). It
 * knows whether a company is a certified training organisation, not which categories. A
 * throwing directory is reported as unavailable.
 */
export function directorySource(directory: QualiopiDirectory): QualiopiRegistry {
  return {
    kind: "directory",
    async lookup(key: QualiopiKey): Promise<QualiopiLookup> {
      if (key.by !== "siret" && key.by !== "siren")
        return { status: "unavailable", reason: `the company directory cannot search by ${key.by}` };
      let result: DirectoryLookup;
      try {
        result = await directory.lookup(key.value);
      } catch (error) {
        return {
          status: "unavailable",
          reason: `the company directory failed: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
      if (result.status !== "found") return result;
      const { siren, siret, name, qualiopi } = result.company;
      return {
        status: "found",
        organisations: [
          { siren, siret: siret ?? (key.by === "siret" ? key.value : undefined), name, certified: qualiopi },
        ],
      };
    },
  };
}
