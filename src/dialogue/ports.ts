import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import type { AskResult } from "../retrieval/ask";
import type { ToolOutput, ToolSet } from "../tools/catalogue";

/** What findOpco answered (kept in the state to explain and summarise without calling it again). */
export type OpcoResult = ToolOutput<"findOpco">;
/** What checkQualiopi answered. */
export type QualiopiResult = ToolOutput<"checkQualiopi">;

/** Identifiers found in a message; `invalid` lists the ones that look like an identifier but fail their check, with why (in the user's language). */
export interface FoundIdentifiers {
  siret?: string;
  siren?: string;
  idcc?: string;
  naf?: string;
  nda?: string;
  invalid: { kind: "siret" | "siren" | "idcc" | "naf" | "nda"; value: string; reason: string }[];
}

/**
 * What the dialogue needs from the outside world, as plain functions: the deterministic tools of
 * the catalogue, the knowledge base and the clock.
 */
export interface DialogueDeps {
  tools: ToolSet;
  extractIdentifiers(text: string, lang: Lang): FoundIdentifiers;
  /** The business sector a message names ("boulangerie", "a hotel", "cabinet d'archi"), in its own words, as findOpco's activity recogniser reads it. */
  sectorOf(text: string): string | undefined;
  /** Answers a side question from the knowledge base (the `/api/ask` logic). */
  ask(question: string, lang: Lang): AskResult;
  /** A card to cite, in the given language, when it exists. */
  card(id: string, lang: Lang): Citation | undefined;
  now(): Date;
  /** Told of an unexpected failure inside a turn (the user gets an apology, the state is kept). */
  report?(error: unknown): void;
}
