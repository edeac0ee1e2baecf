import { z } from "zod";
import centreJson from "../../knowledge/centre/centre.json";
import { QUALIOPI_CATEGORIES } from "./ids";

const digits = (count: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^\\d{${count}}$`), `${what}: ${count} digits, no spaces`)
    .nullish()
    .transform((value) => value ?? undefined);

/**
 * The training centre's own facts as a provider: what "chez vous" means on its site. Configuration,
 * not a registry answer: the Qualiopi categories are those the centre declares it holds.
 */
export const CentreProviderSchema = z.object({
  name: z.string().trim().min(2).max(200).describe("Registered name of the training organisation"),
  siret: digits(14, "siret").describe("SIRET (14 digits), null when not configured"),
  nda: digits(11, "nda").describe("Numéro de déclaration d'activité (11 digits), null when not configured"),
  qualiopi: z
    .object({ categories: z.array(z.enum(QUALIOPI_CATEGORIES)).min(1) })
    .nullish()
    .transform((value) => value ?? undefined)
    .describe("The categories of the centre's Qualiopi certificate; null when it holds none"),
});
export type CentreProvider = z.infer<typeof CentreProviderSchema>;

/** How people reach the centre; null until the centre fills it (the plan then prints a placeholder). */
export const CentreContactSchema = z.object({
  email: z.email().optional(),
  phone: z.string().trim().min(6).max(30).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * `knowledge/centre/centre.json`: the training centre that runs the assistant. Bundled at build
 * time; a wrong file stops the start-up with the field at fault, never a turn.
 */
export const CentreSchema = z.object({
  name: z.string().trim().min(2).max(120).describe("The centre's name, printed on the plan"),
  site: z
    .url({ protocol: /^https$/ })
    .nullish()
    .transform((value) => value ?? undefined),
  contact: CentreContactSchema.nullish().transform((value) => value ?? undefined),
  provider: CentreProviderSchema.nullish()
    .transform((value) => value ?? undefined)
    .describe("The centre's own provider facts; null when the assistant runs for someone who is not a provider"),
});
export type Centre = z.infer<typeof CentreSchema>;

/** Validates a centre configuration; the error names every field at fault. */
export function parseCentre(value: unknown): Centre {
  const parsed = CentreSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new Error(`knowledge/centre/centre.json is invalid: ${issues}`);
}

let bundled: Centre | undefined;
/** The centre configuration bundled with the assistant, validated once. */
export const bundledCentre = (): Centre => (bundled ??= parseCentre(centreJson));
