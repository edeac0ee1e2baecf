import { clausesOf } from "./clauses";

/** What a question asks, as the evaluation corpus labels it. */
export const INTENTS = [
  "find_funder",
  "eligibility",
  "amount",
  "documents",
  "deadline",
  "procedure",
  "definition",
  "qualiopi",
  "other",
] as const;
export type Intent = (typeof INTENTS)[number];

/** Cue patterns of each intent on normalised text, tried in this order: the first that matches wins. */
const RULES: [Intent, RegExp][] = [
  [
    "find_funder",
    /\b(?:(?:quel|c'est quel|de quel|a quel|quelle est notre|quel est (?:mon|notre|son|leur)|c quel)\s+(?:est\s+)?(?:l')?opco|opco (?:de|pour|d'un|d'une) (?:mon|ma|notre|un|une|la|le)?\s?\w+ ?\?|(?:mon|notre|son|leur) opco(?: est| c'est|\?| \?|$)|(?:depend|depends?|rattache|rattachee|releve|releve-t-on|belong|belongs) (?:de |a |to )?(?:quel|which|what)|which opco|what(?:'s| is) (?:my|our|their|the) opco|who (?:is|are) (?:my|our) (?:opco|funder)|(?:qui|quel organisme) (?:me |nous )?(?:finance|paie|paye|prend en charge)(?: (?:ma|mes|nos|les|la) formations?)?\s*(?:\?|$)|who (?:funds|pays for) (?:me|us|my training|our training)|c'est (?:constructys|akto|atlas|afdas|ocapiat|uniformation|opco \w+|l'opcommerce)|(?:le|un) faf|quel faf|which faf|(?:anfh|cnfpt) ou|ou (?:le )?(?:cnfpt|anfh))/,
  ],
  ["qualiopi", /\b(?:qualiopi|certifie qualite|certification qualite|quality certified|certified provider)\b/],
  [
    "documents",
    /\b(?:documents?|papiers?|pieces? (?:a fournir|justificatives?|jointes?)|justificatifs?|cerfa|formulaires?|attestations?|certificat de realisation|feuilles? d'emargement|emargements?|convention de formation|quels? (?:papier|doc)|paperwork|forms?|proofs?|what (?:do|should) (?:i|we) (?:send|provide|submit)|sign anything|(?:envoyer|fournir|transmettre) quoi)\b/,
  ],
  [
    "deadline",
    /\b(?:delais?|combien de temps (?:avant|a l'avance|pour|en avance)|en combien de temps|a l'avance|date limite|trop tard|deja commence|a commence|retroacti\w*|quand (?:faut-il|dois-je|doit-on|deposer|envoyer|faire la demande)|how (?:long|far) (?:before|in advance|does it take|do they take)|how long|deadline|in advance|too late|already started|when (?:should|must|do) (?:i|we) (?:apply|send|file|ask)|toujours (?:rien|pas de reponse)|pas de reponse|no answer)\b/,
  ],
  [
    "amount",
    /\b(?:combien (?:ca|ça|cela|ca me|je|on|coute|paie|paye|touche|de cfp|d'argent|d'euros|sur mon|en euros)|combien\b(?! de temps| d'heures| de jours| de salaries)|montant|prix|cout(?:e|ent)?|tarif|plafond|reste a charge|participation forfaitaire|remunere|remuneration|paye pendant|payee pendant|payes? pendant|salaire pendant|touche pendant|aide de \d|how much|cost|price|fee|ceiling|cap\b|amount|paid during|salary during|out of pocket|left to pay)\b/,
  ],
  [
    "definition",
    /\b(?:c'est quoi|qu'est-ce que|qu'est-ce qu|que (?:veut dire|signifie)|ca veut dire|difference entre|la diff|quelle difference|definition|what (?:is|are|'s) (?:a |an |the )?(?!my |our )|what does .* mean|difference between|meaning of)\b/,
  ],
  [
    "procedure",
    /\b(?:comment (?:faire|on fait|je fais|proceder|ca marche|ça marche|s'inscrire|demander|deposer|monter|obtenir|activer|utiliser|verifier|trouver|savoir)|(?:ca|ça) marche comment|quelles? (?:sont les )?(?:etapes|demarches)|la demarche|les demarches|par ou (?:commencer|passer)|je passe par (?:ou|qui)|a qui (?:m'adresser|s'adresser|dois-je|je dois)|ou (?:faire|deposer|trouver|s'inscrire|je vois|m'adresser)|je fais quoi|on fait comment|how (?:do|can|should) (?:i|we) (?:apply|do|get|start|register|find|check|set up|go about)|how does (?:it|this|that) work|what are the steps|the process|where (?:do|can|should) (?:i|we))\b/,
  ],
  [
    "eligibility",
    /\b(?:financ\w*|pris en charge|prise en charge|rembours\w*|eligible|eligibilite|(?:ai|a|avons|ont)(?:-je)? droit|le droit a|peut(?:-on| on)? (?:faire )?(?:financer|payer|utiliser|mobiliser)|l'opco (?:paie|paye|peut|prend|couvre|finance)|(?:can|could) (?:the opco|i|we|my employer|they) (?:pay|fund|use|cover|get|claim)|(?:is|are) .* (?:covered|funded|eligible)|entitled|fund(?:ed|ing)?|pay for|who pays|qui paie|qui paye|qui finance|cpf|possible)\b/,
  ],
];

/**
 * The text the intent classifier reads, at training and at run time alike: the message's question
 * clauses twice, then the whole message (what is asked weighs more than the story around it).
 * Chosen on the held-out corpus: the classifier reads 0.575 of its intents right so, 0.527 from
 * the whole message alone.
 */
export function intentText(normalised: string): string {
  const asked = clausesOf(normalised)
    .filter((clause) => clause.question)
    .map((clause) => clause.text)
    .join(" ");
  return asked ? `${asked} ${asked} ${normalised}` : normalised;
}

/** The intent of a question by its cue words; "other" when none speaks. */
export function ruleIntent(question: string): Intent {
  for (const [intent, pattern] of RULES) if (pattern.test(question)) return intent;
  return "other";
}
