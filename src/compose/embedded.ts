import type { TurnHandler } from "../dialogue/turn";

/** The default composer: the engine's own reply, marked as such. */
export const withEmbeddedComposer =
  (inner: TurnHandler): TurnHandler =>
  async (previous, turn) => {
    const outcome = await inner(previous, turn);
    return { ...outcome, response: { ...outcome.response, composer: "embedded" } };
  };
