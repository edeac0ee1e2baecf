import { z } from "zod";
import { SchemeIdSchema, TRAINING_GOALS } from "../../core/ids";
import { LangSchema } from "../../core/lang";
import { FundingRouteSchema } from "../../core/summary";

/** Who is asking: `provider` is a training centre acting for a client described by the client fields. */
export const FUNDING_STATUSES = [
  "employee",
  "employer",
  "job_seeker",
  "self_employed",
  "public_agent",
  "apprentice",
  "provider",
] as const;
export const FundingStatusSchema = z
  .enum(FUNDING_STATUSES)
  .describe(
    "Who is asking: employee, employer, job_seeker, self_employed, public_agent, apprentice, or provider (a training centre acting for a client)",
  );
export type FundingStatus = z.infer<typeof FundingStatusSchema>;

export const ClientStatusSchema = FundingStatusSchema.exclude(["provider"]).describe("Status of the provider's client");
export type ClientStatus = z.infer<typeof ClientStatusSchema>;

/** What the training is for; it orders and filters the routes. */
export const GoalSchema = z
  .enum(TRAINING_GOALS)
  .describe(
    "Training goal: adaptation (to the job), certification (RNCP or RS), languages, apprenticeship, professionalisation, reconversion (change of job), vae (validate experience), bilan (skills assessment)",
  );
export type Goal = z.infer<typeof GoalSchema>;

const Headcount = z.number().int().min(0).max(10_000_000);

/** Input of fundingRoutes (`POST /api/tools/funding-routes`, `npm run tool -- funding-routes`). */
export const FundingRoutesInputSchema = z.object({
  status: FundingStatusSchema,
  headcount: Headcount.optional().describe(
    "Number of employees of the company (the employer's, or the employee's employer)",
  ),
  goal: GoalSchema.optional(),
  hiring: z
    .boolean()
    .optional()
    .describe(
      "The training goes with a hire: an employer recruiting (a job seeker for a POE, an apprentice, a professionalisation contract) or a job seeker a company is about to recruit; implied by the apprenticeship and professionalisation goals, false otherwise (training current staff)",
    ),
  lang: LangSchema.default("fr").describe("Language of the explanations (fr by default)"),
  clientStatus: ClientStatusSchema.optional().describe(
    "For status provider: the client's status (employer when omitted)",
  ),
  clientHeadcount: Headcount.optional().describe(
    "For status provider: the client company's number of employees (headcount is used when omitted)",
  ),
});
export type FundingRoutesInput = z.input<typeof FundingRoutesInputSchema>;

export const RouteSchema = FundingRouteSchema.extend({
  scheme: SchemeIdSchema,
  eligible: FundingRouteSchema.shape.eligible.describe(
    "yes: open to this profile; maybe: depends on a condition stated in why; no: not for this profile",
  ),
  why: z.string().min(1).describe("One or two full sentences in the requested language"),
  funder: z.string().min(1).describe("The body that pays"),
  source: z.url().describe("Official page the rule comes from"),
});
export type Route = z.infer<typeof RouteSchema>;

export const OtherFunderSchema = z.object({
  funder: z.string().min(1).describe("A body that funds outside the schemes, e.g. the FAF of the self-employed"),
  why: z.string().min(1),
  source: z.url().optional(),
});
export type OtherFunder = z.infer<typeof OtherFunderSchema>;

export const FundingRoutesOutputSchema = z.object({
  status: FundingStatusSchema,
  evaluatedFor: ClientStatusSchema.describe("The status the rules were applied to (the client's for a provider)"),
  headcount: Headcount.optional().describe("The headcount the rules used"),
  goal: GoalSchema.optional(),
  hiring: z.boolean().describe("Whether the rules took the training as going with a hire"),
  lang: LangSchema,
  routes: z
    .array(RouteSchema)
    .describe(
      "yes first, then maybe, then no; with a goal, the schemes that serve it and those that always matter to the persona",
    ),
  otherFunders: z
    .array(OtherFunderSchema)
    .describe("Funders outside the schemes (FAF, CNFPT/ANFH, France Travail's AIF)"),
});
export type FundingRoutesOutput = z.infer<typeof FundingRoutesOutputSchema>;
