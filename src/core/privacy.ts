import { luhn } from "./checksums";

/**
 * Personal data masked before anything is stored (conversation history, tool inputs, the profile's
 * free text) or counted: what the assistant never needs to keep. Company identifiers (SIREN, SIRET,
 * NDA, IDCC, NAF), dates and amounts are not personal data and are left as they are.
 */
export const PERSONAL_DATA_KINDS = ["email", "iban", "nir", "card", "phone"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

/** What replaces a masked value: its kind in brackets, e.g. `[iban]`. */
export const maskOf = (kind: PersonalDataKind) => `[${kind}]`;

/** Separators people type inside long numbers: space, dot, dash, non-breaking spaces. */
const SEP = "[ .\\-\\u00a0\\u202f]?";
const digitCount = (text: string) => text.replace(/\D/g, "").length;

/** NIR: sex, year, month (or 20-99 when unknown), department (2A/2B in Corsica), commune, order, then the key. */
const NIR = new RegExp(
  `(?<![\\dA-Za-z])[1-478]${SEP}\\d{2}${SEP}(?:0[1-9]|1[0-2]|[2-9]\\d)${SEP}(?:\\d{2}|2[AB])${SEP}\\d{3}${SEP}\\d{3}(?:${SEP}\\d{2})?(?!\\d)`,
  "gi",
);

/** True when the NIR has no key, or its key is 97 minus the number modulo 97 (2A and 2B counting as 19 and 18). */
function nirKeyChecks(match: string): boolean {
  const compact = match.replace(/[^\dAB]/gi, "").toUpperCase();
  if (compact.length === 13) return true;
  const number = BigInt(compact.slice(0, 13).replace("2A", "19").replace("2B", "18"));
  return 97n - (number % 97n) === BigInt(compact.slice(13));
}

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** A further check of a match (a checksum, enough digits); every match counts without it. */
  accept?: (match: string) => boolean;
}

/**
 * Applied in this order: an e-mail address, an IBAN or a phone number may hold digits the later
 * patterns would take, and a number is named by the strongest check it passes.
 */
const DETECTORS: readonly Detector[] = [
  {
    kind: "email",
    pattern:
      /(?<![\w.!#$%&'*+/=?^`{|}~-])[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?![\w-])/gi,
  },
  {
    // Country code, check digits, then the BBAN in groups of four (spaces or dashes optional).
    kind: "iban",
    pattern:
      /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]{4}){2,7}(?:[ \u00a0-]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/gi,
    // Every BBAN holds a bank code and an account number: words never have ten digits.
    accept: (match) => digitCount(match) >= 10,
  },
  {
    // French numbers (0X, +33 X, 0033 X, +33 (0)X then four pairs), then any other +country number.
    kind: "phone",
    pattern: new RegExp(
      `(?<![\\d+])(?:(?:\\+|00)33${SEP}(?:\\(0\\)${SEP})?|0)[1-9](?:${SEP}\\d{2}){4}(?!\\d)|(?<![\\w+])\\+[1-9]\\d{0,2}(?:${SEP}\\d){6,12}(?!\\d)`,
      "g",
    ),
  },
  // A social-security number whose key checks, then a card number, then whatever still has the shape of one.
  { kind: "nir", pattern: NIR, accept: nirKeyChecks },
  {
    // 13 and 15 to 19 digits with a valid Luhn digit; 14 digits are a SIRET, which is not personal.
    kind: "card",
    pattern: new RegExp(`(?<!\\d)\\d(?:${SEP}\\d){12,18}(?!\\d)`, "g"),
    accept: (match) => {
      const digits = match.replace(/\D/g, "");
      return digits.length !== 14 && luhn(digits);
    },
  },
  { kind: "nir", pattern: NIR },
];

/** Every piece of personal data in `text`, by kind, in the order the masks are applied. */
export function findPersonalData(text: string): { kind: PersonalDataKind; value: string }[] {
  const found: { kind: PersonalDataKind; value: string }[] = [];
  maskWith(text, (kind, value) => found.push({ kind, value }));
  return found;
}

function maskWith(text: string, seen?: (kind: PersonalDataKind, value: string) => void): string {
  let masked = text;
  for (const { kind, pattern, accept } of DETECTORS) {
    masked = masked.replace(pattern, (match) => {
      if (accept && !accept(match)) return match;
      seen?.(kind, match);
      return maskOf(kind);
    });
  }
  return masked;
}

/** `text` with its e-mail addresses, IBANs, social-security numbers, card numbers and phone numbers masked. */
export const maskPersonalData = (text: string): string => maskWith(text);

/** A copy of `value` (JSON-like: objects, arrays, strings) with every string masked; other values are kept. */
export function maskValue<T>(value: T): T {
  if (typeof value === "string") return maskPersonalData(value) as T;
  if (Array.isArray(value)) return value.map((item) => maskValue(item)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskValue(item)])) as T;
  }
  return value;
}
