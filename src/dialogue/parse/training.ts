import type { TrainingGoal } from "../../core/ids";
import { fold } from "./text";

const GOALS: [TrainingGoal, RegExp][] = [
  ["vae", /\b(vae|validation des acquis|validation of (prior )?(experience|learning)|recognition of prior learning)\b/],
  ["bilan", /\b(bilan de competences?|skills? assessment|career assessment)\b/],
  [
    "apprenticeship",
    /\b(apprenti(e|s)?|apprentissage|apprenticeships?|alternance en apprentissage|contrat d'apprentissage|\bcfa\b)/,
  ],
  ["professionalisation", /\b(contrat (de )?pro(fessionnalisation)?|professionali[sz]ation)\b/],
  [
    "reconversion",
    /\b(reconversion|changer de metier|change (of )?careers?|career change|new (job|career)|pro-?a\b|transitions? collectives?|retrain(ing)?)\b/,
  ],
  [
    "languages",
    /\b(anglais|english|langues?|languages?|espagnol|spanish|allemand|german|italien|italian|fle|toeic|toefl|linguaskill|bright|ielts)\b/,
  ],
  [
    "certification",
    /\b(rncp|\brs\b|repertoire specifique|certif(ication|iante|iant)?|diplome|diploma|degree|titre professionnel|qualification|cqp|bts|licence|master)\b/,
  ],
  [
    "adaptation",
    /\b(adaptation|adapter|poste de travail|montee en competences?|perfectionnement|upskill(ing)?|improve (my|their|our) skills|new (tool|software|machine)|logiciel|software|securite|safety|management|excel|caces|habilitation)\b/,
  ],
];

export function parseGoal(text: string): TrainingGoal | undefined {
  const folded = fold(text);
  for (const [goal, pattern] of GOALS) if (pattern.test(folded)) return goal;
  return undefined;
}

/** Training length in hours: "35 heures", "150h", "3 jours" (7 h a day), "2 weeks" (35 h a week). */
export function parseHours(text: string): number | undefined {
  const folded = fold(text);
  const hours = folded.match(/\b(\d{1,4})\s*(?:h\b|heures?\b|hours?\b|hrs?\b)/);
  if (hours?.[1]) return Number(hours[1]) || undefined;
  const days = folded.match(/\b(\d{1,3})\s*(?:jours?|days?)\b/);
  if (days?.[1]) return Number(days[1]) * 7 || undefined;
  const weeks = folded.match(/\b(\d{1,2})\s*(?:semaines?|weeks?)\b/);
  if (weeks?.[1]) return Number(weeks[1]) * 35 || undefined;
  return undefined;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  february: 2,
  feb: 2,
  fev: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  april: 4,
  apr: 4,
  avr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  july: 7,
  jul: 7,
  juil: 7,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  september: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  october: 10,
  oct: 10,
  novembre: 11,
  november: 11,
  nov: 11,
  decembre: 12,
  december: 12,
  dec: 12,
};
const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const pad = (n: number) => String(n).padStart(2, "0");
// A month name alone is a date only after a preposition ("en mars", "in March", "début mai"):
// "may" or "mar" alone are too often something else.
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH_WORDS})\\.?(?:\\s+(20\\d{2}))?\\b`);
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(20\\d{2}))?\\b`);
const MONTH_YEAR = new RegExp(`\\b(${MONTH_WORDS})\\.?\\s+(20\\d{2})\\b`);
const AFTER_PREPOSITION = new RegExp(
  `\\b(?:en|in|a partir de|from|starting( in)?|debut|fin|mi-?|des|courant|au mois de|early|late|mid-?|this|next)\\s*(${MONTH_WORDS})\\b`,
);

/** Next occurrence of month `m` (day `d`) from `today`, this year or next. */
function upcoming(today: Date, m: number, d?: number): number {
  const month = today.getUTCMonth() + 1;
  const past = m < month || (m === month && d !== undefined && d < today.getUTCDate());
  return today.getUTCFullYear() + (past ? 1 : 0);
}

/**
 * The planned start date, as `YYYY-MM-DD` when a day is given, else `YYYY-MM`: "le 15 mars 2027",
 * "en mars" (the next March from today), "in March 2027", "2027-03-15", "15/03/2027", "next month".
 */
export function parseStartDate(text: string, today: Date): string | undefined {
  const folded = fold(text);
  const iso = folded.match(/\b(20\d{2})-(\d{2})(?:-(\d{2}))?\b/);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const slash = folded.match(/\b(\d{1,2})\/(\d{1,2})\/(20\d{2})\b/);
  if (slash) return `${slash[3]}-${pad(Number(slash[2]))}-${pad(Number(slash[1]))}`;
  const withDay = folded.match(DAY_MONTH_YEAR) ?? folded.match(MONTH_DAY_YEAR);
  if (withDay) {
    const [dayText, monthWord] = DAY_MONTH_YEAR.test(folded) ? [withDay[1], withDay[2]] : [withDay[2], withDay[1]];
    const m = MONTHS[monthWord ?? ""] as number;
    const d = Number(dayText);
    if (d >= 1 && d <= 31) return `${withDay[3] ?? upcoming(today, m, d)}-${pad(m)}-${pad(d)}`;
  }
  const monthYear = folded.match(MONTH_YEAR);
  if (monthYear?.[1]) return `${monthYear[2]}-${pad(MONTHS[monthYear[1]] as number)}`;
  const alone = folded.match(AFTER_PREPOSITION);
  const word = alone?.[2];
  if (word) {
    const m = MONTHS[word] as number;
    return `${upcoming(today, m)}-${pad(m)}`;
  }
  const inMonths = folded.match(/\b(?:dans|in)\s+(\d{1,2})\s+(?:mois|months?)\b/);
  if (inMonths?.[1]) {
    const total = today.getUTCMonth() + Number(inMonths[1]);
    return `${today.getUTCFullYear() + Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
  }
  if (/\b(le mois prochain|next month)\b/.test(folded)) {
    const month = today.getUTCMonth() + 1;
    const year = today.getUTCFullYear();
    return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
  }
  return undefined;
}
