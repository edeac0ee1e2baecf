import { z } from "zod";
import catalogueJson from "../../knowledge/centre/catalogue.json";
import { bilingualText, fileParser } from "./centre";
import { SchemeIdSchema } from "./ids";

/** One date of a course: its first day, its last when known, and where it takes place. */
export const CourseSessionSchema = z.strictObject({
  start: z.iso.date().describe("First day, YYYY-MM-DD"),
  end: z.iso
    .date()
    .nullish()
    .transform((value) => value ?? undefined)
    .describe("Last day, YYYY-MM-DD"),
  place: z
    .string()
    .trim()
    .min(2)
    .max(80)
    .nullish()
    .transform((value) => value ?? undefined)
    .describe('Where: a town, "à distance"...'),
});
export type CourseSession = z.infer<typeof CourseSessionSchema>;

/** A course of the centre, as `knowledge/centre/catalogue.json` lists it. */
export const CourseSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case: lower-case letters, digits and dashes")
      .describe("Stable id of the course"),
    title: bilingualText(120).describe("The course's name, in French and in English"),
    hours: z.number().positive().max(5000).describe("Length in hours"),
    price: z
      .number()
      .nonnegative()
      .max(100_000)
      .nullish()
      .transform((value) => value ?? undefined)
      .describe("Price per trainee in euros, null when on quotation"),
    certification: z
      .strictObject({
        register: z.enum(["RNCP", "RS"]).describe("France Compétences' register"),
        code: z.string().regex(/^\d{1,6}$/, "the register's number, digits only"),
      })
      .nullish()
      .transform((value) => value ?? undefined)
      .describe("The certification the course leads to, when it is registered"),
    cpf: z.boolean().describe("Listed on Mon Compte Formation: the CPF can pay for it"),
    schemes: z
      .array(SchemeIdSchema)
      .min(1)
      .nullish()
      .transform((value) => value ?? undefined)
      .describe("The only schemes this course is run under (e.g. contrat-apprentissage); any that fits when null"),
    sessions: z.array(CourseSessionSchema).max(50).default([]).describe("Next sessions, in any order"),
    url: z
      .url({ protocol: /^https$/, error: "an https:// address" })
      .nullish()
      .transform((value) => value ?? undefined)
      .describe("The course's page on the centre's site"),
    keywords: z
      .array(z.string().trim().min(2).max(60))
      .min(1)
      .max(30)
      .describe("Words a visitor may use for it, in French and English (the title's words count already)"),
  })
  .refine((course) => !course.cpf || course.certification, {
    message: "the CPF only pays for a course leading to a certification: give its RNCP or RS code",
    path: ["cpf"],
  });
export type Course = z.infer<typeof CourseSchema>;

/** `knowledge/centre/catalogue.json`: the centre's courses. */
export const CatalogueSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Path of the JSON Schema editors check this file against"),
    courses: z.array(CourseSchema).max(300),
  })
  .refine((catalogue) => new Set(catalogue.courses.map((c) => c.id)).size === catalogue.courses.length, {
    message: "two courses have the same id",
    path: ["courses"],
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** Validates a catalogue; the error names every field at fault. */
export const parseCatalogue: (value: unknown) => Catalogue = fileParser(
  CatalogueSchema,
  "knowledge/centre/catalogue.json",
);

let bundled: Catalogue | undefined;
/** The catalogue bundled with the assistant, validated once. */
export const bundledCatalogue = (): Catalogue => (bundled ??= parseCatalogue(catalogueJson));
