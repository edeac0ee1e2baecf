import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import { ask } from "../retrieval/ask";
import type { KnowledgeBase } from "../retrieval/knowledge";
import { type CheckQualiopiDeps, checkQualiopi } from "../tools/check-qualiopi";
import type { CompanyDirectory } from "../tools/company-directory";
import type { DocumentCatalogue } from "../tools/documents-schema";
import { findOpco } from "../tools/find-opco";
import { invalidText } from "../tools/find-opco-text";
import { fundingRoutes } from "../tools/funding-routes";
import { findIdentifiers } from "../tools/identifiers";
import { listDocuments } from "../tools/list-documents";
import type { OpcoReference } from "../tools/opco-reference";
import type { DialogueDeps, FoundIdentifiers } from "./ports";

export interface ToolBox {
  reference: OpcoReference;
  directory?: CompanyDirectory;
  qualiopi: CheckQualiopiDeps;
  documents: DocumentCatalogue;
  knowledge: KnowledgeBase;
  now: () => Date;
}

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

/** The dialogue's view of the deterministic tools and the knowledge base. */
export function createDialogueDeps(box: ToolBox): DialogueDeps {
  return {
    findOpco: (input) => findOpco(input, { reference: box.reference, directory: box.directory }),
    checkQualiopi: (input) => checkQualiopi(input, box.qualiopi),
    listDocuments: (input) => ({
      documents: listDocuments(input, box.documents).documents.map(({ whoLabel, ...doc }) => ({
        ...doc,
        who: whoLabel,
      })),
    }),
    fundingRoutes: (input) => fundingRoutes(input),
    extractIdentifiers,
    sectorOf: (text) => box.reference.matchKeywords(text).find((match) => match.kind === "sector")?.term,
    ask: (question, lang) => ask(box.knowledge, question, lang),
    card: (id, lang) => cardCitation(box.knowledge, id, lang),
    now: box.now,
  };
}
