/**
 * What a question asks, beyond its topic words: the stop words that carry it ("what is", "pas
 * de", "without") are dropped by the indexes, yet "What is an OPCO?" and "Which OPCO?" are
 * different questions, and so are "no collective agreement" and "collective agreement", or
 * the documents "before" and "after" the training. Each
 * intent is a pseudo-term (it can never be an index term) added to the terms of a question and
 * of each card's question variants, so that the re-ranking compares them like words.
 */
const INTENTS: readonly { term: string; pattern: RegExp }[] = [
  {
    // A definition: "what is an X", "c'est quoi X", "qu'est-ce qu'un X", "X ça veut dire quoi".
    term: "#definition",
    pattern:
      /\b(?:what (?:is|are) (?!my\b|our\b|your\b|their\b)|whats |what s (?!my\b|our\b)|what does \S+(?: \S+)? mean|meaning of|definition|define|c est quoi|c quoi|cest quoi|qu est ce qu(?:e|\b)|quest ce qu|veut dire quoi|ca veut dire|signifie)/,
  },
  {
    // A negation: "no collective agreement", "sans convention", "isn't certified", "n'a pas".
    term: "#negation",
    pattern:
      /\b(?:no|not|without|none|never|isnt|isn t|doesnt|doesn t|dont|don t|aren t|arent|haven t|hasn t|pas|sans|aucun|aucune|jamais|ni)\b/,
  },
  {
    // A purpose: "what does an X do", "what is X for", "à quoi sert X".
    term: "#purpose",
    pattern:
      /\b(?:what (?:does|do) (?:\S+ ){1,3}(?:actually |really )?do\b|what is (?:\S+ ){1,3}for\b|what are (?:\S+ ){1,3}for\b|a quoi (?:ca )?ser(?:t|vent)\b|ser(?:t|vent) a quoi\b)/,
  },
  {
    // Who: the question asks for an actor (a funder, a body), "qui finance", "who pays".
    term: "#who",
    pattern: /\b(?:qui|who|whom)\b/,
  },
  {
    // Before the training or the contract: "avant", "before", "in advance".
    term: "#before",
    pattern: /\b(?:avant|before|prior to|in advance|beforehand|ahead)\b/,
  },
  {
    // After it: "après", "after", "afterwards", "at the end".
    term: "#after",
    pattern: /\b(?:apres|after|afterwards|once the (?:training|course) is over|a la fin|at the end)\b/,
  },
];

/** The intent pseudo-terms of a normalised text (see normalizeQuery). */
export const intentTerms = (normalized: string): string[] =>
  INTENTS.filter(({ pattern }) => pattern.test(normalized)).map(({ term }) => term);
