import fc from "fast-check";
import { composeIBAN, friendlyFormatIBAN, isValidIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { findPersonalData, maskPersonalData, maskValue } from "../../src/core/privacy";
import { withLuhnDigit } from "../fakes/luhn";

const digits = (min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
const letters = (n: number) =>
  fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), minLength: n, maxLength: n });

/** A French RIB: bank, branch, account, and its key (97 - (89 bank + 15 branch + 3 account) mod 97). */
const frenchBban = fc.tuple(digits(5), digits(5), digits(11)).map(([bank, branch, account]) => {
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return `${bank}${branch}${account}${String(key).padStart(2, "0")}`;
});
/** Valid IBANs of France and of countries whose BBAN has no national key, as ibantools composes them. */
const iban = fc
  .oneof(
    frenchBban.map((bban) => ({ countryCode: "FR", bban })),
    digits(18).map((bban) => ({ countryCode: "DE", bban })),
    fc.tuple(letters(4), digits(14)).map(([bank, n]) => ({ countryCode: "GB", bban: `${bank}${n}` })),
    fc.tuple(letters(4), digits(10)).map(([bank, n]) => ({ countryCode: "NL", bban: `${bank}${n}` })),
    digits(16).map((bban) => ({ countryCode: "AT", bban })),
    digits(14).map((bban) => ({ countryCode: "DK", bban })),
  )
  .map((parts) => composeIBAN(parts) ?? "")
  .filter((value) => isValidIBAN(value));
const ibanAsTyped = fc
  .tuple(iban, fc.constantFrom("compact", "friendly", "lower", "dashes"))
  .map(([value, style]) =>
    style === "friendly"
      ? (friendlyFormatIBAN(value) ?? value)
      : style === "lower"
        ? (friendlyFormatIBAN(value) ?? value).toLowerCase()
        : style === "dashes"
          ? (friendlyFormatIBAN(value, "-") ?? value)
          : value,
  );

/** A French social-security number with its key; Corsican departments 2A and 2B count as 19 and 18. */
const nir = fc
  .tuple(
    fc.constantFrom("1", "2"),
    digits(2),
    fc.constantFrom("01", "05", "09", "12", "20", "35", "62"),
    fc.constantFrom("75", "13", "69", "2A", "2B", "97"),
    digits(3),
    digits(3),
    fc.boolean(),
  )
  .map(([sex, year, month, dept, commune, order, spaced]) => {
    const numeric = `${sex}${year}${month}${dept.replace("2A", "19").replace("2B", "18")}${commune}${order}`;
    const key = String(97 - Number(BigInt(numeric) % 97n)).padStart(2, "0");
    return spaced
      ? `${sex} ${year} ${month} ${dept} ${commune} ${order} ${key}`
      : `${sex}${year}${month}${dept}${commune}${order}${key}`;
  });

const card = fc
  .oneof(
    digits(14).map((body) => withLuhnDigit(`4${body}`)),
    fc.tuple(fc.constantFrom("51", "53", "55"), digits(13)).map(([p, body]) => withLuhnDigit(`${p}${body}`)),
    fc.tuple(fc.constantFrom("34", "37"), digits(12)).map(([p, body]) => withLuhnDigit(`${p}${body}`)),
  )
  .chain((number) =>
    fc.constantFrom(number, number.replace(/(\d{4})(?=\d)/g, "$1 "), number.replace(/(\d{4})(?=\d)/g, "$1-")),
  );

const frenchPhone = fc
  .tuple(fc.constantFrom(..."1234567"), digits(8), fc.constantFrom("0", "+33 ", "+33", "0033 ", "+33 (0)"))
  .chain(([first, rest, prefix]) => {
    const pairs = rest.match(/\d{2}/g) ?? [];
    return fc
      .constantFrom(" ", ".", "", "-")
      .map((sep) => `${prefix}${first}${sep}${pairs.join(sep)}`.replace(/^\+33 \(0\)(\d)/, "+33 (0)$1"));
  });
const foreignPhone = fc
  .tuple(fc.constantFrom("+44", "+1", "+49", "+32", "+41"), digits(9, 11))
  .map(([code, rest]) => `${code} ${rest}`);

/** Text around the value, never digits or letters glued to it. */
const around = fc.tuple(
  fc.constantFrom("", "Mon numéro : ", "voici ", "IBAN ", "mail: ", "(", "my number is "),
  fc.constantFrom("", ".", " merci", ", je suis employeur", ")", " !"),
);

/** `kind` names the mask; a number that passes two checks (an Amex number whose digits also make a NIR with its key) may take `alias`. */
const masks = (kind: string, value: fc.Arbitrary<string>, alias?: string) =>
  it(`masks every generated ${kind}, wherever it stands in a message`, () => {
    fc.assert(
      fc.property(value, around, (v, [before, after]) => {
        const masked = maskPersonalData(`${before}${v}${after}`);
        expect(masked).not.toContain(v);
        expect(masked.includes(`[${kind}]`) || (alias !== undefined && masked.includes(`[${alias}]`))).toBe(true);
        expect(masked.startsWith(before.trim() ? before.trimEnd() : "")).toBe(true);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

describe("maskPersonalData", () => {
  masks("iban", ibanAsTyped);
  masks("nir", nir);
  masks("card", card, "nir");
  masks("email", fc.emailAddress());
  masks("phone", frenchPhone);
  masks("phone", foreignPhone);

  it("leaves company identifiers, dates, amounts and ordinary text alone", () => {
    const siren = digits(8).map(withLuhnDigit);
    const siret = digits(13).map(withLuhnDigit);
    const typedSiret = siret.chain((s) =>
      fc.constantFrom(s, s.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, "$1 $2 $3 $4")),
    );
    const harmless = fc.oneof(
      siren,
      typedSiret,
      digits(11).map((nda) => `NDA ${nda}`),
      digits(4).map((idcc) => `IDCC ${idcc}`),
      fc.constantFrom("62.02A", "code APE 4711D", "2026-03-01", "01/03/2026", "le 15 mars 2026"),
      fc.integer({ min: 1, max: 99_999 }).map((n) => `${n.toLocaleString("fr-FR")} €`),
      fc.integer({ min: 1, max: 5000 }).map((n) => `nous sommes ${n} salariés`),
      fc.constantFrom("Bonjour, je suis employeur", "formation d'anglais de 30 h en mars", "Qualiopi ?"),
    );
    fc.assert(
      fc.property(harmless, (text) => {
        expect(maskPersonalData(text)).toBe(text);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });

  it("masks several kinds in one message and says which it found", () => {
    const text =
      "Je suis Camille (camille.durand@example.fr, 06 12 34 56 78), IBAN FR76 3000 6000 0112 3456 7890 189, " +
      "sécu 1 85 05 78 006 084 91, carte 4970 1012 3456 7893, SIRET 732 829 320 00074.";
    expect(maskPersonalData(text)).toBe(
      "Je suis Camille ([email], [phone]), IBAN [iban], sécu [nir], carte [card], SIRET 732 829 320 00074.",
    );
    expect(findPersonalData(text).map((f) => f.kind)).toEqual(["email", "iban", "phone", "nir", "card"]);
  });

  it("masks every string of a JSON value and keeps the rest", () => {
    expect(
      maskValue({
        query: "mon mail est a.b@c.fr",
        siret: "73282932000074",
        limit: 3,
        tags: ["06 12 34 56 78"],
        no: null,
      }),
    ).toEqual({ query: "mon mail est [email]", siret: "73282932000074", limit: 3, tags: ["[phone]"], no: null });
  });
});
