import { luhn } from "../../src/core/checksums";

/** `body` followed by its Luhn check digit (SIREN, SIRET, payment cards). */
export function withLuhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(`${body}${d}`)) return `${body}${d}`;
  throw new Error("unreachable: one digit always completes a Luhn sum");
}

/** The n-th valid SIREN of a range: `first` (8 digits) plus n, with its check digit. */
export const nthSiren = (n: number, first = 10_000_000) => withLuhnDigit(String(first + n));
