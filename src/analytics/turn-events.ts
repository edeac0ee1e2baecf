import type { Channel, OpcoId, SchemeId } from "../core/ids";
import { isOpcoId, SCHEME_IDS } from "../core/ids";
import { maskPersonalData } from "../core/privacy";
import type { ToolCall } from "../core/reply";
import type { DialogueState } from "../dialogue/state";
import type { ChatTurn, TurnOutcome } from "../dialogue/turn";
import { mainRoute } from "../summary/main-route";
import type { AnalyticsEvent } from "./events";

/** Longest refused question kept, in characters. */
export const MAX_QUESTION = 300;

const isScheme = (id: unknown): id is SchemeId =>
  typeof id === "string" && (SCHEME_IDS as readonly string[]).includes(id);

/** The scheme a card is about, by its id: the scheme's own card, or one of its cards (`cpf-cofinancement`). */
const schemeOfCard = (id: string | undefined): SchemeId | undefined =>
  id ? SCHEME_IDS.find((scheme) => id === scheme || id.startsWith(`${scheme}-`)) : undefined;

type Outcome = NonNullable<AnalyticsEvent["outcome"]>;
const OUTCOMES: readonly string[] = ["answered", "low_confidence", "off_topic"];

/** The questions a turn answered or refused, from its `searchKnowledge` calls. */
function questionsOf(calls: readonly ToolCall[]): { outcome: Outcome; top?: string }[] {
  return calls.flatMap((call) => {
    if (call.name !== "searchKnowledge") return [];
    const output = call.output as { outcome?: unknown; retrieved?: { id?: unknown }[] } | undefined;
    const outcome = output?.outcome;
    if (typeof outcome !== "string" || !OUTCOMES.includes(outcome)) return [];
    const top = output?.retrieved?.[0]?.id;
    return [{ outcome: outcome as Outcome, ...(typeof top === "string" ? { top } : {}) }];
  });
}

/** The OPCOs the turn's findOpco calls found. */
const opcosOf = (calls: readonly ToolCall[]): OpcoId[] =>
  calls.flatMap((call) => {
    const output = call.output as { status?: unknown; opco?: { id?: unknown } } | undefined;
    const id = output?.opco?.id;
    return call.name === "findOpco" && output?.status === "found" && typeof id === "string" && isOpcoId(id) ? [id] : [];
  });

/** A refused question as it is kept: what the user wrote, masked, at most MAX_QUESTION characters. */
export const keptQuestion = (text: string) => maskPersonalData(text.trim()).slice(0, MAX_QUESTION);

/**
 * The events of one turn, and the state with what they counted: a conversation started (a new
 * session, or one started over), each step reached, the plan, each OPCO and scheme asked about
 * (once per conversation each), each question answered or refused (the refused one's text masked),
 * and the call-back asked for. Pure: the caller records them.
 */
export function turnEvents(
  previous: DialogueState | null,
  turn: ChatTurn,
  outcome: TurnOutcome,
  at: number,
): { events: AnalyticsEvent[]; state: DialogueState } {
  const { state, response } = outcome;
  // Counted once per session, "start over" included; a session older than the analytics starts counting now.
  const counted = new Set(state.counted ?? []);
  const base = {
    at,
    channel: (turn.channel ?? "api") as Channel,
    lang: response.lang,
    composer: response.composer ?? "embedded",
  } as const;
  const events: AnalyticsEvent[] = [];
  const once = (key: string, event: Omit<AnalyticsEvent, keyof typeof base>) => {
    if (counted.has(key)) return;
    counted.add(key);
    events.push({ ...base, ...event });
  };

  if (!previous || !state.counted) events.push({ ...base, type: "conversation_started" });
  once(`step:${response.step}`, { type: "step_reached", step: response.step });

  for (const opco of opcosOf(response.toolCalls)) once(`opco:${opco}`, { type: "opco_asked", opco });
  const named = state.profile.training?.scheme;
  if (named) once(`scheme:${named}`, { type: "scheme_asked", scheme: named });
  for (const call of response.toolCalls) {
    const scheme = (call.input as { scheme?: unknown } | undefined)?.scheme;
    if (call.name === "listDocuments" && isScheme(scheme)) once(`scheme:${scheme}`, { type: "scheme_asked", scheme });
  }

  for (const question of questionsOf(response.toolCalls)) {
    if (question.outcome === "answered") {
      events.push({ ...base, type: "question_answered", outcome: "answered" });
      const scheme = schemeOfCard(question.top);
      if (scheme) once(`scheme:${scheme}`, { type: "scheme_asked", scheme });
    } else {
      events.push({
        ...base,
        type: "question_refused",
        outcome: question.outcome,
        question: keptQuestion(turn.message),
      });
    }
  }

  if (response.offerCallback === "requested") events.push({ ...base, type: "handoff_requested" });

  const summary = response.summary;
  if (summary && response.step === "summary") {
    const training = state.profile.training ?? {};
    const route = mainRoute(summary.routes, training.goal, state.profile.role, training.hiring, training.scheme);
    once("plan", {
      type: "plan_produced",
      ...(summary.opco ? { opco: summary.opco.id } : {}),
      ...(route ? { scheme: route.scheme } : {}),
    });
  }
  return { events, state: { ...state, counted: [...counted] } };
}
