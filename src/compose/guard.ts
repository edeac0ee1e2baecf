import { extractFacts, type Fact, type FactPattern, type OpcoNames, opcoPattern, structuredVerdicts } from "./facts";

/**
 * The grounding guard: a reply of the LLM may only state facts (OPCO names, amounts,
 * percentages, durations, dates and deadlines, eligibility verdicts) that this turn's tool
 * outputs, cited cards or embedded draft state. Anything else means the reply is not used.
 */
export interface Grounding {
  /** Adds a source: a card's text, the embedded draft, or a tool output (its JSON). */
  add(text: string): void;
  /** The facts of `reply` that no source states (empty: the reply is grounded). */
  unsupported(reply: string): Fact[];
}

export function createGrounding(opcos: readonly OpcoNames[] | FactPattern, sources: string[] = []): Grounding {
  const pattern = Array.isArray(opcos) ? opcoPattern(opcos) : (opcos as FactPattern);
  const keys = new Set<string>();
  const grounding: Grounding = {
    add(text) {
      for (const fact of extractFacts(text, pattern)) for (const key of [fact.key, ...fact.implied]) keys.add(key);
      for (const key of structuredVerdicts(text)) keys.add(key);
    },
    unsupported: (reply) => extractFacts(reply, pattern).filter((fact) => !keys.has(fact.key)),
  };
  for (const text of sources) grounding.add(text);
  return grounding;
}

/** Where a streamed text may be cut so no fact straddles the cut: after a sentence end or a line. */
const BOUNDARY = /(?:[.!?;:](?=\s)|\n)\s*/g;

/**
 * Streams a reply sentence by sentence, each one released only once it is grounded: text is
 * held until a sentence ends, checked, then passed to `emit`. After the first ungrounded
 * sentence nothing more is released (the caller then falls back to the embedded reply).
 */
export function createStreamGuard(grounding: Grounding, emit: (text: string) => void) {
  let held = "";
  let failed = false;
  const release = (text: string) => {
    if (failed || !text) return;
    if (grounding.unsupported(text).length) failed = true;
    else emit(text);
  };
  return {
    push(delta: string) {
      held += delta;
      let cut = 0;
      for (const match of held.matchAll(BOUNDARY)) cut = match.index + match[0].length;
      if (cut > 0) {
        release(held.slice(0, cut));
        held = held.slice(cut);
      }
    },
    /** Releases the rest; true when everything streamed was grounded. */
    finish(): boolean {
      release(held);
      held = "";
      return !failed;
    },
    get failed() {
      return failed;
    },
  };
}
