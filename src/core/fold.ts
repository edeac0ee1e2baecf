/** Lower case without accents or ligatures: "Période" -> "periode", "œuvre" -> "oeuvre". */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}
