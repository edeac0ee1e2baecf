import { z } from "zod";
import { type Step, StepSchema } from "../core/chat";
import { type Lang, LangSchema } from "../core/lang";
import { ProfileSchema } from "../core/profile";
import { FindOpcoOutputSchema } from "../tools/find-opco/schema";
import { CheckQualiopiOutputSchema } from "../tools/qualiopi/schemas";

/** The facts the dialogue asks for, in the order it asks them. */
export const SLOTS = ["role", "company", "headcount", "goal", "startDate", "provider"] as const;
export const SlotSchema = z.enum(SLOTS);
export type Slot = z.infer<typeof SlotSchema>;

/** The step of the contract each slot belongs to. */
export const STEP_OF: Record<Slot, Step> = {
  role: "profile",
  company: "company",
  headcount: "headcount",
  goal: "training",
  startDate: "training",
  provider: "provider",
};

/** Everything the dialogue keeps between two turns of one session. */
export const DialogueStateSchema = z.object({
  step: StepSchema,
  lang: LangSchema,
  /** The user asked for a language (or the client forced it): stop detecting it. */
  langLocked: z.boolean(),
  profile: ProfileSchema,
  /** Slots the user said they do not know; they become "unknowns" of the summary. */
  skipped: z.array(SlotSchema),
  /** Slots asked so far, in order, for "back". */
  trail: z.array(SlotSchema),
  /** The last output of each tool, to explain and summarise without calling it again. */
  results: z.object({ opco: FindOpcoOutputSchema.optional(), qualiopi: CheckQualiopiOutputSchema.optional() }),
  /** The user confirmed the review: the summary is ready. */
  reviewed: z.boolean(),
  turns: z.number().int().min(0).describe("Number of turns played"),
  llmTokens: z.number().int().min(0).optional().describe("Tokens the LLM composer spent on this session (its budget)"),
  counted: z
    .array(z.string())
    .optional()
    .describe(
      "What the analytics already counted for this conversation (steps reached, plan, OPCOs, schemes): once each",
    ),
});
export type DialogueState = z.infer<typeof DialogueStateSchema>;

export const initialState = (lang: Lang, langLocked = false): DialogueState => ({
  step: "profile",
  lang,
  langLocked,
  profile: {},
  skipped: [],
  trail: [],
  results: {},
  reviewed: false,
  turns: 0,
});
