/**
 * The few identifier checks checkQualiopi needs: SIRET (14 digits, Luhn), SIREN (9 digits,
 * Luhn) and NDA (11 digits). Spaces, dots and dashes are accepted. A stand-in for the shared
 * src/tools/identifiers.ts, with the same result shape, until both branches are merged.
 */
export type Parsed = { ok: true; value: string } | { ok: false; reason: string };

/** SIREN of La Poste: its establishments' SIRETs may follow a digit-sum rule (a multiple of 5) instead of Luhn. */
const LA_POSTE_SIREN = "356000000";

/** Luhn checksum: from the right, every second digit doubled (minus 9 above 9); the sum is a multiple of 10. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const clean = (raw: string) => raw.replace(/[\s.\-\u00a0]/g, "");

/** Digits of an identifier once spaces, dots and dashes are removed. */
export const IDENTIFIER_LENGTHS = { siret: 14, siren: 9, nda: 11 } as const;

export const cleanIdentifier = clean;

function digitsOf(raw: string, length: number, label: string): Parsed {
  const value = clean(raw);
  if (!value) return { ok: false, reason: `The ${label} is empty` };
  if (!/^\d+$/.test(value)) return { ok: false, reason: `The ${label} "${raw.trim()}" has characters other than digits` };
  if (value.length !== length) return { ok: false, reason: `The ${label} has ${length} digits; "${value}" has ${value.length}` };
  return { ok: true, value };
}

export function parseSiren(raw: string): Parsed {
  const parsed = digitsOf(raw, 9, "SIREN");
  if (parsed.ok && !luhn(parsed.value)) return { ok: false, reason: `The SIREN ${parsed.value} fails its checksum (Luhn): a digit is probably wrong` };
  return parsed;
}

export function parseSiret(raw: string): Parsed {
  const parsed = digitsOf(raw, 14, "SIRET");
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const valid = v.startsWith(LA_POSTE_SIREN)
    ? luhn(v) || [...v].reduce((sum, d) => sum + Number(d), 0) % 5 === 0
    : luhn(v) && luhn(v.slice(0, 9));
  return valid ? parsed : { ok: false, reason: `The SIRET ${v} fails its checksum (Luhn): a digit is probably wrong` };
}

/** NDA (numéro de déclaration d'activité of a training organisation): 11 digits, no checksum. */
export const parseNda = (raw: string): Parsed => digitsOf(raw, 11, "NDA (numéro de déclaration d'activité)");
