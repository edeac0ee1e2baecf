import { z } from "zod";
import { LangSchema } from "../../core/lang";
import { QualiopiCategorySchema } from "./categories";

const id = (label: string) => z.string().trim().min(1).max(40).optional().describe(label);

export const CheckQualiopiInputSchema = z
  .object({
    siret: id("SIRET of the training provider (14 digits; spaces and dots accepted)"),
    siren: id("SIREN of the training provider (9 digits)"),
    nda: id("Numéro de déclaration d'activité of the training provider (11 digits)"),
    name: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .optional()
      .describe("Name of the training provider, when no identifier is known"),
    lang: LangSchema.optional().describe("Language of the explanation (French by default)"),
  })
  .refine((input) => input.siret || input.siren || input.nda || input.name, {
    message: "Give one of siret, siren, nda or name",
  })
  .describe("Which training provider to check; with several, the first of siret, siren, nda, name is used");
export type CheckQualiopiInput = z.input<typeof CheckQualiopiInputSchema>;

export const QualiopiStatusSchema = z
  .enum(["certified", "not_certified", "unknown", "invalid_identifier"])
  .describe(
    "certified / not_certified per the source; unknown when no source knows; invalid_identifier when the number is malformed",
  );

export const OrganisationSummarySchema = z.object({
  name: z.string().describe("Registered name"),
  siren: z.string().describe("SIREN (9 digits)"),
  siret: z.string().optional().describe("SIRET (14 digits)"),
  nda: z.string().optional().describe("Numéro de déclaration d'activité (11 digits)"),
  postalCode: z.string().optional().describe("Postal code"),
  city: z.string().optional().describe("City"),
});
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

export const CheckQualiopiOutputSchema = z.object({
  status: QualiopiStatusSchema,
  organisation: OrganisationSummarySchema.optional().describe("The organisation the answer is about"),
  categories: z
    .array(
      z.object({
        id: QualiopiCategorySchema,
        label: z.string().describe("Name of the category in the answer's language"),
      }),
    )
    .optional()
    .describe(
      "Categories the Qualiopi certificate covers (from the official list or the centre's declaration; the directory does not give them)",
    ),
  candidates: z
    .array(OrganisationSummarySchema)
    .optional()
    .describe("Other organisations matching the name, when there are several"),
  source: z
    .enum(["registry", "directory", "centre", "none"])
    .describe(
      "registry: the official list imported locally (dated asOf); centre: the training centre's own declared facts, about itself; directory: the public company directory; none: no source answered",
    ),
  asOf: z.string().optional().describe("Date of the official list the answer comes from (YYYY-MM-DD)"),
  explanation: z.string().describe("What the answer means and what to do next, in the requested language"),
});
export type CheckQualiopiOutput = z.infer<typeof CheckQualiopiOutputSchema>;
