import type { Course } from "../core/catalogue";
import type { Centre } from "../core/centre";
import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import type { KnowledgeBase } from "../retrieval/knowledge";
import type { ToolOutput, ToolSet } from "../tools/catalogue";
import type { UnderstandContext, Understanding } from "../understanding/understand";

/** What findOpco answered (kept in the state to explain and summarise without calling it again). */
export type OpcoResult = ToolOutput<"findOpco">;
/** What checkQualiopi answered. */
export type QualiopiResult = ToolOutput<"checkQualiopi">;

/** The understanding stage bound to its dependencies, as every entry calls it. */
export type Understand = (message: string, context?: Partial<UnderstandContext>) => Understanding;

/**
 * What the dialogue needs from the outside world, as plain functions: the understanding stage,
 * the deterministic tools of the catalogue, the knowledge base and the clock.
 */
export interface DialogueDeps {
  understand: Understand;
  tools: ToolSet;
  knowledge: KnowledgeBase;
  /** A card to cite, in the given language, when it exists. */
  card(id: string, lang: Lang): Citation | undefined;
  now(): Date;
  /** The training centre that runs the assistant: "chez vous" is its own provider facts; its name is on the plan. */
  centre: Centre;
  /** The centre's courses (`knowledge/centre/catalogue.json`): the plan and the answers name those that match. */
  courses: readonly Course[];
  /** Told of an unexpected failure inside a turn (the user gets an apology, the state is kept). */
  report?(error: unknown): void;
}
