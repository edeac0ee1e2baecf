import { fold } from "./text";

const UNIT =
  "(salaries|salarie|employes|employees|employee|staff|personnes|people|collaborateurs|agents|persons|workers|etp|fte)";

/**
 * The company's headcount when the message gives it: "12 salariés", "nous sommes 60", "a team of 8",
 * "moins de 11 salariés" (10), "plus de 50" (50). With `expectNumber` (the headcount question was asked)
 * a bare number counts too. Returns undefined when nothing is said.
 */
export function parseHeadcount(text: string, expectNumber = false): number | undefined {
  const folded = fold(text).replace(/(\d)[\s.](?=\d{3}\b)/g, "$1");
  const below = folded.match(new RegExp(`(?:moins de|less than|fewer than|under|below)\\s+(\\d{1,6})\\s*${UNIT}?`));
  if (below?.[1] && (below[2] || expectNumber || /salari|employ/.test(folded)))
    return Math.max(0, Number(below[1]) - 1);
  const range = folded.match(new RegExp(`\\b(\\d{1,6})\\s*(?:a|-|to|–)\\s*(\\d{1,6})\\s*${UNIT}?`));
  if (range?.[1] && (range[3] || expectNumber)) return Number(range[1]);
  const plus = folded.match(/\b(\d{1,6})\s*(?:\+|et plus|or more|and more)/);
  if (plus?.[1] && (expectNumber || /salari|employ/.test(folded))) return Number(plus[1]);
  const above = folded.match(new RegExp(`(?:plus de|more than|over|above)\\s+(\\d{1,6})\\s*${UNIT}`));
  if (above?.[1]) return Number(above[1]);
  const counted = folded.match(new RegExp(`(\\d{1,6})\\s*${UNIT}\\b`));
  if (counted?.[1]) return Number(counted[1]);
  const team = folded.match(
    /\b(?:nous sommes|on est|we are|we're|equipe de|team of|effectif(?: de)?\s*:?)\s*(\d{1,6})\b/,
  );
  if (team?.[1]) return Number(team[1]);
  if (/\b(aucun salarie|pas de salarie|no employees?|seul|alone|just me)\b/.test(folded)) return 0;
  if (expectNumber) {
    const bare = folded.match(/^(?:environ|about|around|~)?\s*(\d{1,6})\s*$/);
    if (bare?.[1]) return Number(bare[1]);
  }
  return undefined;
}
