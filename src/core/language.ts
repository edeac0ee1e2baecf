import type { Lang } from "./lang";

// Short, frequent words that tell French from English. Words shared by both
// languages (e.g. "a", "on", "je" in names) are left out on purpose.
const FRENCH = new Set(
  (
    "je j tu il elle nous vous ils elles le la les un une des du de au aux et ou est sont suis sommes avec pour par sur dans " +
    "pas ne mon ma mes notre nos votre vos son sa ses ce cette ces qui que quoi quel quelle quels quelles comment pourquoi " +
    "combien quand où oui non bonjour merci salut svp stp formation formations salarié salariés salariée entreprise employeur " +
    "demandeur emploi organisme financer financement prise charge mais aussi très peut puis faut dois veux voudrais aimerais " +
    "apprenti apprentis embauche embaucher aide montant combien compétences entreprises salariée métier devis facture " +
    "demande remboursement contrat stagiaire indépendant chômage fonctionnaire délai délais avant après quoi " +
    "encore verra rien bien ça ca voilà alors donc sais peux avons avez"
  ).split(" "),
);
const ENGLISH = new Set(
  (
    "i i'm my me we our you your he she they them the an and or is are am was were be with for by in of to not " +
    "do does did what which who whom how why when where yes hello hi hey thanks thank please can could would should " +
    "training employee employees company employer job seeker provider funding funded fund pay get want need help about this that " +
    "apprentice apprentices apprenticeship hiring hire aid amount skills assessment course courses companies staff career " +
    "quote invoice request refund refused contract trainee freelancer unemployed civil servant deadline before after much many"
  ).split(" "),
);
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/giu;

export interface LanguageGuess {
  lang: Lang;
  /** false when the text carries no clear signal (emoji, a number, a single shared word). */
  confident: boolean;
}

/**
 * Guesses whether a message is French or English from its frequent words and accents.
 * With no clear signal it returns `fallback` (the session's language) and `confident: false`.
 */
export function detectLanguage(text: string, fallback: Lang = "fr"): LanguageGuess {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let fr = (text.match(FRENCH_LETTERS)?.length ?? 0) * 0.5;
  let en = 0;
  for (const raw of words) {
    const word = raw.replace(/^(l|d|j|qu|n|s|c|m|t)'/u, "$1");
    if (FRENCH.has(word)) fr += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  if (fr === en) return { lang: fallback, confident: false };
  const lang: Lang = fr > en ? "fr" : "en";
  // One word ("résumé", "ok") says little about the language a person speaks.
  return { lang, confident: words.length >= 2 && Math.abs(fr - en) >= 1 };
}
