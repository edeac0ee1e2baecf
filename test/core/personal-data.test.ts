import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhnValid, MASKS, maskPersonalData } from "../../src/core/personal-data";

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (min: number, max = min) => fc.array(digit, { minLength: min, maxLength: max }).map((d) => d.join(""));
/** Words around the value: letters, accents, spaces and punctuation; no digit, no @, no +. */
const words = fc.stringMatching(/^[a-zA-Zéèàçù ,.?!'()]{0,40}$/);
const separator = fc.constantFrom("", " ", ".", "-");

/** Groups a string of digits by `size` with `sep`. */
const grouped = (value: string, size: number, sep: string) =>
  (value.match(new RegExp(`.{1,${size}}`, "g")) ?? []).join(sep);

/** mod 97 of a long decimal string, digit by digit. */
const mod97 = (value: string) => [...value].reduce((rest, d) => (rest * 10 + Number(d)) % 97, 0);

const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/),
    fc.stringMatching(/^[a-z0-9]{1,12}$/),
    fc.constantFrom("fr", "com", "org", "example", "co.uk"),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

const frenchPhone = fc
  .tuple(fc.constantFrom("0", "+33 ", "+33", "0033 ", "+33 (0)"), fc.integer({ min: 1, max: 9 }), digits(8), separator)
  .map(([prefix, first, rest, sep]) => `${prefix}${first}${sep}${grouped(rest, 2, sep)}`);

const internationalPhone = fc
  .tuple(fc.constantFrom("+44", "+1", "+49", "+32", "+212", "+41"), digits(7, 11), fc.constantFrom(" ", "-", "."))
  .map(([code, number, sep]) => `${code} ${grouped(number, 3, sep)}`);

const iban = fc
  .tuple(fc.constantFrom("FR", "DE", "BE", "ES", "IT", "GB"), digits(14, 26), fc.boolean())
  .map(([country, bban, spaced]) => {
    const letters = [...country].map((c) => String(c.charCodeAt(0) - 55)).join("");
    const check = String(98 - mod97(`${bban}${letters}00`)).padStart(2, "0");
    const value = `${country}${check}${bban}`;
    return spaced ? grouped(value, 4, " ") : value;
  });

const nir = fc
  .tuple(
    fc.constantFrom("1", "2"),
    digits(2),
    fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0")),
    fc.oneof(
      fc.integer({ min: 1, max: 95 }).map((d) => String(d).padStart(2, "0")),
      fc.constantFrom("2A", "2B"),
    ),
    digits(3),
    digits(3),
    fc.constantFrom("", " "),
  )
  .map(([sex, year, month, dept, commune, order, sep]) => {
    const numeric = `${sex}${year}${month}${dept.replace("2A", "19").replace("2B", "18")}${commune}${order}`;
    const key = String(97 - mod97(numeric)).padStart(2, "0");
    return [sex, year, month, dept, commune, order, key].join(sep);
  });

const card = fc.tuple(digits(15), fc.constantFrom("", " ", "-")).map(([start, sep]) => {
  const check = [...Array(10).keys()].find((d) => luhnValid(`${start}${d}`)) ?? 0;
  return grouped(`${start}${check}`, 4, sep);
});

const KINDS = { email, frenchPhone, internationalPhone, iban, nir, card } as const;
const TOKEN: Record<keyof typeof KINDS, string> = {
  email: MASKS.email,
  frenchPhone: MASKS.phone,
  internationalPhone: MASKS.phone,
  iban: MASKS.iban,
  nir: MASKS.nir,
  card: MASKS.card,
};

describe("maskPersonalData", () => {
  for (const [kind, value] of Object.entries(KINDS) as [keyof typeof KINDS, fc.Arbitrary<string>][]) {
    it(`masks ${kind} wherever it stands in a sentence, and nothing of it is left`, () => {
      fc.assert(
        fc.property(words, value, words, (before, personal, after) => {
          const masked = maskPersonalData(`${before} ${personal} ${after}`);
          expect(masked).toContain(TOKEN[kind]);
          expect(masked).not.toMatch(/\d/);
          expect(masked).not.toContain("@");
          expect(masked.startsWith(`${before} `)).toBe(true);
          expect(masked.endsWith(` ${after}`)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("masks several of them in one text, and masking twice changes nothing more", () => {
    const mixed = fc.array(fc.oneof(words, ...Object.values(KINDS)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(mixed, (parts) => {
        const once = maskPersonalData(parts.join(", "));
        expect(maskPersonalData(once)).toBe(once);
        expect(once).not.toMatch(/\d{4}/);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves text without any personal data as it is", () => {
    fc.assert(
      fc.property(words, (text) => {
        expect(maskPersonalData(text)).toBe(text);
      }),
    );
  });

  it("keeps the numbers a funding question is made of", () => {
    for (const question of [
      "Quel OPCO pour l'IDCC 1486 ?",
      "Nous sommes 12 salariés, formation de 35 heures en mars 2027",
      "Le CPF finance-t-il 1 500 € ?",
      "code NAF 56.10A, SIREN 423 158 765",
      "NDA 84691234569, formation le 12/04/2027",
      "Is the 2026 apprentice aid still 5,000 euros?",
    ])
      expect(maskPersonalData(question)).toBe(question);
  });

  it("masks what people actually type", () => {
    expect(maskPersonalData("écrivez-moi à marie.dupont@gmail.com ou au 06 12 34 56 78")).toBe(
      "écrivez-moi à [email] ou au [phone]",
    );
    expect(maskPersonalData("mon IBAN FR76 3000 6000 0112 3456 7890 189, ma carte 4111 1111 1111 1111 12/28")).toBe(
      "mon IBAN [iban], ma carte [card] 12/28",
    );
    expect(maskPersonalData("numéro de sécu 1 85 05 78 006 084 36 et tel +33 (0)6.12.34.56.78")).toBe(
      "numéro de sécu [nir] et tel [phone]",
    );
    expect(maskPersonalData("call me on +44 20 7946 0958")).toBe("call me on [phone]");
    expect(maskPersonalData("SIRET 42315876500218")).toBe("SIRET [card]");
  });
});

describe("luhnValid", () => {
  it("accepts valid numbers and refuses one wrong digit", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });
});
