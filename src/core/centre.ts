import { z } from "zod";
import centreJson from "../../knowledge/centre/centre.json";
import { QUALIOPI_CATEGORIES } from "./ids";
import { type Lang, LangSchema } from "./lang";

const digits = (count: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^\\d{${count}}$`), `${what}: ${count} digits, no spaces`)
    .nullish()
    .transform((value) => value ?? undefined);

/** A value the file may leave `null` (not configured), read as absent. */
const unset = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const httpsUrl = z.url({ protocol: /^https$/, error: "an https:// address" });

/** Text in French and in English (`{"fr": "...", "en": "..."}`). */
export const bilingualText = (max: number) =>
  z.strictObject({ fr: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

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
  email: z.email().optional().describe("Where visitors write to the centre"),
  phone: z.string().trim().min(6).max(30).optional().describe("The centre's phone number, as it should be shown"),
  url: httpsUrl.optional().describe("The centre's contact page"),
});

/** A quick reply the welcome offers: its label, and the text it sends (the label when absent). */
const CentreQuickReplySchema = z.strictObject({
  label: z.string().trim().min(1).max(40),
  value: z.string().trim().min(1).max(200).optional(),
});

/**
 * `knowledge/centre/centre.json`: the training centre that runs the assistant. Validated at build
 * time (`npm run build`) and bundled; a wrong file stops the build and the start-up with the field
 * at fault, never a turn. `null` means "not configured".
 */
export const CentreSchema = z.strictObject({
  $schema: z.string().optional().describe("Path of the JSON Schema editors check this file against"),
  name: z.string().trim().min(2).max(120).describe("The centre's name: the widget, the demo page, the plan"),
  lang: LangSchema.default("fr").describe("Language of the centre's staff: the dashboard and the lead notifications"),
  timeZone: z
    .string()
    .default("Europe/Paris")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "an IANA time zone such as Europe/Paris")
    .describe("Where the centre's days start and end, for the dashboard's days"),
  logoUrl: unset(httpsUrl).describe("The centre's logo (square, https), shown in the widget's header"),
  site: unset(httpsUrl).describe("The centre's website"),
  accentColor: unset(z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")).describe(
    "The widget's colour (its `accent-color` attribute wins)",
  ),
  tagline: unset(bilingualText(200)).describe("One line about the centre, under its name on the demo page"),
  contact: CentreContactSchema.nullish().transform((value) => value ?? undefined),
  hours: unset(bilingualText(160)).describe("Opening hours in words, shown where visitors ask to be called back"),
  privacyUrl: unset(httpsUrl).describe(
    "The centre's privacy notice, linked from the consent box; the assistant's own /privacy page when null",
  ),
  welcome: unset(bilingualText(400)).describe("The first words of every conversation; the assistant's own when null"),
  quickReplies: unset(
    z.strictObject({ fr: z.array(CentreQuickReplySchema).max(3), en: z.array(CentreQuickReplySchema).max(3) }),
  ).describe("Up to three buttons offered with the welcome, after the profile buttons, per language"),
  provider: CentreProviderSchema.nullish()
    .transform((value) => value ?? undefined)
    .describe("The centre's own provider facts; null when the assistant runs for someone who is not a provider"),
});
export type Centre = z.infer<typeof CentreSchema>;

/** The privacy notice the consent box links to: the centre's own, else the assistant's page at `baseUrl`. */
export const privacyUrlOf = (centre: Centre, baseUrl: string, lang: Lang) =>
  centre.privacyUrl ?? `${baseUrl}/privacy?lang=${lang}`;

/**
 * The parser of a configuration file: its value, or an error that names the file and every field
 * at fault (`path: message`).
 */
export const fileParser =
  <T extends z.ZodType>(schema: T, file: string) =>
  (value: unknown): z.output<T> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`${file} is invalid: ${issues}`);
  };

/** Validates a centre configuration; the error names every field at fault. */
export const parseCentre: (value: unknown) => Centre = fileParser(CentreSchema, "knowledge/centre/centre.json");

let bundled: Centre | undefined;
/** The centre configuration bundled with the assistant, validated once. */
export const bundledCentre = (): Centre => (bundled ??= parseCentre(centreJson));
