import { z } from "zod";
import { type OpcoId, OpcoIdSchema } from "../../core/ids";
import type { Opco } from "../../core/opco";
import { NAF_LABELS, nafAncestors } from "../naf-codes";

const Idcc = z.string().regex(/^\d{4}$/);

/** `knowledge/data/idcc.json`: the IDCC -> OPCO table and the agreements' titles. */
export const IdccTableSchema = z.object({ opcos: z.record(Idcc, OpcoIdSchema), labels: z.record(Idcc, z.string()) });

/** `knowledge/data/idcc-additions.json`: rows the source table lacks, each with its source. */
export const IdccAdditionSchema = z.object({
  idcc: Idcc,
  opco: OpcoIdSchema,
  label: z.string().min(1),
  note: z.string().min(1),
  source: z.object({ title: z.string().min(1), url: z.url(), date: z.iso.date() }),
});

/** Why no OPCO applies to a NAF code, when the employer is public or foreign. */
export const PublicKindSchema = z.enum(["public_agent", "public_hospital", "extraterritorial"]);
export type PublicKind = z.infer<typeof PublicKindSchema>;

/** `knowledge/data/naf-hints.json`: the probable OPCO of a NAF division, group, class or sub-class. */
export const NafHintSchema = z.object({
  code: z.string().regex(/^\d{2}(\.\d{1,2}[A-Z]?)?$/),
  opco: OpcoIdSchema.nullable(),
  idcc: z.array(Idcc),
  confidence: z.enum(["probable", "low"]),
  also: z.array(z.object({ opco: OpcoIdSchema, idcc: z.array(Idcc) })).optional(),
  public: PublicKindSchema.optional(),
});
export type NafHint = z.infer<typeof NafHintSchema>;

export const FinderStatusSchema = z.enum([
  "self_employed",
  "public_agent",
  "job_seeker",
  "intermittent",
  "artist_author",
]);

/** `knowledge/data/opco-keywords.json`: words of a free-text description, FR and EN, without accents. */
export const KeywordTableSchema = z.object({
  sectors: z.array(
    z.object({
      terms: z.array(z.string().min(2)),
      opco: OpcoIdSchema,
      idcc: z.array(Idcc),
      confidence: z.enum(["probable", "low"]),
    }),
  ),
  statuses: z.array(z.object({ terms: z.array(z.string().min(2)), status: FinderStatusSchema })),
});

export type IdccLookup =
  | { status: "found"; idcc: string; label: string | null; opco: OpcoId; source: "table" | "addition" }
  | { status: "placeholder"; idcc: string; label: string }
  | { status: "no_opco_row"; idcc: string; label: string }
  | { status: "unknown"; idcc: string };

export type NafLookup =
  | { status: "found"; code: string; label: string; hint: NafHint }
  | { status: "unknown"; code: string };

export type KeywordMatch =
  | { kind: "sector"; term: string; opco: OpcoId; idcc: string[]; confidence: "probable" | "low" }
  | { kind: "status"; term: string; status: z.infer<typeof FinderStatusSchema> };

export interface OpcoReferenceData {
  opcos: readonly Opco[];
  idcc: z.infer<typeof IdccTableSchema>;
  additions: z.infer<typeof IdccAdditionSchema>[];
  nafHints: NafHint[];
  keywords: z.infer<typeof KeywordTableSchema>;
}

/** IDCC 9998 ("not yet in force") and 9999 ("no collective agreement") are placeholders, not agreements. */
export const PLACEHOLDER_IDCC: Readonly<Record<string, string>> = {
  "9998": "Convention non encore en vigueur",
  "9999": "Sans convention collective",
};

/** Lower case, accents removed, punctuation to spaces: the form keyword terms are written in. */
export const normalizeText = (text: string) =>
  ` ${text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, " ")} `;

/**
 * The reference tables, indexed once for synchronous lookups: IDCC -> OPCO (with titles), NAF code ->
 * hint (most precise level wins), free text -> keyword matches, OPCO id -> OPCO.
 */
export function createOpcoReference(data: OpcoReferenceData) {
  const opcoById = new Map<OpcoId, Opco>(data.opcos.map((opco) => [opco.id, opco]));
  const idccIndex = new Map<string, IdccLookup>();
  for (const [idcc, label] of Object.entries(data.idcc.labels)) {
    idccIndex.set(
      idcc,
      PLACEHOLDER_IDCC[idcc]
        ? { status: "placeholder", idcc, label: PLACEHOLDER_IDCC[idcc] }
        : { status: "no_opco_row", idcc, label },
    );
  }
  for (const [idcc, opco] of Object.entries(data.idcc.opcos)) {
    idccIndex.set(idcc, { status: "found", idcc, label: data.idcc.labels[idcc] ?? null, opco, source: "table" });
  }
  for (const row of data.additions) {
    idccIndex.set(row.idcc, {
      status: "found",
      idcc: row.idcc,
      label: data.idcc.labels[row.idcc] ?? row.label,
      opco: row.opco,
      source: "addition",
    });
  }
  for (const [idcc, label] of Object.entries(PLACEHOLDER_IDCC))
    idccIndex.set(idcc, { status: "placeholder", idcc, label });

  const hintByCode = new Map<string, NafHint>(data.nafHints.map((hint) => [hint.code, hint]));
  const nafIndex = new Map<string, NafLookup>();
  for (const [code, label] of NAF_LABELS) {
    const hint = nafAncestors(code)
      .map((c) => hintByCode.get(c))
      .find((h) => h !== undefined);
    if (hint) nafIndex.set(code, { status: "found", code, label, hint });
  }

  const terms: { term: string; match: KeywordMatch }[] = [];
  for (const sector of data.keywords.sectors) {
    for (const term of sector.terms)
      terms.push({
        term,
        match: { kind: "sector", term, opco: sector.opco, idcc: sector.idcc, confidence: sector.confidence },
      });
  }
  for (const status of data.keywords.statuses) {
    for (const term of status.terms) terms.push({ term, match: { kind: "status", term, status: status.status } });
  }
  // Longest terms first, so "boulangerie industrielle" wins over "boulangerie".
  terms.sort((a, b) => b.term.length - a.term.length);
  const padded = terms.map(({ term, match }) => ({ needle: normalizeText(term), match }));

  return {
    opcos: data.opcos,
    opco: (id: OpcoId): Opco => opcoById.get(id) as Opco,
    idccLabel: (idcc: string): string | null => data.idcc.labels[idcc] ?? PLACEHOLDER_IDCC[idcc] ?? null,
    /** IDCC on 4 digits -> its OPCO, or why there is none. */
    lookupIdcc: (idcc: string): IdccLookup => idccIndex.get(idcc) ?? { status: "unknown", idcc },
    /** NAF sub-class, class, group or division -> the hint of its most precise level. */
    lookupNaf(code: string): NafLookup {
      const known = nafIndex.get(code);
      if (known) return known;
      return { status: "unknown", code };
    },
    /** Keyword matches in a free-text description; a longer term hides the shorter ones it contains. */
    matchKeywords(text: string): KeywordMatch[] {
      let haystack = normalizeText(text);
      const out: KeywordMatch[] = [];
      for (const { needle, match } of padded) {
        if (!haystack.includes(needle)) continue;
        out.push(match);
        haystack = haystack.replaceAll(needle, " ");
      }
      return out;
    },
  };
}

export type OpcoReference = ReturnType<typeof createOpcoReference>;
