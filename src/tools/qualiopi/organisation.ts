import { z } from "zod";
import { LegalUnitSchema } from "../legal-unit";
import { QualiopiCategorySchema } from "./categories";

/** One training organisation of the official list, as the registries store it. */
export const QualiopiOrganisationSchema = LegalUnitSchema.extend({
  nda: z.string().describe("Numéro de déclaration d'activité (11 digits)"),
  postalCode: z.string().optional().describe("Postal code of the organisation"),
  city: z.string().optional().describe("City of the organisation"),
  categories: z
    .array(QualiopiCategorySchema)
    .describe("Categories its Qualiopi certificate covers; empty when not certified"),
});
export type QualiopiOrganisation = z.infer<typeof QualiopiOrganisationSchema>;
