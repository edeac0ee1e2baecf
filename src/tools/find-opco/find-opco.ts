import type { OpcoId } from "../../core/ids";
import type { Bilingual, Lang } from "../../core/lang";
import type { Company, CompanyDirectory } from "../company-directory";
import {
  findIdentifiers,
  type IdentifierKind,
  type Parsed,
  parseIdcc,
  parseNaf,
  parseSiren,
  parseSiret,
} from "../identifiers";
import { EXPLAIN, invalidText } from "./copy";
import {
  type Alternative,
  ARTIST_AUTHOR,
  alternativeForPublic,
  fafAlternative,
  fafFor,
  INTERMITTENT,
  JOB_SEEKER,
  publicAgent,
  publicEmployer,
  selfEmployed,
} from "./funders";
import type { Faf } from "./kinds";
import type { ActivityMatch, ActivityReading, OpcoReference } from "./reference";
import type { FindOpcoInput, FindOpcoOutput } from "./schema";

export interface FindOpcoDeps {
  reference: OpcoReference;
  /** The company directory for SIRET/SIREN; without it those answers ask for the IDCC. */
  directory?: CompanyDirectory;
}

type Candidate = NonNullable<FindOpcoOutput["candidates"]>[number];
type NotApplicableStatus = "self_employed" | "public_agent" | "job_seeker" | "intermittent" | "artist_author";

const t = (text: Bilingual, lang: Lang) => text[lang];

function opcoRef(ref: OpcoReference, id: OpcoId) {
  const opco = ref.opco(id);
  return { id: opco.id, name: opco.name, website: opco.website };
}

const withAlternative = (out: FindOpcoOutput, alternative: Alternative | null, lang: Lang): FindOpcoOutput =>
  alternative
    ? { ...out, alternative: { funders: alternative.funders, explanation: t(alternative.explanation, lang) } }
    : out;

function invalid(
  field: IdentifierKind,
  raw: string,
  parsed: Extract<Parsed, { ok: false }>,
  lang: Lang,
): FindOpcoOutput {
  return {
    status: "invalid_input",
    basis: field === "nda" ? "none" : field,
    confidence: "low",
    explanation: invalidText(field, parsed.reason, raw, lang),
    invalid: { field, reason: parsed.reason, detail: parsed.detail },
  };
}

/**
 * Who funds a person no OPCO funds. The activities the text names choose among the funders: the FAF of
 * their NAF code for the self-employed, the ANFH, the CNFPT or the State for a public employer; the
 * words of the text otherwise.
 */
function statusAlternative(status: NotApplicableStatus, naf?: string, text?: string, reading?: ActivityReading) {
  const named = reading?.activities.find((activity) => activity.funder);
  switch (status) {
    case "self_employed": {
      if (naf) return fafAlternative(fafFor(naf));
      const funders = named?.funder?.kind === "self_employed" ? named.funder.funders : [];
      return funders.length === 1 ? fafAlternative(funders[0] as Faf) : selfEmployed(undefined, text);
    }
    case "public_agent":
      return named?.funder && named.funder.kind !== "self_employed" && named.funder.kind !== "public_agent"
        ? publicEmployer(named.funder.kind)
        : publicAgent(text);
    case "job_seeker":
      return JOB_SEEKER;
    case "intermittent":
      return INTERMITTENT;
    default:
      return ARTIST_AUTHOR;
  }
}

function notApplicable(
  ref: OpcoReference,
  status: NotApplicableStatus,
  lang: Lang,
  naf?: string,
  activity?: string,
): FindOpcoOutput {
  const reading = activity ? ref.readActivity(activity, status) : undefined;
  const alternative = statusAlternative(status, naf, activity, reading);
  return withAlternative(
    { status: "not_applicable", basis: "status", confidence: "certain", explanation: t(alternative.explanation, lang) },
    alternative,
    lang,
  );
}

/** By IDCC (4 digits): certain when the table knows it; placeholders and unknown numbers say what to do. */
export function byIdcc(ref: OpcoReference, idcc: string, lang: Lang): FindOpcoOutput {
  const hit = ref.lookupIdcc(idcc);
  if (hit.status === "found") {
    const opco = ref.opco(hit.opco);
    const title = hit.label ? ` (${hit.label})` : "";
    return {
      status: "found",
      opco: opcoRef(ref, hit.opco),
      basis: "idcc",
      confidence: "certain",
      idcc: { code: idcc, label: hit.label },
      explanation: EXPLAIN.foundByIdcc(idcc, title, opco.name)[lang],
    };
  }
  const label = hit.status === "unknown" ? null : hit.label;
  const base = {
    status: "not_found" as const,
    basis: "idcc" as const,
    confidence: "low" as const,
    idcc: { code: idcc, label },
  };
  if (hit.status === "placeholder") {
    return {
      ...base,
      explanation: EXPLAIN.placeholderIdcc(idcc, hit.label)[lang],
    };
  }
  if (hit.status === "no_opco_row") {
    return {
      ...base,
      explanation: EXPLAIN.idccWithoutOpco(idcc, hit.label)[lang],
    };
  }
  return {
    ...base,
    explanation: EXPLAIN.unknownIdcc(idcc)[lang],
  };
}

const candidateList = (
  ref: OpcoReference,
  hint: { opco: OpcoId | null; idcc: string[]; also?: { opco: OpcoId; idcc: string[] }[] },
  confidence: "probable" | "low",
) => {
  const out: Candidate[] = [];
  if (hint.opco) out.push({ ...opcoRef(ref, hint.opco), idcc: hint.idcc, confidence });
  for (const other of hint.also ?? []) out.push({ ...opcoRef(ref, other.opco), idcc: other.idcc, confidence: "low" });
  return out;
};

/** By NAF code (normalised sub-class): a probable OPCO from the activity, never certain. */
export function byNaf(ref: OpcoReference, naf: string, lang: Lang): FindOpcoOutput {
  const hit = ref.lookupNaf(naf);
  if (hit.status === "unknown") {
    return {
      status: "not_found",
      basis: "naf",
      confidence: "low",
      explanation: EXPLAIN.unknownNaf(naf)[lang],
    };
  }
  const { hint, label } = hit;
  const nafInfo = { code: naf, label };
  if (!hint.opco) {
    const alternative = alternativeForPublic(hint.public ?? "public_agent");
    return withAlternative(
      {
        status: "not_applicable",
        basis: "naf",
        confidence: "probable",
        naf: nafInfo,
        explanation: t(alternative.explanation, lang),
      },
      alternative,
      lang,
    );
  }
  const opco = ref.opco(hint.opco);
  const candidates = candidateList(ref, hint, hint.confidence);
  const agreements = hint.idcc.length ? ` (IDCC ${hint.idcc.join(", ")})` : "";
  const others = candidates
    .slice(1)
    .map((c) => c.name)
    .join(", ");
  const explanation = EXPLAIN.byNaf(naf, label, opco.name, agreements, others)[lang];
  const out: FindOpcoOutput = {
    status: "found",
    opco: opcoRef(ref, hint.opco),
    candidates,
    basis: "naf",
    confidence: hint.confidence,
    naf: nafInfo,
    explanation,
  };
  return hint.public ? withAlternative(out, alternativeForPublic(hint.public), lang) : out;
}

/** The OPCO candidates of the activities a text names, one per OPCO, most likely first. */
function activityCandidates(ref: OpcoReference, activities: ActivityMatch[]): Candidate[] {
  const byOpco = new Map<OpcoId, Candidate>();
  for (const activity of activities) {
    if (!activity.opco) continue;
    const known = byOpco.get(activity.opco);
    if (known) known.idcc = [...new Set([...known.idcc, ...activity.idcc])];
    else
      byOpco.set(activity.opco, {
        ...opcoRef(ref, activity.opco),
        idcc: activity.idcc,
        confidence: activity.confidence,
      });
  }
  return [...byOpco.values()];
}

/**
 * By free text: the activity recogniser (`reference.readActivity`) names the activities, their OPCO
 * and the person's status; never better than probable. A status with no OPCO (self-employed, public
 * agent, job seeker...) answers `not_applicable` with who funds instead.
 */
export function byQuery(ref: OpcoReference, query: string, lang: Lang): FindOpcoOutput {
  const reading = ref.readActivity(query);
  const { activities, status } = reading;
  if (status) {
    const alternative = statusAlternative(status, undefined, query, reading);
    return withAlternative(
      {
        status: "not_applicable",
        basis: "query",
        confidence: "probable",
        explanation: t(alternative.explanation, lang),
      },
      alternative,
      lang,
    );
  }
  const named = activities.filter((activity) => activity.opco);
  if (!named.length) {
    return {
      status: "not_found",
      basis: "query",
      confidence: "low",
      explanation: EXPLAIN.noSector[lang],
    };
  }
  // Distinctive matches decide; the others (and the OPCOs an activity may also have) follow as low candidates.
  const probable = named.filter((activity) => activity.confidence === "probable");
  const deciding = probable.length ? probable : named;
  const candidates = activityCandidates(ref, deciding);
  if (candidates.length === 1) {
    const [only] = candidates as [Candidate];
    const [best] = deciding as [ActivityMatch];
    const others = [
      ...activityCandidates(ref, named),
      ...best.also.map((other) => ({ ...opcoRef(ref, other.opco), idcc: other.idcc, confidence: "low" as const })),
    ];
    for (const other of others) {
      if (!candidates.some((c) => c.id === other.id)) candidates.push({ ...other, confidence: "low" });
    }
    const out: FindOpcoOutput = {
      status: "found",
      opco: { id: only.id, name: only.name, website: only.website },
      candidates,
      basis: "query",
      confidence: only.confidence,
      explanation: EXPLAIN.oneSector(deciding, only.name)[lang],
    };
    const naf = best.naf ? ref.lookupNaf(best.naf) : undefined;
    if (naf?.status === "found") out.naf = { code: naf.code, label: naf.label };
    return best.mayBePublic ? withAlternative(out, alternativeForPublic(best.mayBePublic), lang) : out;
  }
  const names = candidates.map((c) => c.name).join(", ");
  return {
    status: "ambiguous",
    candidates: candidates.map((c) => ({ ...c, confidence: "low" as const })),
    basis: "query",
    confidence: "low",
    explanation: EXPLAIN.severalSectors(deciding, names)[lang],
  };
}

/** From a company found in the directory: its agreements (certain when they agree), else its NAF code. */
export function byCompany(ref: OpcoReference, company: Company, basis: "siret" | "siren", lang: Lang): FindOpcoOutput {
  const summary: NonNullable<FindOpcoOutput["company"]> = {
    siren: company.siren,
    name: company.name,
    idccs: company.idccs,
  };
  if (company.siret) summary.siret = company.siret;
  if (company.naf) summary.naf = company.naf;
  const found = company.idccs
    .map((idcc) => ref.lookupIdcc(idcc))
    .filter(
      (hit): hit is Extract<ReturnType<OpcoReference["lookupIdcc"]>, { status: "found" }> => hit.status === "found",
    );
  const opcos = [...new Set(found.map((hit) => hit.opco))];
  if (opcos.length === 1) {
    const out = byIdcc(ref, (found[0] as (typeof found)[number]).idcc, lang);
    const name = ref.opco(opcos[0] as OpcoId).name;
    return {
      ...out,
      basis,
      company: summary,
      directory: "found",
      explanation: EXPLAIN.companyAgreement(company.name, found.map((f) => f.idcc).join(", "), name)[lang],
    };
  }
  if (opcos.length > 1) {
    const candidates: Candidate[] = opcos.map((id) => ({
      ...opcoRef(ref, id),
      idcc: found.filter((f) => f.opco === id).map((f) => f.idcc),
      confidence: "probable",
    }));
    const list = candidates.map((c) => `${c.name} (IDCC ${c.idcc.join(", ")})`).join(", ");
    return {
      status: "ambiguous",
      candidates,
      basis,
      confidence: "probable",
      company: summary,
      directory: "found",
      explanation: EXPLAIN.companyAgreements(company.name, list)[lang],
    };
  }
  const naf = company.naf ? parseNaf(company.naf) : null;
  if (naf?.ok) {
    const out = byNaf(ref, naf.value, lang);
    const intro = EXPLAIN.companyActivity(company.name)[lang];
    return { ...out, company: summary, directory: "found", explanation: intro + out.explanation };
  }
  return {
    status: "not_found",
    basis,
    confidence: "low",
    company: summary,
    directory: "found",
    explanation: EXPLAIN.companyNothing(company.name)[lang],
  };
}

/**
 * No answer from the company directory for a SIRET or SIREN: it is down, busy (the outbound budget
 * is spent: `retryAfterSeconds`), or knows no such company.
 */
function directoryMiss(
  basis: "siret" | "siren",
  directory: "unavailable" | "not_found",
  lang: Lang,
  retryAfterSeconds?: number,
): FindOpcoOutput {
  const explanation =
    directory === "not_found"
      ? EXPLAIN.companyNotFound(basis.toUpperCase())
      : retryAfterSeconds
        ? EXPLAIN.directoryBusy(retryAfterSeconds)
        : EXPLAIN.directoryUnavailable;
  return { status: "not_found", basis, confidence: "low", directory, explanation: explanation[lang] };
}

type Plan = { done: FindOpcoOutput } | { company: { basis: "siret" | "siren"; id: string } };

const NOT_APPLICABLE = new Set<string>([
  "self_employed",
  "public_agent",
  "job_seeker",
  "intermittent",
  "artist_author",
]);

/** Everything that needs no network: the answer, or the SIREN/SIRET to look up. */
function plan(input: FindOpcoInput, ref: OpcoReference): Plan {
  const lang = input.lang ?? "fr";
  const naf = input.naf === undefined ? undefined : parseNaf(input.naf);
  if (input.status && NOT_APPLICABLE.has(input.status)) {
    return {
      done: notApplicable(ref, input.status as NotApplicableStatus, lang, naf?.ok ? naf.value : undefined, input.query),
    };
  }
  if (input.idcc !== undefined) {
    const parsed = parseIdcc(input.idcc);
    return { done: parsed.ok ? byIdcc(ref, parsed.value, lang) : invalid("idcc", input.idcc, parsed, lang) };
  }
  if (input.siret !== undefined) {
    const parsed = parseSiret(input.siret);
    return parsed.ok
      ? { company: { basis: "siret", id: parsed.value } }
      : { done: invalid("siret", input.siret, parsed, lang) };
  }
  if (input.siren !== undefined) {
    const parsed = parseSiren(input.siren);
    return parsed.ok
      ? { company: { basis: "siren", id: parsed.value } }
      : { done: invalid("siren", input.siren, parsed, lang) };
  }
  if (input.naf !== undefined && naf)
    return { done: naf.ok ? byNaf(ref, naf.value, lang) : invalid("naf", input.naf, naf, lang) };
  if (input.query !== undefined) {
    const ids = findIdentifiers(input.query).filter((f) => f.ok && f.kind !== "nda");
    const first = ["idcc", "siret", "siren", "naf"].map((kind) => ids.find((f) => f.kind === kind)).find(Boolean);
    if (first?.ok) {
      if (first.kind === "idcc") return { done: byIdcc(ref, first.value, lang) };
      if (first.kind === "naf") return { done: byNaf(ref, first.value, lang) };
      return { company: { basis: first.kind as "siret" | "siren", id: first.value } };
    }
    return { done: byQuery(ref, input.query, lang) };
  }
  return {
    done: {
      status: "not_found",
      basis: "none",
      confidence: "low",
      explanation: EXPLAIN.statusOnly[lang],
    },
  };
}

/**
 * Finds the OPCO of an employer. Order: a status with no OPCO (self-employed, public agent, job
 * seeker, intermittent, artist-author) -> `not_applicable` and who funds instead; then IDCC
 * (certain), SIRET, SIREN (company directory), NAF (probable), free text (candidates).
 */
export async function findOpco(input: FindOpcoInput, deps: FindOpcoDeps): Promise<FindOpcoOutput> {
  const next = plan(input, deps.reference);
  if ("done" in next) return next.done;
  const lang = input.lang ?? "fr";
  const { basis, id } = next.company;
  if (!deps.directory) return directoryMiss(basis, "unavailable", lang);
  const result = await deps.directory.lookup(id);
  if (result.status === "unavailable") return directoryMiss(basis, "unavailable", lang, result.retryAfterSeconds);
  if (result.status === "not_found") return directoryMiss(basis, "not_found", lang);
  return byCompany(deps.reference, result.company, basis, lang);
}
