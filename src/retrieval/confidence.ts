import { OPCO_IDS } from "../core/ids";
import type { KnowledgeBase, KnowledgeCard } from "./knowledge";
import { indexTerms } from "./knowledge";
import { normalizeQuery } from "./normalize";
import { SYNONYM_GROUPS } from "./synonyms";
import { contentWords } from "./words";

export { contentWords };

/** Word starts that place a question in the assistant's field (training, funding, employment). */
const DOMAIN = (
  "form train financ fund pay paid paie payer paye rembours cout cost prix price opco opca qualiopi cpf vae poe apprenti alternanc " +
  "contrat contract salari employ emploi entrepris company compan busines reconversion retrain bilan competenc skill certif diplom " +
  "cours course stage idcc convention branche branch cerfa subrogation organisme provider prise charge cotis contribution plan " +
  "independ freelanc self chomag job travail work rncp cheque tpe pme agent public cnfpt anfh faf agefice fifpl fafcea vivea " +
  "dossier demande request apply refus refus accord convention transition transco pro pdc nda ptp aif afpr poei poec cqp dpc fne " +
  "cfa ifsi caces sst fimo haccp clea promotionnel"
)
  .split(" ")
  .concat(OPCO_IDS.map((id) => id.replace(/-/g, " ").split(" ")[0] as string));

/**
 * Word starts too common in the knowledge base to tell one card from another. When a question
 * has other topical words, only those decide whether a card answers it.
 */
const GENERIC =
  "form train financ fund pay paid paie payer paye opco salari employ entrepris company compan pris charge cout cost".split(
    " ",
  );

/** Word starts of questions that are clearly about something else. */
const OFF_TOPIC =
  "meteo weather temps pluie rain recette recipe cuisin cook gateau cake pizza football foot match score film movie serie netflix musique music chanson song " +
  "blague joke poeme poem horoscope bitcoin crypto bourse stock voiture car python javascript typescript java code coder programm sql html css " +
  "capitale capital president election restaurant vacances holiday hotel";
const OFF_TOPIC_WORDS = OFF_TOPIC.split(" ");

/** A start of 4 letters or more matches as a prefix; shorter ones (acronyms: cpf, poe, job) only as the whole word. */
const startsWithAny = (word: string, starts: readonly string[]) =>
  starts.some((start) => (start.length >= 4 ? word.startsWith(start) : word === start));

/** Whether a question mentions the assistant's field at all. */
export const mentionsDomain = (words: readonly string[]) => words.some((word) => startsWithAny(word, DOMAIN));
/** Whether a question mentions a clearly unrelated subject. */
export const mentionsOffTopic = (words: readonly string[]) =>
  words.some(
    (word) =>
      OFF_TOPIC_WORDS.includes(word) ||
      startsWithAny(
        word,
        OFF_TOPIC_WORDS.filter((w) => w.length >= 5),
      ),
  );

/** Levenshtein distance, stopped early past 1 (enough for typo tolerance). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Stems of a word in both languages (empty for a stop word). */
function stems(kb: KnowledgeBase, word: string): string[] {
  return [...new Set([...indexTerms(kb.indexes.fr, word), ...indexTerms(kb.indexes.en, word)])];
}

function known(terms: readonly ReadonlySet<string>[], stem: string): boolean {
  if (terms.some((set) => set.has(stem))) return true;
  if (stem.length < 5) return false;
  return terms.some((set) => [...set].some((term) => term.length >= 4 && withinOneEdit(term, stem)));
}

/**
 * How well a card answers a question, from 0 to 1: the share of the question's specific words
 * (generic ones like "formation" or "funding" only count when there is nothing else) that the
 * card covers, in either language. A word counts 1 when it (or a one-letter typo of it, or a
 * synonym of the phrase it belongs to) is in the card's title, questions or short answer,
 * and 0.5 when it is only in the rest of the body.
 */
export function coverage(
  kb: KnowledgeBase,
  words: readonly string[],
  groups: readonly number[],
  cards: readonly (KnowledgeCard | undefined)[],
): number {
  const specific = words.filter((word) => !startsWithAny(word, GENERIC));
  const scored = specific.length ? specific : words;
  if (!scored.length) return 0;
  const present = cards.filter((card): card is KnowledgeCard => card !== undefined);
  const head = present.map((card) => kb.termsOf(card).head);
  const all = present.map((card) => kb.termsOf(card).all);
  // A word's stems in French and in English: one of them found is enough.
  const weightOf = (stemList: readonly string[]) =>
    stemList.some((stem) => known(head, stem)) ? 1 : stemList.some((stem) => known(all, stem)) ? 0.5 : 0;
  const synonymWeight = new Map<string, number>();
  for (const group of groups) {
    const variants = (SYNONYM_GROUPS[group] ?? []).map((variant) => normalizeQuery(variant).split(" "));
    // A variant is as present as its least present word; stop words ("de") do not count.
    const presence = (variant: string[]) =>
      Math.min(
        1,
        ...variant
          .map((word) => stems(kb, word))
          .filter((list) => list.length)
          .map(weightOf),
      );
    const weight = Math.max(0, ...variants.map(presence));
    for (const variant of variants)
      for (const word of variant) synonymWeight.set(word, Math.max(weight, synonymWeight.get(word) ?? 0));
  }
  let total = 0;
  let counted = 0;
  for (const word of scored) {
    const weight = Math.max(synonymWeight.get(word) ?? 0, weightOf(stems(kb, word)));
    // A number the card does not mention is a figure of the asker's case ("120 employees"),
    // not a topic: it neither counts for nor against the card.
    if (weight === 0 && /^\d+$/.test(word)) continue;
    total += weight;
    counted++;
  }
  return counted ? total / counted : 0;
}
