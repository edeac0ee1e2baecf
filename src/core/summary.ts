import { z } from "zod";
import { OpcoIdSchema, SchemeIdSchema } from "./ids";
import { LangSchema } from "./lang";
import { ProfileSchema } from "./profile";
import { CitationSchema } from "./reply";

export const ConfidenceSchema = z.enum(["certain", "probable", "low"]);
export const EligibilitySchema = z.enum(["yes", "no", "maybe"]);

export const FundingRouteSchema = z.object({
  scheme: SchemeIdSchema,
  eligible: EligibilitySchema,
  why: z.string(),
  funder: z.string(),
});
export type FundingRoute = z.infer<typeof FundingRouteSchema>;

/** The plan the user leaves with: the same object every channel renders. */
export const NextStepsSummarySchema = z.object({
  lang: LangSchema,
  profile: ProfileSchema,
  createdAt: z.iso.date().optional().describe("The day the plan was made"),
  centre: z
    .object({ name: z.string(), contact: z.string().optional() })
    .optional()
    .describe("The training centre that runs the assistant, printed on the plan"),
  opco: z
    .object({
      id: OpcoIdSchema,
      name: z.string(),
      confidence: ConfidenceSchema,
      basis: z.string(),
      website: z.url().optional().describe("The OPCO's website"),
    })
    .nullable(),
  funder: z.string().optional().describe("Who funds when no OPCO applies"),
  routes: z.array(FundingRouteSchema),
  otherFunders: z
    .array(z.object({ funder: z.string(), why: z.string(), source: z.url().optional() }))
    .optional()
    .describe(
      "Funders outside the schemes the plan relies on: a self-employed person's FAF, a public agent's CNFPT or ANFH",
    ),
  qualiopi: z.object({ status: z.string() }).loose().optional(),
  documents: z.array(z.object({ id: z.string(), label: z.string() }).loose()),
  steps: z.array(
    z.object({ order: z.number().int(), action: z.string(), who: z.string(), when: z.string().optional() }),
  ),
  deadlines: z
    .array(z.object({ label: z.string() }).loose())
    .describe("Each with its rule and source; dated (date, or from/to for a window) when the start day is known"),
  aids: z
    .array(z.object({ label: z.string(), conditions: z.array(z.string()), source: z.url() }))
    .optional()
    .describe("Aids that go with the plan, with their conditions"),
  courses: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        hours: z.number(),
        price: z.number().optional().describe("Euros per trainee"),
        certification: z.object({ register: z.enum(["RNCP", "RS"]), code: z.string() }).optional(),
        cpf: z.boolean().describe("The CPF can pay for it"),
        nextSession: z
          .object({ start: z.iso.date(), end: z.iso.date().optional(), place: z.string().optional() })
          .optional(),
        url: z.url().optional(),
        route: z
          .object({ scheme: SchemeIdSchema, name: z.string(), funder: z.string() })
          .optional()
          .describe("The plan's route that fits this course"),
        line: z.string().describe("All of it in words, on one line"),
      }),
    )
    .optional()
    .describe("The centre's courses that match the training project, with the funding route that fits each"),
  unknowns: z.array(z.string()).describe("What is still missing and how to find it"),
  citations: z.array(CitationSchema),
  text: z.string().describe("The whole summary in Markdown"),
});
export type NextStepsSummary = z.infer<typeof NextStepsSummarySchema>;
