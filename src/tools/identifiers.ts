import { luhn } from "../core/checksums";
import { NAF_LABELS } from "./naf-codes";

export { luhn };

/** What a parser says: the normalised value, or why the input is not a valid identifier. */
export type Parsed = { ok: true; value: string } | { ok: false; reason: ParseFailure; detail: string };

/** Why an identifier is rejected: empty, a character that is not allowed, wrong number of digits, wrong check digit, or not in the official list. */
export type ParseFailure = "empty" | "characters" | "length" | "checksum" | "unknown_code";

export type IdentifierKind = "siret" | "siren" | "idcc" | "naf" | "nda";

const fail = (reason: ParseFailure, detail: string): Parsed => ({ ok: false, reason, detail });

/** Removes the separators people type inside numbers: spaces (including non-breaking ones) and dots. */
export const stripSeparators = (raw: string) => raw.replace(/[\s.\u00a0\u202f]/g, "");

/** La Poste's establishments (SIREN 356000000) do not follow Luhn: the sum of the SIRET's digits is a multiple of 5. */
export const LA_POSTE_SIREN = "356000000";
const digitSum = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
};

function digitsOf(raw: string, length: number, name: string): Parsed {
  const value = stripSeparators(raw);
  if (!value) return fail("empty", `${name}: no digits given`);
  if (!/^\d+$/.test(value)) return fail("characters", `${name}: only digits, spaces and dots are allowed`);
  if (value.length !== length) return fail("length", `${name}: ${length} digits expected, ${value.length} given`);
  return { ok: true, value };
}

/** SIREN: 9 digits whose Luhn checksum is valid. */
export function parseSiren(raw: string): Parsed {
  const parsed = digitsOf(raw, 9, "SIREN");
  if (!parsed.ok) return parsed;
  return luhn(parsed.value) ? parsed : fail("checksum", "SIREN: the check digit does not match (Luhn)");
}

/** SIRET: 14 digits (SIREN + 5-digit establishment number), Luhn-valid; La Poste's use their own rule. */
export function parseSiret(raw: string): Parsed {
  const parsed = digitsOf(raw, 14, "SIRET");
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (luhn(value)) return parsed;
  if (value.startsWith(LA_POSTE_SIREN) && digitSum(value) % 5 === 0) return parsed;
  return fail("checksum", "SIRET: the check digit does not match (Luhn)");
}

/** IDCC: `1486`, `01486`, `IDCC 1486`, `n°1486`, `IDCC n° 1486`; normalised to 4 digits. */
export function parseIdcc(raw: string): Parsed {
  const trimmed = raw
    .trim()
    .replace(/^(?:idcc|ccn)\s*[:.]?\s*/i, "")
    .replace(/^(?:n\s*[°º]|no\.?|num(?:e|é)ro)\s*[:.]?\s*/i, "");
  const value = stripSeparators(trimmed);
  if (!value) return fail("empty", "IDCC: no digits given");
  if (!/^\d+$/.test(value)) return fail("characters", "IDCC: only digits are allowed, e.g. 1486 or IDCC 1486");
  if (value.length > 5 || (value.length === 5 && !value.startsWith("0"))) {
    return fail("length", `IDCC: at most 4 digits expected, ${value.length} given`);
  }
  const idcc = value.slice(-4).padStart(4, "0");
  if (idcc === "0000") return fail("unknown_code", "IDCC: 0000 is not an agreement number");
  return { ok: true, value: idcc };
}

/** NAF (APE) sub-class: `62.01Z`, `6201Z`, `62 01 z`; normalised to `62.01Z` and checked against the official list. */
export function parseNaf(raw: string): Parsed {
  const value = stripSeparators(raw).toUpperCase();
  if (!value) return fail("empty", "NAF: no code given");
  const match = /^(\d{2})(\d{2})([A-Z])$/.exec(value);
  if (!match) {
    if (!/^[0-9A-Z]+$/.test(value)) return fail("characters", "NAF: 4 digits and a letter expected, e.g. 62.01Z");
    return fail("length", `NAF: 4 digits and a letter expected (e.g. 62.01Z), ${value.length} characters given`);
  }
  const code = `${match[1]}.${match[2]}${match[3]}`;
  if (!NAF_LABELS.has(code)) return fail("unknown_code", `NAF: ${code} is not in the NAF rev. 2 nomenclature`);
  return { ok: true, value: code };
}

/** NDA (training provider's activity declaration number): 11 digits. */
export const parseNda = (raw: string): Parsed => digitsOf(raw, 11, "NDA");

export const parsers: Record<IdentifierKind, (raw: string) => Parsed> = {
  siret: parseSiret,
  siren: parseSiren,
  idcc: parseIdcc,
  naf: parseNaf,
  nda: parseNda,
};

/** An identifier found in free text, valid or not (the dialogue says why a number is wrong). */
export type FoundIdentifier = { kind: IdentifierKind; raw: string; index: number } & Parsed;

const IDCC_IN_TEXT =
  /\b(?:idcc|ccn|convention(?:\s+collective)?(?:\s+(?:hcr|syntec|btp|batiment|metallurgie|transports?|coiffure|commerce|pharma|automobile))?)(?:\s+(?:is|est|c'est|c|=))?(?:\s+(?:le|the))?\s*(?:n\s*[°º]|no\.?|num(?:e|é)ro)?\s*[:.=]?\s*(\d{1,5})(?!\d)/giu;
const NUMBER_IN_TEXT = /(?<![\d.])\d(?:[ .\u00a0\u202f]?\d){8,13}(?![\d])/gu;
const NAF_IN_TEXT = /(?<![\d.])(\d{2})\.?(\d{2})\s?([a-zA-Z])(?![\p{L}\d])/gu;
const NDA_CONTEXT = /\b(?:nda|d[ée]claration d'activit[ée]|declaration number|activity declaration)\b/iu;

/**
 * Finds identifiers in a message: "notre SIRET est 732 829 320 00074", "IDCC 1486", "code APE 6201Z".
 * 14 digits are a SIRET, 9 a SIREN, 11 an NDA when the text speaks of a declaration; an IDCC needs its
 * keyword; a NAF code must be in the official list. Results are in order of appearance.
 */
export function findIdentifiers(text: string): FoundIdentifier[] {
  const found: FoundIdentifier[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

  for (const m of text.matchAll(IDCC_IN_TEXT)) {
    const raw = m[1] ?? "";
    const index = (m.index ?? 0) + m[0].length - raw.length;
    found.push({ kind: "idcc", raw, index, ...parseIdcc(raw) });
    taken.push([index, index + raw.length]);
  }
  const ndaContext = NDA_CONTEXT.test(text);
  for (const m of text.matchAll(NUMBER_IN_TEXT)) {
    const raw = m[0];
    const index = m.index ?? 0;
    if (overlaps(index, index + raw.length)) continue;
    const digits = stripSeparators(raw);
    const kind: IdentifierKind | null =
      digits.length === 14
        ? "siret"
        : digits.length === 9
          ? "siren"
          : digits.length === 11 && ndaContext
            ? "nda"
            : null;
    if (!kind) continue;
    found.push({ kind, raw, index, ...parsers[kind](raw) });
    taken.push([index, index + raw.length]);
  }
  for (const m of text.matchAll(NAF_IN_TEXT)) {
    const index = m.index ?? 0;
    if (overlaps(index, index + m[0].length)) continue;
    const parsed = parseNaf(m[0]);
    if (parsed.ok) found.push({ kind: "naf", raw: m[0], index, ...parsed });
  }
  return found.sort((a, b) => a.index - b.index);
}
