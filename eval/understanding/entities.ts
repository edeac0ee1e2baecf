import { fold } from "../../src/understanding/text";
import type { Entities } from "../../src/understanding/understand";

/** The entity types the corpus labels, with how a found value is compared to the label. */
export const ENTITY_TYPES = [
  "role",
  "headcount",
  "sector",
  "idcc",
  "siret",
  "naf",
  "scheme",
  "training",
  "startDate",
  "provider",
  "langRequest",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const words = (text: string) =>
  new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2),
  );
const overlap = (a: string, b: string) => {
  const wa = words(a);
  return [...words(b)].some((w) => wa.has(w));
};
const digits = (value: unknown) =>
  String(value ?? "")
    .replace(/\D/g, "")
    .replace(/^0+/, "");

/** What the understanding stage found for each entity type, as a string to compare (undefined: nothing). */
export function foundValues(entities: Entities, langRequest: string | undefined): Partial<Record<EntityType, string>> {
  const ids = entities.identifiers;
  const provider = entities.provider;
  return {
    role: entities.role,
    headcount: entities.headcount === undefined ? undefined : String(entities.headcount),
    sector: entities.activity?.term,
    idcc: ids.idcc,
    siret: ids.siret ?? ids.siren,
    naf: ids.naf,
    scheme: entities.scheme,
    training: entities.topic,
    startDate: entities.startDate,
    provider: provider ? ("notChosen" in provider ? "not_chosen" : provider.name) : undefined,
    langRequest,
  };
}

/** Whether a found value matches the author's label for that entity type. */
export function sameEntity(type: EntityType, found: string, label: unknown): boolean {
  const text = String(label);
  switch (type) {
    case "headcount":
      return Number(found) === Number(label);
    case "idcc":
    case "siret":
      return digits(found) === digits(label);
    case "naf":
      return fold(found).replace(/\W/g, "") === fold(text).replace(/\W/g, "");
    case "sector":
    case "training":
      return overlap(found, text) || fold(text).includes(fold(found)) || fold(found).includes(fold(text));
    case "startDate":
      return found === text || (found.length > text.length && found.startsWith(text)) || text.startsWith(found);
    case "provider":
      return found === text || (found !== "not_chosen" && text !== "not_chosen" && overlap(found, text));
    default:
      return found === text;
  }
}
