import type { OpcoId, Role, SchemeId, TrainingGoal } from "../core/ids";
import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import type { FundingRoute } from "../core/summary";

/**
 * What the dialogue needs from the outside world, as plain functions: the deterministic tools,
 * the knowledge base and the clock. Shapes follow the HTTP API contract of each tool.
 */

export interface FindOpcoQuery {
  idcc?: string;
  siret?: string;
  siren?: string;
  naf?: string;
  query?: string;
  status?: Role;
  lang?: Lang;
}
export interface FindOpcoAnswer {
  status: "found" | "ambiguous" | "not_found" | "not_applicable" | "invalid_input";
  opco?: { id: OpcoId; name: string; website: string };
  candidates?: unknown[];
  basis: string;
  confidence: "certain" | "probable" | "low";
  explanation: string;
  alternative?: unknown;
}

export interface QualiopiQuery {
  siret?: string;
  siren?: string;
  nda?: string;
  name?: string;
  lang?: Lang;
}
export interface QualiopiAnswer {
  status: "certified" | "not_certified" | "unknown" | "invalid_identifier";
  organisation?: unknown;
  categories?: unknown[];
  source: string;
  asOf?: string;
  explanation: string;
}

export interface DocumentItem {
  id: string;
  label: string;
  phase: string;
  who: string;
  required: boolean;
  note?: string;
}

export interface KnowledgeAnswer {
  answer: { text: string; citations: Citation[] };
  retrieved: { id: string; title: string; score: number }[];
}

/** Identifiers found in a message; `invalid` lists the ones that look like an identifier but fail their check, with why (in the user's language). */
export interface FoundIdentifiers {
  siret?: string;
  siren?: string;
  idcc?: string;
  naf?: string;
  nda?: string;
  invalid: { kind: "siret" | "siren" | "idcc" | "naf" | "nda"; value: string; reason: string }[];
}

export interface DialogueDeps {
  findOpco(input: FindOpcoQuery): Promise<FindOpcoAnswer>;
  checkQualiopi(input: QualiopiQuery): Promise<QualiopiAnswer>;
  listDocuments(input: { scheme: SchemeId; phase?: "before" | "after" | "all"; lang?: Lang }): {
    documents: DocumentItem[];
  };
  fundingRoutes(input: { status: Role; headcount?: number; goal?: TrainingGoal; lang?: Lang }): {
    routes: FundingRoute[];
  };
  extractIdentifiers(text: string, lang: Lang): FoundIdentifiers;
  /** The business sector a message names ("boulangerie", "a hotel"), as findOpco's keyword table knows it. */
  sectorOf(text: string): string | undefined;
  /** Answers a side question from the knowledge base (the `/api/ask` logic). */
  ask(question: string, lang: Lang): KnowledgeAnswer;
  /** A card to cite, in the given language, when it exists. */
  card(id: string, lang: Lang): Citation | undefined;
  now(): Date;
  /** Told of an unexpected failure inside a turn (the user gets an apology, the state is kept). */
  report?(error: unknown): void;
}
