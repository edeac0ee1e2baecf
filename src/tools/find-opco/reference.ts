import { z } from "zod";
import { type OpcoId, OpcoIdSchema } from "../../core/ids";
import type { Opco } from "../../core/opco";
import { NAF_LABELS, NAF_SUBCLASSES, nafAncestors } from "../naf-codes";
import {
  type ActivityLexicon,
  type ActivityReading,
  type ActivityRecogniser,
  createActivityRecogniser,
} from "./activity";
import { type FinderStatus, IdccSchema as Idcc, PublicKindSchema } from "./kinds";

export type { ActivityMatch, ActivityReading } from "./activity";
export { FinderStatusSchema, type PublicKind, PublicKindSchema } from "./kinds";

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

export type IdccLookup =
  | { status: "found"; idcc: string; label: string | null; opco: OpcoId; source: "table" | "addition" }
  | { status: "placeholder"; idcc: string; label: string }
  | { status: "no_opco_row"; idcc: string; label: string }
  | { status: "unknown"; idcc: string };

export type NafLookup =
  | { status: "found"; code: string; label: string; hint: NafHint }
  | { status: "unknown"; code: string };

export interface OpcoReferenceData {
  opcos: readonly Opco[];
  idcc: z.infer<typeof IdccTableSchema>;
  additions: z.infer<typeof IdccAdditionSchema>[];
  nafHints: NafHint[];
  lexicon: ActivityLexicon;
}

/** IDCC 9998 ("not yet in force") and 9999 ("no collective agreement") are placeholders, not agreements. */
export const PLACEHOLDER_IDCC: Readonly<Record<string, string>> = {
  "9998": "Convention non encore en vigueur",
  "9999": "Sans convention collective",
};

/**
 * The reference tables, indexed once for synchronous lookups: IDCC -> OPCO (with titles), NAF code ->
 * hint (most precise level wins), free text -> the activities it names (built on first use), OPCO id -> OPCO.
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

  const lookupIdcc = (idcc: string): IdccLookup => idccIndex.get(idcc) ?? { status: "unknown", idcc };
  const lookupNaf = (code: string): NafLookup => nafIndex.get(code) ?? { status: "unknown", code };
  const nafHint = (code: string) => {
    const hit = lookupNaf(code);
    return hit.status === "found" ? hit : undefined;
  };

  // Built on first use: the lookups by identifier do not need it.
  let recogniser: ActivityRecogniser | undefined;
  const activities = () =>
    (recogniser ??= createActivityRecogniser({
      lexicon: data.lexicon,
      naf: NAF_SUBCLASSES.flatMap((code) => nafHint(code) ?? []),
      agreements: [...idccIndex.values()].flatMap((hit) =>
        hit.status === "found" && hit.label ? [{ idcc: hit.idcc, title: hit.label, opco: hit.opco }] : [],
      ),
      opcoOfIdcc: (idcc) => {
        const hit = lookupIdcc(idcc);
        return hit.status === "found" ? hit.opco : undefined;
      },
      titleOfIdcc: (idcc) => {
        const hit = lookupIdcc(idcc);
        return hit.status === "unknown" ? undefined : (hit.label ?? undefined);
      },
      nafHint,
    }));

  return {
    opcos: data.opcos,
    opco: (id: OpcoId): Opco => opcoById.get(id) as Opco,
    idccLabel: (idcc: string): string | null => data.idcc.labels[idcc] ?? PLACEHOLDER_IDCC[idcc] ?? null,
    /** IDCC on 4 digits -> its OPCO, or why there is none. */
    lookupIdcc,
    /** NAF sub-class, class, group or division -> the hint of its most precise level. */
    lookupNaf,
    /**
     * The activities a free text names ("cabinet d'archi", "asso de foot", "a hair salon", "boulangeri"),
     * best first: the words that named each, the label, IDCC and NAF code it rests on, its OPCO or, for a
     * public employer or a self-employed person, who funds instead.
     */
    matchActivity: (text: string) => activities().matchActivity(text),
    /**
     * The activities of a text and the person's status (self-employed, public agent, job seeker...):
     * `status` when the caller knows it, else what the words say.
     */
    readActivity: (text: string, status?: FinderStatus): ActivityReading => activities().read(text, status),
    /** Builds the activity index now rather than on the first text (start-up, benchmark). */
    prepareActivities: () => activities().stats,
  };
}

export type OpcoReference = ReturnType<typeof createOpcoReference>;
