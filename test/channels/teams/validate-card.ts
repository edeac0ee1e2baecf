import { createRequire } from "node:module";

/** The parts of Microsoft's `adaptivecards` renderer library used to validate a card. */
interface AdaptiveCards {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { phase: number; event: number; message: string }[] };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
}

// The package's ES modules import without file extensions, which Node's loader refuses; its UMD bundle loads as is.
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as AdaptiveCards;

/**
 * What the Adaptive Cards library reports about a card: parse warnings (unknown types or
 * properties, wrong versions) and validation failures (such as "Maximum number of actions
 * exceeded" past the host's five actions). Empty for a valid card.
 */
export function cardProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const parsing = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...parsing, ...card.validateProperties().validationEvents.map((e) => e.message)];
}
