/** A message cut into clauses, each a statement or a question. */
export interface Clause {
  /** The clause as normalised (folded, abbreviations spelled out). */
  text: string;
  question: boolean;
}

/** Words that open a question, French and English (on normalised text). */
const QUESTION_START = new RegExp(
  "^(?:" +
    [
      "qu'est-ce",
      "c'est quoi",
      "c'est qui",
      "c'est quel(?:le)?s?",
      "c (?:quoi|koi|quel(?:le)?s?|qui|combien)",
      "quoi",
      "quel(?:le)?s?",
      "lequel|laquelle|lesquel(?:le)?s",
      "comment",
      "pourquoi",
      "combien",
      "quand",
      "ou (?:est|sont|faut|trouver|se|je|on|puis|dois|s'adresser|deposer|faire)",
      "qui (?:paie|paye|finance|prend|doit|peut|est|fait|contacter|s'occupe|decide|valide)",
      "est-ce",
      "est ce",
      "(?:la |quelle )?difference (?:entre|between)",
      "est-il",
      "est-elle",
      "y a-t-il|y-a-t-il|ya-t-il|il y a (?:une|un|des) (?:aide|limite|delai|plafond|condition|solution|moyen)",
      "a-t-on|a t on",
      "peut-on|peut on|puis-je|peux-je|dois-je|doit-on|faut-il|faut il|ai-je|avons-nous|sommes-nous|suis-je",
      "(?:je|on|nous) (?:peux|peut|pouvons|dois|doit|devons|a le droit|ai le droit|avons le droit|risque)",
      "(?:mon|ma|notre|l') ?\\w+ (?:peut|doit|a le droit)",
      "l'opco (?:paie|paye|finance|rembourse|prend|peut|doit|couvre)",
      "ca (?:marche|se passe|fonctionne|coute|prend)",
      "c'est (?:possible|normal|obligatoire|vrai|legal|gratuit|finance|pris en charge|rembourse|combien|quand|ou|comment)",
      "a quoi",
      "what|whats|which|how|why|when|where|who|whom|whose",
      "(?:the )?difference between",
      "can|could|do|does|did|is|are|was|were|should|must|will|would|may|might|have|has|am|shall",
    ].join("|") +
    ")\\b",
);

/** A question asked indirectly, anywhere in a clause: "je voudrais savoir si...", "I wonder whether...". */
const INDIRECT = new RegExp(
  [
    "\\b(?:voudrais|voulais|aimerais|souhaite|souhaiterais|veux|cherche a) (?:savoir|connaitre|comprendre|verifier)\\b",
    "\\bje me demande\\b",
    "\\b(?:pouvez|pourriez|peux|pourrais)[- ](?:vous|tu) (?:me dire|m'expliquer|m'aider|m'indiquer|me confirmer|me renseigner|m'orienter)\\b",
    "\\b(?:savez|sais)[- ](?:vous|tu)\\b",
    "\\bdites[- ]moi\\b",
    "\\bsi (?:c'est|c est|on peut|je peux|l'opco|mon opco|notre opco|ca peut|il est possible|il faut)\\b",
    "\\b(?:i'd|i would|we'd|we would) (?:like|love) to (?:know|understand|check)\\b",
    "\\b(?:i|we) (?:wonder|am wondering|was wondering|were wondering)\\b",
    "\\b(?:can|could) you (?:tell|explain|help|confirm|advise)\\b",
    "\\bany (?:idea|advice|tips?)\\b",
    "\\bnot sure (?:if|whether|how|who|what)\\b",
    "\\bje ne sais pas (?:si|comment|qui|quel|ou|combien)\\b",
    "\\bje sais pas (?:si|comment|qui|quel|ou|combien)\\b",
    "\\b(?:i|we) (?:don't|do not|dont) know (?:if|whether|how|who|what|which)\\b",
    "\\bhow (?:do|does|can|should|much|long|many)\\b",
    "\\b(?:est-ce que|est ce que)\\b",
    "\\bc'est (?:possible|normal|obligatoire|vrai|legal)\\b.*$",
  ].join("|"),
);

const LEAD =
  /^(?:et|mais|donc|alors|and|but|so|ok|bonjour|hello|hi|hey|yo|salut|euh|bref|du coup|en fait|(?:petite |une |quick |one )?(?:question|q|qq)(?: rapide)?(?: :)?)[,: ]+/;

/**
 * Where a question starts inside an unpunctuated sentence, as people type on a phone: "jai un
 * resto 6 salarie idcc 1979 ... qui paye", "IDCC 1486 c quel opco". Only cues that cannot open a
 * statement: an interrogative with its verb or noun, not "quand" or "comment" alone.
 */
const TAIL_QUESTION =
  /\s(?:c'est (?:quoi|qui|quel(?:le)?s?|combien|ou)|c (?:quoi|koi|quel(?:le)?s?|qui|combien|ou)|quel(?:le)?s? (?:est|sont|opco|organisme|dispositif|aide|aides|delai|montant|documents?|papiers?|financeur|fonds)|(?<!(?:ce soit|c'est|que) (?:l'|le |la |les |mon |ma |notre |son |sa )?[\w-]+\s)qui (?:paie|paye|finance|prend en charge|rembourse|s'en occupe)\s*$|combien (?:je|j'|on|ca|de|d'|il|coute|touche|ca coute)|est-ce que|est ce que|(?:je|j'|on|nous) (?:fais|fait|faisons|dois faire|doit faire) (?:quoi|comment)|(?:which|what|who|how much|how many|how long) (?:is|are|do|does|opco|fund|pays|can|should)|(?:can|could|does|should|will) (?:my|our|i|we|they|you) )\b/;
/** A tag that makes a statement a question: "ca passe par l'opco ou pas", "is it covered or not". */
const TAG_QUESTION = /\b(?:ou pas|ou non|oui ou non|or not)\s*$/;

/** A sentence with no question mark cut where a question starts inside it. */
function splitAtTail(sentence: string): string[] {
  if (/\?/.test(sentence) || QUESTION_START.test(sentence.trim().replace(LEAD, ""))) return [sentence];
  const at = TAIL_QUESTION.exec(sentence)?.index;
  return at !== undefined && at > 0 ? [sentence.slice(0, at), sentence.slice(at + 1)] : [sentence];
}

/**
 * A sentence cut where a question starts after a comma or a dash: "on est une start-up de 12
 * personnes, quel est notre OPCO ?" states a fact, then asks.
 */
function splitAtQuestion(sentence: string): string[] {
  const cuts = [...sentence.matchAll(/\s*(?:,|\s[-–]\s)\s*/g)];
  for (const cut of cuts) {
    const at = cut.index ?? 0;
    const rest = sentence.slice(at + cut[0].length);
    if (at > 0 && QUESTION_START.test(rest.replace(LEAD, ""))) return [sentence.slice(0, at), rest];
  }
  return [sentence];
}

/** Splits a normalised message into clauses on sentence ends, keeping whether each ends with a question mark. */
export function clausesOf(normalised: string): Clause[] {
  // A full stop ends a sentence when a space or the end follows: "43.22A" and "3.5" stay whole.
  const sentences = normalised.match(/(?:[^.!?;\n]|\.(?=[^\s.!?;]))+[.!?;\n]*|[.!?;\n]+/g) ?? [];
  const parts = sentences.flatMap(splitAtQuestion).flatMap(splitAtTail);
  const out: Clause[] = [];
  for (const part of parts) {
    const text = part.replace(/[.!;\n\s]+$/g, "").trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const question =
      /\?/.test(part) ||
      QUESTION_START.test(text.replace(LEAD, "")) ||
      INDIRECT.test(text) ||
      TAG_QUESTION.test(text) ||
      TAIL_QUESTION.test(` ${text}`);
    out.push({ text: text.replace(/\?+$/, "").trim(), question });
  }
  return out;
}
