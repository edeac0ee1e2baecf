/** A start date: `YYYY-MM-DD`, `YYYY-MM`, `asap` ("dès que possible") or `unknown` ("pas encore fixé"). */
export type StartDate = string;

const MONTHS: Record<string, number> = {
  janvier: 1,
  january: 1,
  jan: 1,
  janv: 1,
  fevrier: 2,
  february: 2,
  feb: 2,
  fev: 2,
  fevr: 2,
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
  `\\b(?:en|in|a partir de|from|starting(?: in)?|debut|fin|mi-?|des|courant|au mois de|early|late|mid-?|this|next|d'ici|by|avant|before|pour|for|vers|around|en fin de|prochain(?:e)?)\\s*(${MONTH_WORDS})\\b`,
);

const ASAP =
  /\b(?:des que possible|au plus vite|au plus tot|le plus tot possible|le plus vite possible|rapidement|tres vite|tout de suite|immediatement|urgent|c'est urgent|asap|as soon as possible|right away|straight away|immediately|urgently|la semaine prochaine|next week|this week|cette semaine|dans (?:les )?(?:quelques|2|deux|3|trois) (?:jours|semaines)|in (?:a few|two|2|three|3) (?:days|weeks))\b/;
const UNKNOWN =
  /\b(?:pas encore (?:fixe|fixee|decide|decidee|defini|definie|prevu|planifie|de date)|on verra|je (?:ne )?sais pas encore|pas de date|aucune idee|date (?:non|pas) (?:fixee|definie)|not (?:sure|set|decided|fixed|planned) yet|no date yet|tbd|to be (?:decided|confirmed|defined)|don't know yet|no idea yet)\b/;

/** A short answer that can only be about when: "dès que possible", "asap", "au plus vite". */
export const saysWhen = (text: string) => text.split(/\s+/).length <= 6 && ASAP.test(text);

/** Words that make a date in a sentence the training's start, not any date ("embauché en octobre"). */
export const START_CUE =
  /\b(?:formations?|training|courses?|cours|stages?|sessions?|modules?|commence\w*|debut\w*|demarr\w*|start\w*|begin\w*|rentree|entree en formation|cfa|bootcamp|certification|permis|caces|vae|bilan|plutot|finalement|rather|actually|(?:embaucher|prendre|recruter|accueillir|signer avec) (?:un |une |des |notre |mon )?(?:apprenti\w*|alternant\w*)|(?:hire|hiring|take on|taking on|recruit|recruiting) (?:an? |our )?apprentices?)\b/;

/**
 * Next occurrence of month `m` (day `d`) from `today`, this year or next; with `before` (the text
 * speaks in the past: "I started in October"), the last occurrence, this year or the one before.
 */
function upcoming(today: Date, m: number, d?: number, before = false): number {
  const month = today.getUTCMonth() + 1;
  const day = today.getUTCDate();
  if (before) return today.getUTCFullYear() - (m > month || (m === month && d !== undefined && d > day) ? 1 : 0);
  const past = m < month || (m === month && d !== undefined && d < day);
  return today.getUTCFullYear() + (past ? 1 : 0);
}

/** A start told in the past: "j'ai commencé en octobre", "I started in October", "depuis septembre". */
const PAST_START =
  /\b(?:started|began|i've been|i have been|j'ai commence|j'ai debute|a commence|a debute|ont commence|avons commence|depuis|ago|il y a|since)\b/;

/**
 * The planned start, from normalised text: `YYYY-MM-DD` when a day is given, else `YYYY-MM`
 * ("le 15 mars 2027", "en mars" = the next March, "à la rentrée" = the next September, "dans 3
 * mois", "next month"), `asap` ("dès que possible"), `unknown` ("pas encore fixé", "on verra").
 * With `expectDate` (the start question was asked) a bare month name counts too.
 */
export function parseStartDate(text: string, today: Date, expectDate = false): StartDate | undefined {
  // The answer to "when does it start?" is first what the user says of it: "au plus vite, mon
  // contrat se termine en mars" is as soon as possible; "pas encore fixé, la sélection c'est en
  // mars" is not known yet.
  if (expectDate && ASAP.test(text)) return "asap";
  if (expectDate && UNKNOWN.test(text)) return "unknown";
  const iso = text.match(/\b(20\d{2})-(\d{2})(?:-(\d{2}))?\b/);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const slash = text.match(/\b(\d{1,2})\/(\d{1,2})\/(20\d{2}|\d{2})\b/);
  if (slash) {
    const year = (slash[3] as string).length === 2 ? `20${slash[3]}` : slash[3];
    return `${year}-${pad(Number(slash[2]))}-${pad(Number(slash[1]))}`;
  }
  const before = PAST_START.test(text);
  const withDay = text.match(DAY_MONTH_YEAR) ?? text.match(MONTH_DAY_YEAR);
  if (withDay) {
    const [dayText, monthWord] = DAY_MONTH_YEAR.test(text) ? [withDay[1], withDay[2]] : [withDay[2], withDay[1]];
    const m = MONTHS[monthWord ?? ""] as number;
    const d = Number(dayText);
    if (d >= 1 && d <= 31) return `${withDay[3] ?? upcoming(today, m, d, before)}-${pad(m)}-${pad(d)}`;
  }
  const monthYear = text.match(MONTH_YEAR);
  if (monthYear?.[1]) return `${monthYear[2]}-${pad(MONTHS[monthYear[1]] as number)}`;
  const alone =
    text.match(AFTER_PREPOSITION)?.[1] ??
    (expectDate ? text.match(new RegExp(`^(${MONTH_WORDS})\\b`))?.[1] : undefined);
  if (alone) {
    const m = MONTHS[alone] as number;
    return `${upcoming(today, m, undefined, before)}-${pad(m)}`;
  }
  if (
    /\b(?:a la rentree|la rentree|rentree (?:de )?septembre|back to school|in the autumn|in the fall|cet automne|a l'automne)\b/.test(
      text,
    )
  ) {
    return `${upcoming(today, 9)}-09`;
  }
  const inMonths = text.match(
    /\b(?:dans|in|d'ici)\s+(\d{1,2}|un|deux|trois|quatre|six|one|two|three|four|six)\s+(?:mois|months?)\b/,
  );
  if (inMonths?.[1]) {
    const n =
      Number(inMonths[1]) ||
      ({ un: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, six: 6 } as Record<string, number>)[
        inMonths[1]
      ] ||
      1;
    const total = today.getUTCMonth() + n;
    return `${today.getUTCFullYear() + Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
  }
  if (/\b(?:le mois prochain|mois prochain|next month)\b/.test(text)) {
    const month = today.getUTCMonth() + 1;
    const year = today.getUTCFullYear();
    return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
  }
  if (
    /\b(?:en debut d'annee|debut d'annee prochaine|debut (?:de l')?annee prochaine|early next year|start of next year|beginning of next year)\b/.test(
      text,
    )
  ) {
    return `${today.getUTCFullYear() + 1}-01`;
  }
  if (ASAP.test(text)) return "asap";
  if (UNKNOWN.test(text)) return "unknown";
  return undefined;
}
