import { z } from "zod";
import { OpcoIdSchema } from "../../core/ids";
import { LangSchema } from "../../core/lang";
import { FinderStatusSchema } from "./reference";

const text = (max: number) => z.string().trim().min(1).max(max);

/** Who is asking, when it changes the answer; an employee, employer or provider has the employer's OPCO. */
export const FindOpcoStatusSchema = z
  .enum(["employee", "employer", "provider", ...FinderStatusSchema.options])
  .describe(
    "Status of the person to train: employee, employer, provider, self_employed, public_agent, job_seeker, intermittent, artist_author",
  );

export const FindOpcoInputSchema = z
  .object({
    idcc: text(20)
      .optional()
      .describe("Collective agreement number (IDCC) printed on the payslip, e.g. 1486 or IDCC 1486"),
    siret: text(30).optional().describe("SIRET of the employer's establishment, 14 digits (spaces allowed)"),
    siren: text(20).optional().describe("SIREN of the employer, 9 digits (spaces allowed)"),
    naf: text(10).optional().describe("NAF (APE) code of the employer's main activity, e.g. 62.01Z"),
    query: text(500)
      .optional()
      .describe("Free-text description of the employer's activity, e.g. boulangerie, a bank, BTP"),
    status: FindOpcoStatusSchema.optional(),
    lang: LangSchema.default("fr"),
  })
  .refine((input) => input.idcc ?? input.siret ?? input.siren ?? input.naf ?? input.query ?? input.status, {
    message: "Give at least one of idcc, siret, siren, naf, query or status",
  })
  .describe(
    "Find the OPCO of an employer: by IDCC (certain), SIRET/SIREN (company directory), NAF code (probable) or a description",
  );
export type FindOpcoInput = z.input<typeof FindOpcoInputSchema>;

export const OpcoRefSchema = z.object({
  id: OpcoIdSchema,
  name: z.string().describe("Usual name of the OPCO"),
  website: z.url().describe("Official website"),
});

export const CandidateSchema = OpcoRefSchema.extend({
  idcc: z.array(z.string()).describe("Collective agreements (IDCC) this candidate is based on"),
  confidence: z.enum(["probable", "low"]).describe("How likely this candidate is"),
});

export const FindOpcoOutputSchema = z.object({
  status: z
    .enum(["found", "ambiguous", "not_found", "not_applicable", "invalid_input"])
    .describe(
      "found: one OPCO; ambiguous: several candidates; not_found: no answer from these data; not_applicable: no OPCO funds this person; invalid_input: a malformed identifier",
    ),
  opco: OpcoRefSchema.optional().describe("The OPCO, when found"),
  candidates: z.array(CandidateSchema).optional().describe("Possible OPCOs, most likely first"),
  basis: z.enum(["idcc", "siret", "siren", "naf", "query", "status", "none"]).describe("What the answer rests on"),
  confidence: z
    .enum(["certain", "probable", "low"])
    .describe("certain from an IDCC, probable from a NAF code, low from a description"),
  explanation: z.string().describe("Why, and what to do next, in the requested language"),
  alternative: z
    .object({
      funders: z.array(z.string()).describe("Who funds instead of an OPCO, e.g. FIFPL, CNFPT, France Travail"),
      explanation: z.string().describe("Which funder applies to whom"),
    })
    .optional()
    .describe("The right funder where no OPCO applies (or may not apply)"),
  idcc: z
    .object({ code: z.string(), label: z.string().nullable() })
    .optional()
    .describe("The collective agreement used"),
  naf: z
    .object({ code: z.string(), label: z.string() })
    .optional()
    .describe("The NAF code used, with its official label"),
  company: z
    .object({
      siren: z.string(),
      siret: z.string().optional(),
      name: z.string(),
      naf: z.string().optional(),
      idccs: z.array(z.string()),
    })
    .optional()
    .describe("The company found in the public directory"),
  directory: z.enum(["found", "not_found", "unavailable"]).optional().describe("What the company directory answered"),
  invalid: z
    .object({
      field: z.string(),
      reason: z.enum(["empty", "characters", "length", "checksum", "unknown_code"]),
      detail: z.string(),
    })
    .optional()
    .describe("Which identifier is invalid and why"),
});
export type FindOpcoOutput = z.infer<typeof FindOpcoOutputSchema>;
