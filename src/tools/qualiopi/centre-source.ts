import type { CentreProvider } from "../../core/centre";
import { nameKey } from "./names";
import type { QualiopiKey, QualiopiLookup, QualiopiRegistry } from "./registry";

/** Whether a looked-up key names the centre itself. */
function isCentre(provider: CentreProvider, key: QualiopiKey): boolean {
  switch (key.by) {
    case "siret":
      return provider.siret === key.value;
    case "siren":
      return provider.siret?.slice(0, 9) === key.value;
    case "nda":
      return provider.nda === key.value;
    default:
      return nameKey(provider.name) === nameKey(key.value);
  }
}

/**
 * The training centre's own provider facts (its configuration) as a Qualiopi source: it answers
 * for the centre only, by its SIRET, SIREN, NDA or name, with the categories it declares. Asked
 * after the official list, which stays the authority when it knows the centre.
 */
export function centreSource(provider: CentreProvider | undefined): QualiopiRegistry {
  return {
    kind: "centre",
    async lookup(key: QualiopiKey): Promise<QualiopiLookup> {
      if (!provider || !isCentre(provider, key)) return { status: "unavailable", reason: "not the centre itself" };
      const categories = provider.qualiopi?.categories ?? [];
      return {
        status: "found",
        organisations: [
          {
            name: provider.name,
            siren: provider.siret?.slice(0, 9) ?? "",
            ...(provider.siret ? { siret: provider.siret } : {}),
            ...(provider.nda ? { nda: provider.nda } : {}),
            categories,
            certified: categories.length > 0,
          },
        ],
      };
    },
  };
}
