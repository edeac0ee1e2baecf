import { z } from "zod";
import { QualiopiCategorySchema } from "./categories";

/** One training organisation of the official list, as the registries store it. */
export const QualiopiOrganisationSchema = z.object({
  nda: z.string().describe("Numéro de déclaration d'activité (11 digits)"),
  siren: z.string().describe("SIREN of the legal unit (9 digits)"),
  siret: z.string().optional().describe("SIRET of the declaring establishment (14 digits)"),
  name: z.string().describe("Registered name (dénomination)"),
  postalCode: z.string().optional().describe("Postal code of the organisation"),
  city: z.string().optional().describe("City of the organisation"),
  categories: z
    .array(QualiopiCategorySchema)
    .describe("Categories its Qualiopi certificate covers; empty when not certified"),
});
export type QualiopiOrganisation = z.infer<typeof QualiopiOrganisationSchema>;
