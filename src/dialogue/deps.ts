import { bundledCatalogue, type Course } from "../core/catalogue";
import { bundledCentre, type Centre } from "../core/centre";
import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import type { KnowledgeBase } from "../retrieval/knowledge";
import type { ToolSet } from "../tools/catalogue";
import type { OpcoReference } from "../tools/find-opco/reference";
import type { UnderstandingModel } from "../understanding/model";
import { type ActivityMention, understand } from "../understanding/understand";
import type { DialogueDeps } from "./ports";

/** A card to cite: its title in the language asked and its first official source. */
export function cardCitation(knowledge: KnowledgeBase, id: string, lang: Lang): Citation | undefined {
  const card = knowledge.cards[lang].get(id);
  if (!card) return undefined;
  const url = card.sources[0]?.url;
  return url ? { id, title: card.title, url } : { id, title: card.title };
}

/** The activities a text names, as findOpco's recogniser reads them. */
export const activitiesOf =
  (reference: OpcoReference) =>
  (text: string): ActivityMention[] =>
    reference.matchActivity(text).map((match) => ({ term: match.term }));

export interface DialogueParts {
  tools: ToolSet;
  /** The intent classifier and the real words of the understanding stage (the cue rules alone and no typo guard without it). */
  model?: UnderstandingModel;
  reference: OpcoReference;
  knowledge: KnowledgeBase;
  now: () => Date;
  /** The centre's configuration (the bundled `knowledge/centre/centre.json` by default). */
  centre?: Centre;
  /** The centre's courses (the bundled `knowledge/centre/catalogue.json` by default). */
  courses?: readonly Course[];
}

/** The dialogue's view of the understanding stage, the tools, the reference tables and the knowledge base. */
export function createDialogueDeps({
  tools,
  reference,
  knowledge,
  now,
  model,
  centre = bundledCentre(),
  courses = bundledCatalogue().courses,
}: DialogueParts): DialogueDeps {
  const activities = activitiesOf(reference);
  return {
    understand: (message, context = {}) => understand(message, { now: now(), ...context }, { activities, ...model }),
    tools,
    knowledge,
    card: (id, lang) => cardCitation(knowledge, id, lang),
    now,
    centre,
    courses,
  };
}
