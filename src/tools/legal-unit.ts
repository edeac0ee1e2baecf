import { z } from "zod";

/**
 * What names a French legal unit in the official registers (SIRENE, the list of training
 * organisations): its SIREN, the SIRET of one of its establishments, and its registered name.
 * The company directory and the Qualiopi registries both describe one.
 */
export const LegalUnitSchema = z.object({
  siren: z.string().describe("SIREN of the legal unit (9 digits)"),
  siret: z
    .string()
    .optional()
    .describe("SIRET of the establishment (14 digits): the one asked for, or the head office"),
  name: z.string().describe("Registered name (dénomination)"),
});
