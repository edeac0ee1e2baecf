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
      "what|which|how|why|when|where|who|whom|whose",
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

const LEAD = /^(?:et|mais|donc|alors|and|but|so|ok|bonjour|hello|hi|salut|euh|bref|du coup|en fait)[, ]+/;

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
  const parts = sentences.flatMap(splitAtQuestion);
  const out: Clause[] = [];
  for (const part of parts) {
    const text = part.replace(/[.!;\n\s]+$/g, "").trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const question = /\?/.test(part) || QUESTION_START.test(text.replace(LEAD, "")) || INDIRECT.test(text);
    out.push({ text: text.replace(/\?+$/, "").trim(), question });
  }
  return out;
}
