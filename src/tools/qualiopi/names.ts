/**
 * Key of an organisation's name for lookups: no accents, lower case, punctuation as spaces,
 * single spaces. "L'Atelier  Métiers & Co." -> "l atelier metiers co".
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
