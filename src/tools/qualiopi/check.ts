import type { Lang } from "../../core/lang";
import { type Parsed, parseNda, parseSiren, parseSiret } from "../identifiers";
import { CATEGORY_LABELS, QUALIOPI_CATEGORIES } from "./categories";
import { explain } from "./copy";
import type { QualiopiKey, QualiopiMatch, QualiopiRegistry, QualiopiSourceKind } from "./registry";
import {
  type CheckQualiopiInput,
  CheckQualiopiInputSchema,
  type CheckQualiopiOutput,
  CheckQualiopiOutputSchema,
  type OrganisationSummary,
} from "./schemas";

export { type CheckQualiopiInput, CheckQualiopiInputSchema, type CheckQualiopiOutput, CheckQualiopiOutputSchema };

export interface CheckQualiopiDeps {
  /** Sources asked in order until one knows the organisation: the local registry first, then the directory. */
  sources: readonly QualiopiRegistry[];
}

const PARSERS: Record<"siret" | "siren" | "nda", (raw: string) => Parsed> = {
  siret: parseSiret,
  siren: parseSiren,
  nda: parseNda,
};

/** The key to look up (first of siret, siren, nda, name), or why the identifier is invalid. */
function keyOf(
  input: CheckQualiopiInput,
): { ok: true; key: QualiopiKey } | { ok: false; by: "siret" | "siren" | "nda"; raw: string } {
  for (const by of ["siret", "siren", "nda"] as const) {
    const raw = input[by];
    if (raw === undefined) continue;
    const parsed = PARSERS[by](raw);
    return parsed.ok ? { ok: true, key: { by, value: parsed.value } } : { ok: false, by, raw };
  }
  return { ok: true, key: { by: "name", value: input.name ?? "" } };
}

const summary = (m: QualiopiMatch): OrganisationSummary => {
  const out: OrganisationSummary = { name: m.name, siren: m.siren };
  if (m.siret) out.siret = m.siret;
  if (m.nda) out.nda = m.nda;
  if (m.postalCode) out.postalCode = m.postalCode;
  if (m.city) out.city = m.city;
  return out;
};

/**
 * The answer from one source's matches. By SIRET, SIREN or NDA every match is the same legal
 * unit: it is certified if any of its declarations is, for the union of their categories. By
 * name the matches can be different organisations: the answer is about the first, the others
 * are candidates.
 */
function answer(
  matches: QualiopiMatch[],
  key: QualiopiKey,
  source: QualiopiSourceKind,
  lang: Lang,
  asOf?: string,
): CheckQualiopiOutput {
  const byName = key.by === "name";
  const scope = byName ? matches.slice(0, 1) : matches;
  const chosen = scope.find((m) => m.certified) ?? (scope[0] as QualiopiMatch);
  const dated = asOf ? { asOf } : {};
  const base = { organisation: summary(chosen), source, ...dated };
  const others = byName && matches.length > 1 ? { candidates: matches.slice(1).map(summary) } : {};
  const more = byName && matches.length > 1 ? explain.severalMatches(matches.length)[lang] : "";

  if (chosen.certified === null)
    return {
      status: "unknown",
      ...base,
      ...others,
      explanation: explain.directoryWithoutFlag(chosen.name)[lang] + more,
    };
  if (!chosen.certified)
    return {
      status: "not_certified",
      ...base,
      ...others,
      explanation: explain.notCertified(chosen.name, source, asOf)[lang] + more,
    };

  const held = new Set(scope.filter((m) => m.certified).flatMap((m) => m.categories ?? []));
  const categories = QUALIOPI_CATEGORIES.filter((c) => held.has(c)).map((id) => ({
    id,
    label: CATEGORY_LABELS[id][lang],
  }));
  return {
    status: "certified",
    ...base,
    ...(source === "directory" ? {} : { categories }),
    ...others,
    explanation:
      explain.certified(
        chosen.name,
        categories.map((c) => c.label),
        source,
        asOf,
      )[lang] + more,
  };
}

/**
 * checkQualiopi: is a training provider Qualiopi-certified, for which categories, says who, as
 * of when. Asks each source in order (a SIRET unknown to a source is retried there by its
 * SIREN); no data, an empty registry or a failing source give `unknown` with how to check,
 * never an exception.
 */
export async function checkQualiopi(
  rawInput: CheckQualiopiInput,
  deps: CheckQualiopiDeps,
): Promise<CheckQualiopiOutput> {
  const input = CheckQualiopiInputSchema.parse(rawInput);
  const lang = input.lang ?? "fr";
  const parsed = keyOf(input);
  if (!parsed.ok)
    return { status: "invalid_identifier", source: "none", explanation: explain.invalid(parsed.by, parsed.raw)[lang] };

  const { key } = parsed;
  let notListedAsOf: string | undefined;
  for (const source of deps.sources) {
    const keys: QualiopiKey[] = key.by === "siret" ? [key, { by: "siren", value: key.value.slice(0, 9) }] : [key];
    for (const k of keys) {
      const result = await source.lookup(k);
      if (result.status === "found" && result.organisations.length)
        return answer(result.organisations, k, source.kind, lang, result.asOf);
      if (result.status !== "not_found") break;
      if (source.kind === "registry") notListedAsOf = result.asOf;
    }
  }
  return {
    status: "unknown",
    source: "none",
    ...(notListedAsOf ? { asOf: notListedAsOf } : {}),
    explanation: explain.unknown(notListedAsOf)[lang],
  };
}
