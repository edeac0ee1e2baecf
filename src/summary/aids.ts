import type { Lang } from "../core/lang";
import type { DocumentList } from "../tools/list-documents/schema";
import { AIDS } from "./copy";

/** An aid the plan names: what it is, its conditions, and the official page. */
export interface Aid {
  label: string;
  conditions: string[];
  source: string;
}

const APPRENTICE_AID_SOURCE =
  "https://travail-emploi.gouv.fr/une-aide-exceptionnelle-aux-employeurs-qui-recrutent-en-apprentissage";

/** The 2026 aid needs a contract started before 1 January 2027 (décret n° 2026-168). */
const startsAfter2026 = (startDate: string | undefined) =>
  startDate !== undefined && /^\d{4}-\d{2}/.test(startDate) && startDate.slice(0, 7) > "2026-12";

/** From 250 employees the 2026 apprentice aid has lower amounts and a commitment to the ASP. */
const LARGE_EMPLOYER = 250;

/**
 * The aids that go with a plan: the 2026 apprentice hiring aid for an employer (or a self-employed
 * person) hiring an apprentice, with the conditions of its size; the aid for hiring a job seeker
 * aged 45 or over on a professionalisation contract. A contract starting in 2027 gets no 2026 aid:
 * the plan says the 2027 rules are to be checked.
 */
export function aidsFor(
  path: DocumentList | undefined,
  headcount: number | undefined,
  lang: Lang,
  startDate?: string,
): Aid[] {
  if (path === "contrat-apprentissage" && startsAfter2026(startDate)) {
    const aid = AIDS.apprenticeHiringAfter2026;
    return [{ label: aid.label[lang], conditions: [...aid.conditions[lang]], source: APPRENTICE_AID_SOURCE }];
  }
  if (path === "contrat-apprentissage") {
    const aid = AIDS.apprenticeHiring2026;
    const size = headcount !== undefined && headcount >= LARGE_EMPLOYER ? "large" : "small";
    return [
      {
        label: aid.label[lang],
        conditions: [...aid.conditions[size][lang]],
        source: APPRENTICE_AID_SOURCE,
      },
    ];
  }
  if (path === "contrat-professionnalisation") {
    const aid = AIDS.professionalisation45;
    return [
      {
        label: aid.label[lang],
        conditions: [...aid.conditions[lang]],
        source:
          "https://travail-emploi.gouv.fr/laide-lembauche-dun-demandeur-demploi-de-45-ans-et-plus-en-contrat-de-professionnalisation",
      },
    ];
  }
  return [];
}
