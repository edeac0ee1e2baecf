import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { DOMAIN_WORDS, fold, nearestDomainWord } from "../understanding/text";

const DICTIONARIES = ["an-array-of-french-words", "an-array-of-english-words"] as const;

/** What the list depends on (the domain words and the dictionaries' versions): unchanged, the list is. */
export function realWordsKey(): string {
  // The rule that selects the words is part of the key: version it when it changes.
  const rule = 2;
  const require = createRequire(import.meta.url);
  const versions = DICTIONARIES.map((name) => (require(`${name}/package.json`) as { version: string }).version);
  return createHash("sha256")
    .update(JSON.stringify({ domain: DOMAIN_WORDS, versions, rule }))
    .digest("hex")
    .slice(0, 16);
}

/**
 * The real French and English words that the typo correction would otherwise "put right"
 * ("salaire" -> "salarié", "apprendre" -> "apprentie", "uncertified" -> "certified"): the words of
 * two open dictionaries (an-array-of-french-words, an-array-of-english-words) within one or two
 * edits of a domain word. Build time only: the list ships, not the dictionaries.
 */
export function realWordsNearDomain(): string[] {
  const require = createRequire(import.meta.url);
  const dictionaries = DICTIONARIES.map((name) => require(`${name}/index.json`) as string[]);
  const near = new Set<string>();
  for (const words of dictionaries) {
    for (const word of words) {
      const folded = fold(word);
      if (!/^[a-z][a-z-]{3,}$/.test(folded) || near.has(folded)) continue;
      const target = nearestDomainWord(folded, "fr") ?? nearestDomainWord(folded, "en");
      // Inflections too: "finance" read as "financer" would no longer be the verb a question uses.
      if (target) near.add(folded);
    }
  }
  // Old names people still write, that are no typo of today's: "OPCA" is what the OPCO replaced.
  for (const word of ["opca", "opcas"]) near.add(word);
  return [...near].sort();
}
