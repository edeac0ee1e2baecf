import { z } from "zod";
import { StepSchema } from "../core/chat";
import { LangSchema } from "../core/lang";
import { ProfileSchema } from "../core/profile";

/** Everything the dialogue keeps between two turns of one session. */
export const DialogueStateSchema = z.object({
  step: StepSchema,
  lang: LangSchema,
  profile: ProfileSchema,
  turns: z.number().int().min(0).describe("Number of turns played"),
});
export type DialogueState = z.infer<typeof DialogueStateSchema>;

export const initialState = (lang: DialogueState["lang"]): DialogueState => ({
  step: "profile",
  lang,
  profile: {},
  turns: 0,
});
