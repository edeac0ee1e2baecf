/**
 * Masks the personal data a visitor may type into a question before it is kept (analytics of the
 * questions the assistant could not answer). Self-contained: no import, no platform API.
 *
 * What is replaced, in this order, each by a fixed token:
 * - e-mail addresses -> `[email]`
 * - IBANs (two letters, two check digits, 11 to 30 letters or digits, grouped or not) -> `[iban]`
 * - French social-security numbers (NIR: sex, year, month, département incl. 2A/2B, commune,
 *   order, with or without the 2-digit key, grouped or not) -> `[nir]`
 * - phone numbers: French (0X XX XX XX XX, +33 (0)X..., 0033 X...) and international (+ and 8 to
 *   15 digits) -> `[phone]`
 * - payment card numbers (13 to 19 digits, grouped by spaces or dashes, passing the Luhn check)
 *   -> `[card]`; a SIRET is 14 Luhn-valid digits too, and is masked like one (it can name a sole trader)
 *
 * Idempotent (masking a masked text changes nothing); text without any of these is returned as is.
 */

export const MASKS = {
  email: "[email]",
  iban: "[iban]",
  nir: "[nir]",
  card: "[card]",
  phone: "[phone]",
} as const;

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * Country code, check digits, then 11 to 30 letters or digits: in one piece, or in groups of four
 * (the last shorter), one separator throughout, where every group after the bank's holds a digit, so a word after it stays.
 */
const IBAN =
  /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|([ -])[A-Z0-9]{4}(?:\1(?=[A-Z0-9]{0,3}\d)[A-Z0-9]{4}){1,6}(?:\1(?=[A-Z0-9]{0,2}\d)[A-Z0-9]{1,3})?)\b/gi;

/** Sex (1, 2; 3, 4, 7, 8 for temporary numbers), year, month (or 20-42, 50-99), département (2A, 2B), commune, order, key. */
const NIR =
  /(?<![\p{N}\p{L}])[1-478][ .-]?\d{2}[ .-]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .-]?(?:\d{2}|2[AB])[ .-]?\d{3}[ .-]?\d{3}(?:[ .-]?\d{2})?(?![\p{N}\p{L}])/giu;

/** Groups of digits joined by single spaces or dashes, where card numbers are looked for. */
const CARD_CHAIN = /(?<![\p{N}+])\d+(?:[ -]\d+)*/gu;

/** French numbers: 0 then 9 digits, or +33 / 0033 then 9 digits (an optional "(0)"), in groups. */
const FRENCH_PHONE =
  /(?:(?<![\p{N}+])0|\+33[ .-]?(?:\(0\)[ .-]?)?|(?<![\p{N}])0033[ .-]?)[1-9](?:[ .-]?\d{2}){4}(?![\p{N}])/gu;

/** International numbers: + then digits in groups (spaces, dots, dashes, brackets), 8 to 15 digits in all. */
const INTERNATIONAL_PHONE = /\+\d(?:[ .-]?\(?\d+\)?){2,7}(?![\p{N}])/gu;

/** Luhn checksum of a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const digitsOf = (text: string) => text.replace(/\D/g, "");

/**
 * Card numbers in `text`: in each chain of digit groups (joined by one space or dash), the longest
 * run of whole groups holding 13 to 19 digits that passes the Luhn check, tried from each group on
 * (a phone number before a card, or an expiry after it, does not hide it).
 */
function maskCards(text: string): string {
  return text.replace(CARD_CHAIN, (chain) => {
    const parts = chain.split(/([ -])/);
    const groups = parts.filter((_, i) => i % 2 === 0);
    const out: string[] = [];
    let start = 0;
    while (start < groups.length) {
      let end = -1;
      let digits = "";
      for (let last = start; last < groups.length && digits.length < 19; last++) {
        digits += groups[last];
        if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) end = last;
      }
      const sep = start > 0 ? (parts[start * 2 - 1] ?? "") : "";
      if (end >= 0) {
        out.push(sep, MASKS.card);
        start = end + 1;
      } else {
        out.push(sep, groups[start] as string);
        start += 1;
      }
    }
    return out.join("");
  });
}

/** `text` with its e-mail addresses, IBANs, social-security numbers, card numbers and phone numbers masked. */
export function maskPersonalData(text: string): string {
  const masked = text
    .replace(EMAIL, MASKS.email)
    .replace(IBAN, (match) => (/\d{5}/.test(digitsOf(match)) ? MASKS.iban : match))
    .replace(NIR, MASKS.nir)
    .replace(FRENCH_PHONE, MASKS.phone)
    .replace(INTERNATIONAL_PHONE, (match) => {
      const count = digitsOf(match).length;
      return count >= 8 && count <= 15 ? MASKS.phone : match;
    });
  return maskCards(masked);
}
