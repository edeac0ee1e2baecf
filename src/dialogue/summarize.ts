import { labelled } from "../core/lang";
import type { NextStepsSummary } from "../core/summary";
import { buildSummary } from "../summary/build";
import { ADVICE, MISSING } from "./copy";
import type { DialogueDeps } from "./ports";
import { isFilled, nextSlot, requiredSlots } from "./slots";
import type { DialogueState } from "./state";

/** The next-steps summary of a dialogue state: what is missing comes from the slots, the rest from the tools. */
export function summarize(
  state: DialogueState,
  deps: Pick<DialogueDeps, "tools" | "card" | "now"> & Partial<Pick<DialogueDeps, "centre" | "courses">>,
): Promise<NextStepsSummary> {
  const { lang, profile } = state;
  const missing = requiredSlots(profile)
    .filter((slot) => !isFilled(slot, state))
    .map((slot) =>
      ADVICE[slot][lang] ? labelled(MISSING[slot][lang], ADVICE[slot][lang], lang) : MISSING[slot][lang],
    );
  return buildSummary(
    {
      lang,
      profile,
      opco: state.results.opco,
      qualiopi: state.results.qualiopi,
      missing,
      complete: nextSlot(state) === undefined,
    },
    deps,
  );
}
