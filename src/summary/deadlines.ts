import type { SchemeId } from "../core/ids";
import type { Lang } from "../core/lang";
import { DEADLINES } from "./copy";

export interface Deadline {
  label: string;
  date?: string;
  rule: string;
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** `days` working days (jours ouvrables: every day but Sunday; public holidays are not counted here) after `iso`. */
const addWorkingDays = (iso: string, days: number) => {
  let date = iso;
  for (let left = days; left > 0; ) {
    date = addDays(date, 1);
    if (new Date(`${date}T00:00:00Z`).getUTCDay() !== 0) left -= 1;
  }
  return date;
};

/**
 * The deadlines the rules give for a scheme, dated when the start day is known:
 * an apprenticeship contract goes to the OPCO within 5 working days of its start, a professionalisation
 * contract within 5 days of its signature; a période de reconversion file goes
 * 30 days before the start and the OPCO answers within 20 days; any other request goes before the start.
 */
export function deadlinesFor(scheme: SchemeId | undefined, startDate: string | undefined, lang: Lang): Deadline[] {
  const day = startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? startDate : undefined;
  const deadline = (copy: (typeof DEADLINES)[keyof typeof DEADLINES], date?: string): Deadline => ({
    label: copy.label[lang],
    rule: copy.rule[lang],
    ...(date ? { date } : {}),
  });
  switch (scheme) {
    case "contrat-apprentissage":
      return [deadline(DEADLINES.apprenticeshipContract, day && addWorkingDays(day, 5))];
    case "contrat-professionnalisation":
      return [deadline(DEADLINES.professionalisationContract)];
    case "periode-reconversion":
      return [deadline(DEADLINES.reconversionFile, day && addDays(day, -30)), deadline(DEADLINES.reconversionAnswer)];
    default:
      return [deadline(DEADLINES.fundingRequest, day)];
  }
}
