import { z } from "zod";
import { OpcoIdSchema } from "./ids";

/** A professional branch an OPCO covers, named by its collective agreement. */
export const OpcoBranchSchema = z.object({
  label: z.string().min(1).describe("Name of the branch, e.g. Boulangerie-pâtisserie artisanale"),
  idcc: z
    .string()
    .regex(/^\d{4}$/)
    .describe("IDCC of the branch's collective agreement, 4 digits"),
});
export type OpcoBranch = z.infer<typeof OpcoBranchSchema>;

/** One OPCO as served by `GET /api/opcos` and stored in `knowledge/data/opcos.json`. */
export const OpcoSchema = z.object({
  id: OpcoIdSchema,
  name: z.string().min(1).describe("Usual name, e.g. Constructys"),
  officialName: z.string().min(1).describe("Full official name"),
  aliases: z.array(z.string()).describe("Other names people use, e.g. OPCO Construction"),
  website: z.url().describe("Official website (https)"),
  sectors: z.object({ fr: z.string(), en: z.string() }).describe("Sectors covered, in French and English"),
  branches: z
    .array(OpcoBranchSchema)
    .min(1)
    .describe("Typical professional branches of the OPCO, each with its collective agreement"),
});
export type Opco = z.infer<typeof OpcoSchema>;

export const OpcoListSchema = z.array(OpcoSchema);
