import { z } from "zod";
import { OpcoIdSchema } from "./ids";

/** One OPCO as served by `GET /api/opcos` and stored in `knowledge/data/opcos.json`. */
export const OpcoSchema = z.object({
  id: OpcoIdSchema,
  name: z.string().min(1).describe("Usual name, e.g. Constructys"),
  officialName: z.string().min(1).describe("Full official name"),
  aliases: z.array(z.string()).describe("Other names people use, e.g. OPCO Construction"),
  website: z.url().describe("Official website (https)"),
  sectors: z.object({ fr: z.string(), en: z.string() }).describe("Sectors covered, in French and English"),
});
export type Opco = z.infer<typeof OpcoSchema>;

export const OpcoListSchema = z.array(OpcoSchema);
