import type { Card } from "./card";

/** A travail-emploi.gouv.fr sheet as @socialgouv/fiches-travail-data gives it (date as DD/MM/YYYY). */
export interface OfficialSheet {
  url: string;
  date: string;
  title: string;
}

export interface StaleSource {
  id: string;
  lang: Card["lang"];
  url: string;
  updated: string;
  status: "newer" | "missing";
  officialDate?: string;
}

/** "05/03/2026" -> "2026-03-05"; anything else unchanged. */
export const isoDate = (date: string) => date.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, "$3-$2-$1");

const key = (url: string) =>
  url
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/[#?].*$/, "")
    .replace(/\/$/, "");

/**
 * Cards whose travail-emploi.gouv.fr sources changed after the card was last checked
 * (`newer`), or are not in the official data any more (`missing`). Other sites are not covered.
 */
export function staleSources(cards: readonly Card[], sheets: readonly OfficialSheet[]): StaleSource[] {
  const byUrl = new Map(sheets.map((sheet) => [key(sheet.url), sheet]));
  return cards.flatMap((card) =>
    card.sources
      .filter((source) => key(source.url).startsWith("travail-emploi.gouv.fr/"))
      .flatMap((source): StaleSource[] => {
        const sheet = byUrl.get(key(source.url));
        const base = { id: card.id, lang: card.lang, url: source.url, updated: card.updated };
        if (!sheet) return [{ ...base, status: "missing" }];
        const officialDate = isoDate(sheet.date);
        return officialDate > card.updated ? [{ ...base, status: "newer", officialDate }] : [];
      }),
  );
}
