import { z } from "zod";
import { ComposerSchema, StepSchema } from "../core/chat";
import { ChannelSchema, OpcoIdSchema, SchemeIdSchema } from "../core/ids";
import { LangSchema } from "../core/lang";

/** What the analytics count. None carries a session id, a name or a contact. */
export const EVENT_TYPES = [
  "conversation_started",
  "step_reached",
  "plan_produced",
  "lead_sent",
  "question_answered",
  "question_refused",
  "opco_asked",
  "scheme_asked",
  "handoff_requested",
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

export const QuestionOutcomeSchema = z.enum(["answered", "low_confidence", "off_topic"]);

/** One analytics event, without personal data: a refused question's text is kept masked. */
export const AnalyticsEventSchema = z.object({
  at: z.number().int().describe("ms since the epoch"),
  type: EventTypeSchema,
  channel: ChannelSchema,
  lang: LangSchema,
  composer: ComposerSchema.optional(),
  step: StepSchema.optional(),
  opco: OpcoIdSchema.optional(),
  scheme: SchemeIdSchema.optional(),
  outcome: QuestionOutcomeSchema.optional(),
  question: z.string().max(300).optional().describe("A refused question, masked (maskPersonalData)"),
});
export type AnalyticsEvent = z.infer<typeof AnalyticsEventSchema>;

/** Where events go (D1 on Workers); recording never fails a turn, so the sink's errors are the caller's to swallow. */
export interface EventSink {
  record(events: readonly AnalyticsEvent[]): Promise<void>;
}
