import { z } from "zod";
import { ComposerSchema, StepSchema } from "../core/chat";
import { ChannelSchema, OpcoIdSchema, SchemeIdSchema } from "../core/ids";
import { LangSchema } from "../core/lang";
import { QuestionOutcomeSchema } from "./events";

const count = z.number().int().min(0);

/** The funnel's three counts. */
const FunnelSchema = z.object({
  conversations: count.describe("Conversations started"),
  plans: count.describe("Conversations that reached their plan"),
  leads: count.describe("Call-back requests sent"),
});

/** A period of days, in the centre's time zone. */
export const PeriodSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  timeZone: z.string(),
});
export type Period = z.infer<typeof PeriodSchema>;

/** `GET /api/admin/stats`: what visitors did over a period, without anything personal. */
export const StatsSchema = PeriodSchema.extend({
  totals: FunnelSchema.extend({
    handoffs: count.describe('"Talk to someone" asked'),
    answered: count.describe("Questions answered"),
    refused: count.describe("Questions the assistant could not answer"),
  }),
  days: z
    .array(FunnelSchema.extend({ day: z.iso.date(), channel: ChannelSchema }))
    .describe("The funnel per day and channel (days and channels without any activity are left out)"),
  channels: z.array(FunnelSchema.extend({ channel: ChannelSchema })),
  steps: z.array(z.object({ step: StepSchema, conversations: count })).describe("Conversations that reached each step"),
  opcos: z.array(z.object({ opco: OpcoIdSchema, count })).describe("The OPCOs found for visitors, most first"),
  schemes: z.array(z.object({ scheme: SchemeIdSchema, count })).describe("The schemes asked about, most first"),
  plansByScheme: z.array(z.object({ scheme: SchemeIdSchema, count })).describe("The plans' main route"),
  languages: z.array(z.object({ lang: LangSchema, conversations: count })),
  composers: z.array(z.object({ composer: ComposerSchema, answers: count })).describe("Who wrote the answers"),
});
export type Stats = z.infer<typeof StatsSchema>;

/** `GET /api/admin/unanswered`: the questions the assistant could not answer, most asked first. */
export const UnansweredSchema = PeriodSchema.extend({
  questions: z.array(
    z.object({
      question: z.string().describe("The latest wording, with personal data masked"),
      count,
      lastAskedAt: z.iso.datetime(),
      lang: LangSchema,
      outcome: QuestionOutcomeSchema.exclude(["answered"]),
    }),
  ),
});
export type Unanswered = z.infer<typeof UnansweredSchema>;

/** Which refused questions: those no card answered for sure (the cards to write), off-topic ones, or both. */
export const RefusalSchema = z.enum(["low_confidence", "off_topic", "all"]);
export type Refusal = z.infer<typeof RefusalSchema>;

/** What the dashboard reads: the events' counts over a period. */
export interface EventStats {
  stats(period: Period): Promise<Stats>;
  unanswered(period: Period, refusal: Refusal, limit: number): Promise<Unanswered>;
  /** Deletes the events older than `before` (ms); returns how many. */
  purge(before: number): Promise<number>;
}
