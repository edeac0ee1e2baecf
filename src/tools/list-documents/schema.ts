import { z } from "zod";
import { RoleSchema, SCHEME_IDS } from "../../core/ids";
import { LangSchema } from "../../core/lang";

/** Who hands over, signs or receives a document. */
export const PARTIES = [
  "employer",
  "learner",
  "provider",
  "opco",
  "france_travail",
  "transitions_pro",
  "certifier",
  "caisse_des_depots",
  "region",
  "dreets",
  "urssaf",
  "faf",
  "administration",
] as const;
export const PartySchema = z
  .enum(PARTIES)
  .describe(
    "A party: employer, learner (the person trained), provider (training body or CFA), opco, france_travail, transitions_pro, certifier, caisse_des_depots, region, dreets, urssaf, faf (a self-employed person's training insurance fund), administration (a public agent's employer)",
  );
export type Party = z.infer<typeof PartySchema>;

export const PhaseSchema = z
  .enum(["before", "after"])
  .describe("before: needed to get the funding; after: needed to be paid or to close the file");
export type Phase = z.infer<typeof PhaseSchema>;

const BilingualSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) });

/**
 * The lists of documents: one per funding scheme, plus the funders outside the schemes that a plan
 * is built on: `faf` (a self-employed person's own training) and `administration` (a public agent's).
 */
export const DOCUMENT_LISTS = [...SCHEME_IDS, "faf", "administration"] as const;
export const DocumentListSchema = z
  .enum(DOCUMENT_LISTS)
  .describe(
    `Funding scheme id (${SCHEME_IDS.join(", ")}), or faf (a self-employed person's training insurance fund), or administration (a public agent's employer)`,
  );
export type DocumentList = z.infer<typeof DocumentListSchema>;

/** Kinds of trainee a document can be limited to. */
const TraineeSchema = z.enum(["employee", "job_seeker", "self_employed", "public_agent"]);
export type Trainee = z.infer<typeof TraineeSchema>;

/** One document as stored in `knowledge/data/documents.json`. */
export const StoredDocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  phase: PhaseSchema,
  who: PartySchema,
  for: z.array(PartySchema).min(1),
  required: z.boolean(),
  /** Only when the person trained is one of these (an absence request exists only for an employee). */
  trainees: z.array(TraineeSchema).min(1).optional(),
  label: BilingualSchema,
  note: BilingualSchema.optional(),
  source: z.url({ protocol: /^https$/ }),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** The whole catalogue: every scheme id of the contract has its list. */
export const DocumentCatalogueSchema = z.object({
  checked: z.iso.date().describe("When the lists were last checked against their sources"),
  parties: z.record(PartySchema, BilingualSchema),
  schemes: z.record(DocumentListSchema, z.array(StoredDocumentSchema).min(1)),
});
export type DocumentCatalogue = z.infer<typeof DocumentCatalogueSchema>;

/** Input of listDocuments (`POST /api/tools/list-documents`, `npm run tool -- list-documents`). */
export const ListDocumentsInputSchema = z.object({
  scheme: DocumentListSchema,
  phase: z
    .enum(["before", "after", "all"])
    .default("all")
    .describe("before the training (to get the funding), after it (to be paid), or all (default)"),
  role: RoleSchema.optional().describe(
    "Keep only what this role must provide, sign, receive or keep: employer, provider, or the trainee (employee, job_seeker, self_employed, public_agent); an employer's trainee is an employee, so what exists only for another kind of trainee is left out too",
  ),
  lang: LangSchema.default("fr").describe("Language of the labels and notes (fr by default)"),
});
export type ListDocumentsInput = z.input<typeof ListDocumentsInputSchema>;

export const DocumentSchema = z.object({
  id: z.string().describe("Document id, stable across languages"),
  label: z.string().describe("What the document is, in the requested language"),
  phase: PhaseSchema,
  who: PartySchema.describe("Who provides or issues the document"),
  whoLabel: z.string().describe("Who provides it, in words"),
  for: z.array(PartySchema).describe("Who must receive, sign or keep it"),
  required: z.boolean().describe("false when it is needed only in some cases (explained by the label or note)"),
  note: z.string().optional().describe("Deadline or condition worth knowing"),
  source: z.url().optional().describe("Official page the requirement comes from"),
});
export type Document = z.infer<typeof DocumentSchema>;

export const ListDocumentsOutputSchema = z.object({
  scheme: DocumentListSchema,
  lang: LangSchema,
  phase: z.enum(["before", "after", "all"]),
  role: RoleSchema.optional(),
  documents: z
    .array(DocumentSchema)
    .describe("Documents before the training first, then after, in the order they are needed"),
  checked: z.iso.date().describe("When the list was last checked against its sources"),
});
export type ListDocumentsOutput = z.infer<typeof ListDocumentsOutputSchema>;
