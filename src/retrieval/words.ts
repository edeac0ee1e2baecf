import { stopwords as englishStopwords } from "@orama/stopwords/english";
import { stopwords as frenchStopwords } from "@orama/stopwords/french";
import { foldAccents } from "../core/fold";
import { normalizeQuery } from "./normalize";

/** Words that carry no topic in a question (greetings, politeness, question verbs), besides stop words. */
const FILLER =
  "bonjour salut hello hi hey merci thanks thank svp stp please question questions savoir know veux voudrais aimerais want would like " +
  "va vais vont aller won isn don doesn aren wasn says said dit dis koi ke kel kels cest sa ca besoin need faut dois must peux peut can could dire tell explain expliquer expliquez quoi what comment how pourquoi why quand when " +
  "est ce cest c s il ya y a t on ok oui non yes no help aide aider aidez info infos information informations sais pls plz combien how many much met mettre take takes faire do does doit encore still " +
  "si im ive get gets got pareil pareille same " +
  "ignore ignorer previous precedentes instructions instruction prompt system systeme assistant ai ia chatgpt";
const IGNORED = new Set([...frenchStopwords, ...englishStopwords, ...FILLER.split(" ")].map(foldAccents));

/** The words of a question that carry its topic (normalised, stop words and fillers removed). */
export function contentWords(question: string): string[] {
  return normalizeQuery(question)
    .split(" ")
    .filter((word) => word.length > 1 && !IGNORED.has(word));
}
