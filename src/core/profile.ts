import { z } from "zod";
import { OpcoIdSchema, RoleSchema, SchemeIdSchema, TrainingGoalSchema } from "./ids";

/** What the dialogue has learnt about the user and their project. Every field is optional: it fills up turn by turn. */
export const ProfileSchema = z.object({
  role: RoleSchema.optional(),
  company: z
    .object({
      siret: z.string().optional(),
      siren: z.string().optional(),
      idcc: z.string().optional(),
      naf: z.string().optional(),
      description: z.string().optional(),
      name: z.string().optional(),
      activity: z.string().optional().describe("Self-employed activity or public employer, in the user's words"),
      opcoId: OpcoIdSchema.optional(),
    })
    .optional(),
  headcount: z.number().int().min(0).optional().describe("Number of employees"),
  training: z
    .object({
      goal: TrainingGoalSchema.optional(),
      title: z.string().optional(),
      startDate: z.string().optional().describe("YYYY-MM-DD, or YYYY-MM when only the month is known"),
      hours: z.number().positive().optional(),
      scheme: SchemeIdSchema.optional().describe(
        'The funding scheme the user named ("un PTP", "mon CPF"): the plan is built on it when open',
      ),
      hiring: z
        .boolean()
        .optional()
        .describe("The training goes with a hire: the employer recruits, or a company is recruiting the job seeker"),
    })
    .optional(),
  provider: z
    .object({
      name: z.string().optional(),
      siret: z.string().optional(),
      nda: z.string().optional(),
    })
    .optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
