const UNIT =
  "(?:salaries|salarie|salariees|employes|employe|employees|employee|staff|personnes|people|persons|person|collaborateurs|collaboratrices|agents|workers|etp|fte|gars|personnels?|heads)";
const WORDS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};
const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  cent: 100,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six_: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const NUMBER = `(\\d{1,6}|${Object.keys(NUMBER_WORDS)
  .filter((w) => !w.endsWith("_"))
  .join("|")})`;
/** A number after "nous sommes" / "we are": "une" there is an article ("on est une start-up"), not a count. */
const COUNT = `(\\d{1,6}|${Object.keys(NUMBER_WORDS)
  .filter((w) => !w.endsWith("_") && !["un", "une", "one"].includes(w))
  .join("|")})`;
const value = (raw: string) => (/^\d/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? Number.NaN));

/** Words that say the number is the company's own size, not a rule asked about. */
const ANCHOR =
  "(?:nous sommes|on est|on sera|we are|we're|we have|we employ|we've got|there are|j'ai|nous avons|on a|employons|emploie|compte|comptons|avec|with|team of|staff of|company of|firm of|equipe de|effectif(?: de)?|boite de|pme de|tpe de|entreprise de|societe de|cabinet de|agence de|structure de|association de|asso de|startup de|start-up de|restaurant de|garage de)";

/**
 * Words before a headcount that make it a rule's threshold, not the company's size: "sous 50
 * salariés", "à partir de 11 salariés", "companies with more than 50 employees".
 */
const RULE_CUE =
  "(?:sous|moins de|plus de|au-dela de|au dela de|au moins|a partir de|jusqu'a|entre|des|les|aux|entreprises de|entreprises d'au moins|under|over|more than|less than|fewer than|at least|from|above|below|companies with|firms with|employers with|with)";

/**
 * A number of people to train is not the company's size: "former une vingtaine de caristes",
 * "train 4 of our staff", "inscrire 3 salariés".
 */
const NOT_TRAINEES =
  "(?<!\\b(?:former|forme|formons|formez|train|training|trains|inscrire|envoyer|send|sending|certifier|upskill|for)\\s+(?:a |une |un |nos |our |mes |my |the |les |des |environ |about |around |like |some |quelques )?)";

/** Words after which a bare number is the company's size: "nous sommes 12", "a team of 8". */
const BARE_ANCHOR =
  "(?:nous sommes|on est|on sera|we are|we're|team of|staff of|company of|firm of|equipe de|effectif(?: de)?|headcount(?: of| is)?)";

/**
 * The company's headcount when the text gives it as a fact: "12 salariés", "nous sommes 60", "a
 * team of 8", "une vingtaine", "moins de 11 salariés" (10), "seul" (0). A number in a question
 * about a rule ("l'OPCO paie tout sous 50 salariés ?") is not the company's: inside a question
 * only an anchored form counts (`inQuestion`). With `expectNumber` (the headcount question was
 * asked) a bare number or band counts too. Undefined when nothing is said.
 */
export function parseHeadcount(text: string, { expectNumber = false, inQuestion = false } = {}): number | undefined {
  const t = text.replace(/(\d)[\s.](?=\d{3}\b)/g, "$1");
  const anchored = (pattern: string) =>
    new RegExp(`${ANCHOR}\\s*(?:environ |about |around |~|a peu pres |presque |près de |pres de )?${pattern}`);
  const approx = t.match(new RegExp(`${NOT_TRAINEES}\\b(?:une|a)\\s+(${Object.keys(WORDS).join("|")})\\b`));
  // "70 salariés ... une quinzaine de personnes à former": the exact size said as such wins over a
  // band said of someone else.
  const exact = inQuestion ? null : t.match(new RegExp(`${NOT_TRAINEES}\\b${NUMBER}[\\s-]*${UNIT}\\b`));
  const approxAnchored = approx?.[1] ? anchored(`(?:une|a)\\s+${approx[1]}`).test(t) : false;
  if (approx?.[1] && (expectNumber || !inQuestion || approxAnchored) && !(exact && !approxAnchored))
    return WORDS[approx[1]];
  const below = t.match(new RegExp(`(?:moins de|less than|fewer than|under|below)\\s+${NUMBER}\\s*(${UNIT})?`));
  if (below?.[1] && !inQuestion && (below[2] || expectNumber)) return Math.max(0, value(below[1]) - 1);
  const range = t.match(new RegExp(`\\b${NUMBER}\\s*(?:a|-|to|–|ou)\\s*${NUMBER}\\s*(${UNIT})?`));
  if (range?.[1] && (range[3] || expectNumber) && !inQuestion) return value(range[1]);
  const above = t.match(new RegExp(`(?:plus de|more than|over|above)\\s+${NUMBER}\\s*${UNIT}`));
  if (above?.[1] && !inQuestion) return value(above[1]);
  const counted = inQuestion
    ? (t.match(anchored(`${NUMBER}\\s*${UNIT}\\b`)) ??
      t.match(new RegExp(`\\b(?:nous sommes|on est|we are|we're)\\s+${COUNT}\\b`)) ??
      t.match(new RegExp(`(?<!${RULE_CUE}\\s*)\\b${COUNT}[\\s-]*${UNIT}\\b`)))
    : (t.match(new RegExp(`${NOT_TRAINEES}\\b${NUMBER}[\\s-]*${UNIT}\\b`)) ??
      t.match(
        new RegExp(
          `\\b${BARE_ANCHOR}\\s*(?:environ |about |around |~)?${COUNT}\\b(?!\\s*(?:ans|years|mois|months|jours|days|h\\b|heures|hours|euros|€|%|k\\b))`,
        ),
      ));
  if (counted?.[1]) {
    const n = value(counted[1]);
    if (Number.isFinite(n)) return n;
  }
  if (
    /\b(?:aucun salarie|pas de salarie|sans salarie|no employees?|no staff|seul(?:e)? dans (?:ma|mon)|tout(?:e)? seul(?:e)?|just me|only me|on my own|by myself|solo)\b/.test(
      t,
    )
  )
    return 0;
  if (expectNumber) {
    const plus = t.match(/^(\d{1,6})\s*(?:\+|et plus|or more|and more|ou plus)/);
    if (plus?.[1]) return Number(plus[1]);
    const bare = t.match(/^(?:environ|about|around|~|a peu pres|pres de|presque)?\s*(\d{1,6})\s*(?:[a-z]+)?$/);
    if (bare?.[1]) return Number(bare[1]);
  }
  return undefined;
}
