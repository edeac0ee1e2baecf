import { z } from "zod";
import { ChannelSchema } from "./ids";
import { LangSchema } from "./lang";
import { ProfileSchema } from "./profile";
import { ReplySchema, ToolCallSchema } from "./reply";
import { NextStepsSummarySchema } from "./summary";

export const MAX_MESSAGE_LENGTH = 2000;

/** Session ids are chosen by the server, or by a channel adapter (e.g. `slack:T1:C1:1700000000.1`). */
export const SessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9:._-]{7,127}$/, "8 to 128 letters, digits or : . _ -")
  .describe("Conversation id; omit it to start a new conversation");

/** Body of `POST /api/chat`. */
export const ChatRequestSchema = z.object({
  sessionId: SessionIdSchema.optional(),
  message: z.string().min(1).max(MAX_MESSAGE_LENGTH).describe("What the user wrote (1 to 2000 characters)"),
  lang: LangSchema.optional().describe("Force the reply language; detected from the message otherwise"),
  channel: ChannelSchema.optional(),
});
export type ChatRequest = z.infer<typeof ChatRequestSchema>;

export const ComposerSchema = z
  .enum(["llm", "embedded"])
  .describe("Who wrote the reply: the LLM composer, or the embedded templates");
export type Composer = z.infer<typeof ComposerSchema>;

/**
 * The assistant offers to be called back by the centre: `offer` at the end of a plan (a button),
 * `requested` when the user asked to talk to someone (the web widget opens its contact form).
 */
export const CallbackOfferSchema = z
  .enum(["offer", "requested"])
  .describe("The centre can call the user back: show the contact form (web) or a button to it (Slack, Teams)");
export type CallbackOffer = z.infer<typeof CallbackOfferSchema>;

export const StepSchema = z.enum(["profile", "company", "headcount", "training", "provider", "review", "summary"]);
export type Step = z.infer<typeof StepSchema>;

/** Response of `POST /api/chat`. */
export const ChatResponseSchema = z.object({
  sessionId: SessionIdSchema,
  lang: LangSchema,
  step: StepSchema.describe("The step the conversation is at"),
  reply: ReplySchema,
  profile: ProfileSchema,
  toolCalls: z.array(ToolCallSchema),
  summary: NextStepsSummarySchema.nullable(),
  composer: ComposerSchema.optional(),
  offerCallback: CallbackOfferSchema.optional(),
});
export type ChatResponse = z.infer<typeof ChatResponseSchema>;
