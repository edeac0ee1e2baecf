import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import { ask } from "../retrieval/ask";
import type { KnowledgeBase } from "../retrieval/knowledge";
import type { ToolSet } from "../tools/catalogue";
import { invalidText } from "../tools/find-opco/copy";
import type { OpcoReference } from "../tools/find-opco/reference";
import { findIdentifiers } from "../tools/identifiers";
import type { DialogueDeps, FoundIdentifiers } from "./ports";

/** The identifiers of a message, the first valid one of each kind, and the invalid ones with why. */
export function extractIdentifiers(text: string, lang: Lang): FoundIdentifiers {
  const out: FoundIdentifiers = { invalid: [] };
  for (const found of findIdentifiers(text)) {
    if (found.ok) out[found.kind] ??= found.value;
    else
      out.invalid.push({
        kind: found.kind,
        value: found.raw,
        reason: invalidText(found.kind, found.reason, found.raw, lang),
      });
  }
  return out;
}

/** A card to cite: its title in the language asked and its first official source. */
export function cardCitation(knowledge: KnowledgeBase, id: string, lang: Lang): Citation | undefined {
  const card = knowledge.cards[lang].get(id);
  if (!card) return undefined;
  const url = card.sources[0]?.url;
  return url ? { id, title: card.title, url } : { id, title: card.title };
}

export interface DialogueParts {
  tools: ToolSet;
  reference: OpcoReference;
  knowledge: KnowledgeBase;
  now: () => Date;
}

/** The dialogue's view of the tools, the reference tables and the knowledge base. */
export function createDialogueDeps({ tools, reference, knowledge, now }: DialogueParts): DialogueDeps {
  return {
    tools,
    extractIdentifiers,
    sectorOf: (text) => reference.matchActivity(text)[0]?.term,
    ask: (question, lang) => ask(knowledge, question, lang),
    card: (id, lang) => cardCitation(knowledge, id, lang),
    now,
  };
}
