import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { foldAccents } from "../core/fold";
import { normalizeQuery } from "./normalize";

/** Words that carry no topic in a question (greetings, politeness, question verbs), besides stop words. */
const FILLER =
  "bonjour salut hello hi hey merci thanks thank svp stp please question questions savoir know veux voudrais aimerais want would like " +
  "va vais vont aller won isn don doesn aren wasn says said dit dis koi ke kel kels cest sa ca besoin need faut dois must peux peut can could dire tell explain expliquer expliquez quoi what comment how pourquoi why quand when " +
  "est ce cest c s il ya y a t on ok oui non yes no help aide aider aidez info infos information informations sais pls plz combien how many much met mettre take takes faire do does doit encore still " +
  "si im ive get gets got pareil pareille same exactement exactly precisement precisely concretement concretely vraiment really " +
  "ignore ignorer previous precedentes instructions instruction prompt system systeme assistant ai ia chatgpt " +
  // Chatter and dates: "lol", "everyone keeps saying", "in December" say nothing of the topic.
  "lol mdr ptdr xd haha whats everyone everybody everything anyone anybody someone something keeps keep saying heard " +
  "entendu people gens stuff actually basically honestly seriously literally now maintenant vite rapidement quickly urgent asap tbh sure certain certaine " +
  "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march april " +
  "june july august september october november december";
const IGNORED = new Set([...frenchStopwords, ...englishStopwords, ...FILLER.split(" ")].map(foldAccents));

/** The words of a question that carry its topic (normalised, stop words and fillers removed). */
export function contentWords(question: string): string[] {
  return normalizeQuery(question)
    .split(" ")
    .filter((word) => word.length > 1 && !IGNORED.has(word));
}

/**
 * How the user wants the answer put ("in plain English", "en termes simples", "en gros"): not
 * what the question is about, and "English" there is not a language course.
 */
const MANNER =
  /\b(?:in plain (?:english|french|words|terms)|in simple (?:terms|words|english|french)|in (?:a nutshell|short|layman'?s terms)|for dummies|like i'?m (?:five|5)|eli5|en (?:fran[cç]ais|termes|mots) simples?|en (?:langage )?clair|en gros|en bref|en deux mots|simplement|pour les nuls)\b/gi;

/**
 * Who the asker is or where the company is from ("I'm Canadian", "a French bank", "propriétaires
 * néerlandais"): not a language course, unless a course word follows ("Spanish lessons"). "French"
 * and "English" only go before a company word: "they speak no French" is about language.
 */
const NATIONALITY =
  /\b(?:(?:french|english)(?=\s+(?:company|companies|bank|branch|subsidiary|firm|business|startup|start-up|employer|side|law|system|group|office|site|clinic|hospital))|american|british|canadian|dutch|german|italian|spanish|portuguese|belgian|swiss|indian|chinese|japanese|brazilian|polish|romanian|irish|australian|americaine?s?|britanniques?|canadienn?e?s?|neerlandaise?s?|hollandaise?s?|allemande?s?|italienn?e?s?|espagnole?s?|portugaise?s?|belges?|suisses?|indienn?e?s?|chinoise?s?|japonaise?s?|bresilienn?e?s?|polonaise?s?|roumaine?s?|irlandaise?s?|australienn?e?s?)\b(?!\s+(?:course|courses|lessons?|classes?|training|tests?|exams?|level|certificate|as a (?:foreign|second) language|for (?:work|business)))/gi;

/** The question without its asides: how to put the answer, and the asker's nationality. */
export const withoutAsides = (question: string): string => question.replace(MANNER, " ").replace(NATIONALITY, " ");
