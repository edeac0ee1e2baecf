import type { SchemeId } from "../../core/ids";

/** Names of each funding scheme as people write them (normalised text), most specific first. */
const SCHEMES: [SchemeId, RegExp][] = [
  [
    "projet-transition-professionnelle",
    /\b(?:projet de transition professionnelle|transition pro(?:fessionnelle)?|transitions pro|ptp|cpf de transition|cpf transition|fongecif|career transition project)\b/,
  ],
  [
    "periode-reconversion",
    /\b(?:periode de reconversion|pro-?a\b|promotion par alternance|transco|transitions? collectives?|retraining period)\b/,
  ],
  [
    "contrat-professionnalisation",
    /\b(?:contrat (?:de )?pro(?:fessionnalisation)?|professionali[sz]ation contract|contrat pro)\b/,
  ],
  [
    "contrat-apprentissage",
    /\b(?:contrat d'apprentissage|apprentissage|apprenti(?:e|s)?|alternan(?:ce|t|te|ts)|apprenticeships?|apprentices?|work-?study|cfa)\b/,
  ],
  ["vae", /\b(?:vae|validation des acquis|validation of (?:prior )?(?:experience|learning))\b/],
  ["bilan-competences", /\b(?:bilan de competences?|bilan pro|skills? assessment)\b/],
  ["poe", /\b(?:poe|poei|poec|preparation operationnelle)\b/],
  ["aif", /\b(?:aif|aide individuelle (?:a la )?formation)\b/],
  [
    "programme-regional",
    /\b(?:(?:programme|formation|pass|cheque|aide)s? (?:de la |regional(?:e|es)?|de ma )?region(?:ale?s?)?|region (?:paie|finance|peut)|conseil regional|regional (?:programme|training|funding))\b/,
  ],
  ["action-collective", /\b(?:actions? collectives?|actions? co|collective actions?)\b/],
  [
    "cpf",
    /\b(?:cpf|compte personnel de formation|mon compte formation|moncompteformation|personal training account)\b/,
  ],
  [
    "plan-developpement-competences",
    /\b(?:plan de developpement des competences|plan de formation|pdc|training plan|skills development plan|plan de dev)\b/,
  ],
];

/** Every funding scheme the text names, most specific first ("plan de formation ou CPF" names two). */
export function parseSchemes(text: string): SchemeId[] {
  return SCHEMES.filter(([, pattern]) => pattern.test(text)).map(([scheme]) => scheme);
}
