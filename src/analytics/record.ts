import type { Logger } from "../core/logger";
import type { AskHandler } from "../dialogue/brain";
import type { TurnHandler } from "../dialogue/turn";
import type { AnalyticsEvent, EventSink } from "./events";
import { keptQuestion, turnEvents } from "./turn-events";

export interface RecordDeps {
  sink: EventSink;
  logger: Logger;
  now?: () => number;
  /** Work that must finish after the turn (the sink's write); the platform may keep it alive (waitUntil). */
  defer?: (task: Promise<unknown>) => void;
}

/** Records events without ever failing or delaying the caller: errors are logged (their kind only). */
function recorder({ sink, logger, defer }: RecordDeps) {
  return (events: AnalyticsEvent[]) => {
    if (!events.length) return;
    const task = sink.record(events).catch((error: unknown) =>
      logger.warn("analytics not recorded", {
        error: error instanceof Error ? error.name : "unknown",
        events: events.length,
      }),
    );
    defer?.(task);
  };
}

/** The turn handler with its analytics: each turn's events go to the sink after the turn, never in its way. */
export function withAnalytics(handler: TurnHandler, deps: RecordDeps): TurnHandler {
  const record = recorder(deps);
  const now = deps.now ?? Date.now;
  return async (previous, turn) => {
    const outcome = await handler(previous, turn);
    try {
      const { events, state } = turnEvents(previous, turn, outcome, now());
      record(events);
      return { ...outcome, state };
    } catch (error) {
      deps.logger.warn("analytics failed", { error: error instanceof Error ? error.name : "unknown" });
      return outcome;
    }
  };
}

/** `POST /api/ask` with its analytics: one question answered or refused, on the API channel. */
export function withAskAnalytics(ask: AskHandler, deps: RecordDeps): AskHandler {
  const record = recorder(deps);
  const now = deps.now ?? Date.now;
  return async (question, lang) => {
    const answered = await ask(question, lang);
    const base = { at: now(), channel: "api", lang: answered.lang, composer: answered.composer ?? "embedded" } as const;
    record([
      answered.outcome === "answered"
        ? { ...base, type: "question_answered", outcome: "answered" }
        : { ...base, type: "question_refused", outcome: answered.outcome, question: keptQuestion(question) },
    ]);
    return answered;
  };
}
