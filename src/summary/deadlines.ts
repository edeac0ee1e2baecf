import type { SchemeId } from "../core/ids";
import type { Lang } from "../core/lang";

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
  const fr = lang === "fr";
  const day = startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? startDate : undefined;
  switch (scheme) {
    case "contrat-apprentissage":
      return [
        {
          label: fr
            ? "Transmission du contrat (CERFA FA13 n° 10103) à l'OPCO"
            : "Contract (CERFA FA13 n° 10103) sent to the OPCO",
          rule: fr
            ? "dans les 5 jours ouvrables suivant le début du contrat (jours fériés non décomptés ici)"
            : "within 5 working days of the contract's start (public holidays not counted here)",
          ...(day ? { date: addWorkingDays(day, 5) } : {}),
        },
      ];
    case "contrat-professionnalisation":
      return [
        {
          label: fr
            ? "Transmission du contrat (CERFA EJ20 n° 12434) à l'OPCO"
            : "Contract (CERFA EJ20 n° 12434) sent to the OPCO",
          rule: fr ? "au plus tard 5 jours après sa signature" : "within 5 days of its signature",
        },
      ];
    case "periode-reconversion":
      return [
        {
          label: fr ? "Dépôt du dossier auprès de l'OPCO" : "File sent to the OPCO",
          rule: fr ? "30 jours avant le début de la formation" : "30 days before the training starts",
          ...(day ? { date: addDays(day, -30) } : {}),
        },
        {
          label: fr ? "Réponse de l'OPCO" : "OPCO's answer",
          rule: fr ? "dans les 20 jours suivant la réception du dossier" : "within 20 days of receiving the file",
        },
      ];
    default:
      return [
        {
          label: fr ? "Demande de prise en charge" : "Funding request",
          rule: fr
            ? "avant le début de la formation (vérifier le délai propre au financeur)"
            : "before the training starts (check the funder's own lead time)",
          ...(day ? { date: day } : {}),
        },
      ];
  }
}
