import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findIdentifiers,
  luhn,
  parseIdcc,
  parseNaf,
  parseNda,
  parseSiren,
  parseSiret,
} from "../../src/tools/identifiers";

/** Appends the Luhn check digit that makes `body` valid. */
const withCheckDigit = (body: string) => {
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  throw new Error("unreachable");
};
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));
const validSiren = digits(8).map(withCheckDigit);
const validSiret = digits(13)
  .map(withCheckDigit)
  .filter((s) => !s.startsWith("356000000"));
/** Every way to change exactly one digit of `value`. */
const oneDigitChange = (value: string) =>
  fc.tuple(fc.integer({ min: 0, max: value.length - 1 }), fc.integer({ min: 1, max: 9 })).map(([i, delta]) => {
    const d = (Number(value[i]) + delta) % 10;
    return value.slice(0, i) + d + value.slice(i + 1);
  });

describe("SIREN", () => {
  it("accepts real SIRENs, with spaces or dots", () => {
    expect(parseSiren("732 829 320")).toEqual({ ok: true, value: "732829320" });
    expect(parseSiren("552.100.554")).toEqual({ ok: true, value: "552100554" });
  });

  it("accepts every Luhn-valid 9-digit number", () => {
    fc.assert(
      fc.property(validSiren, (siren) => {
        expect(parseSiren(siren)).toEqual({ ok: true, value: siren });
      }),
    );
  });

  it("rejects any one-digit change of a valid SIREN with a checksum reason", () => {
    fc.assert(
      fc.property(
        validSiren.chain((s) => oneDigitChange(s)),
        (changed) => {
          expect(parseSiren(changed)).toMatchObject({ ok: false, reason: "checksum" });
        },
      ),
    );
  });

  it("says what is wrong: length, characters, empty", () => {
    expect(parseSiren("73282932")).toMatchObject({ ok: false, reason: "length" });
    expect(parseSiren("73282932A")).toMatchObject({ ok: false, reason: "characters" });
    expect(parseSiren("  ")).toMatchObject({ ok: false, reason: "empty" });
  });
});

describe("SIRET", () => {
  it("accepts a real SIRET written with spaces", () => {
    expect(parseSiret("732 829 320 00074")).toEqual({ ok: true, value: "73282932000074" });
  });

  it("accepts every Luhn-valid 14-digit number and rejects any one-digit change of it", () => {
    fc.assert(
      fc.property(validSiret, (siret) => {
        expect(parseSiret(siret).ok).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        validSiret.chain((s) => oneDigitChange(s)),
        (changed) => {
          // A change inside La Poste's SIREN could land on its digit-sum rule; anything else must fail Luhn.
          fc.pre(!changed.startsWith("356000000"));
          expect(parseSiret(changed)).toMatchObject({ ok: false, reason: "checksum" });
        },
      ),
    );
  });

  it("applies La Poste's rule (sum of digits multiple of 5) to its establishments", () => {
    const laPoste = "35600000000048"; // head office: also Luhn-valid
    expect(parseSiret(laPoste).ok).toBe(true);
    const branch = "35600000049837"; // digit sum 50, not Luhn-valid
    expect(luhn(branch)).toBe(false);
    expect(parseSiret(branch)).toEqual({ ok: true, value: branch });
    expect(parseSiret("35600000049838")).toMatchObject({ ok: false, reason: "checksum" });
  });

  it("rejects 13 or 15 digits with a length reason naming the count", () => {
    const short = parseSiret("7328293200007");
    expect(short).toMatchObject({ ok: false, reason: "length" });
    expect(short.ok ? "" : short.detail).toContain("13");
    expect(parseSiret("732829320000745")).toMatchObject({ ok: false, reason: "length" });
  });
});

describe("IDCC", () => {
  it.each([["1486"], ["01486"], ["IDCC 1486"], ["idcc:1486"], ["n°1486"], ["N° 1486"], ["IDCC n° 1486"], ["1 486"]])(
    "normalises %s to 1486",
    (raw) => {
      expect(parseIdcc(raw)).toEqual({ ok: true, value: "1486" });
    },
  );

  it("pads short numbers to 4 digits", () => {
    expect(parseIdcc("16")).toEqual({ ok: true, value: "0016" });
    expect(parseIdcc("IDCC 843")).toEqual({ ok: true, value: "0843" });
  });

  it("rejects letters, 5 significant digits and 0000", () => {
    expect(parseIdcc("14A6")).toMatchObject({ ok: false, reason: "characters" });
    expect(parseIdcc("11486")).toMatchObject({ ok: false, reason: "length" });
    expect(parseIdcc("0000")).toMatchObject({ ok: false, reason: "unknown_code" });
  });

  it("accepts every number from 1 to 9999 in its plain, padded and prefixed forms", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const value = String(n).padStart(4, "0");
        for (const raw of [String(n), `0${value}`, `IDCC ${n}`, `n°${value}`])
          expect(parseIdcc(raw)).toEqual({ ok: true, value });
      }),
    );
  });
});

describe("NAF", () => {
  it.each([["62.01Z"], ["6201Z"], ["6201z"], ["62 01 Z"], ["62.01 z"]])("normalises %s to 62.01Z", (raw) => {
    expect(parseNaf(raw)).toEqual({ ok: true, value: "62.01Z" });
  });

  it("rejects a well-formed code that is not in the nomenclature, and malformed ones", () => {
    expect(parseNaf("62.01A")).toMatchObject({ ok: false, reason: "unknown_code" });
    expect(parseNaf("6201")).toMatchObject({ ok: false, reason: "length" });
    expect(parseNaf("62-01Z")).toMatchObject({ ok: false, reason: "characters" });
  });
});

describe("NDA", () => {
  it("accepts 11 digits and rejects other lengths", () => {
    expect(parseNda("11 75 12345 75")).toEqual({ ok: true, value: "11751234575" });
    expect(parseNda("1175123457")).toMatchObject({ ok: false, reason: "length" });
  });
});

describe("findIdentifiers", () => {
  it("finds a SIRET written with spaces and an IDCC in a message", () => {
    const found = findIdentifiers("Bonjour, notre SIRET est 732 829 320 00074 et la convention IDCC 1486.");
    expect(found.map(({ kind, ok, ...rest }) => [kind, ok, "value" in rest ? rest.value : null])).toEqual([
      ["siret", true, "73282932000074"],
      ["idcc", true, "1486"],
    ]);
  });

  it("finds a SIREN, a NAF code and an invalid SIRET with its reason", () => {
    const found = findIdentifiers("SIREN 732829320, code APE 6201Z, siret 73282932000075");
    expect(found.map((f) => [f.kind, f.ok ? f.value : f.reason])).toEqual([
      ["siren", "732829320"],
      ["naf", "62.01Z"],
      ["siret", "checksum"],
    ]);
  });

  it("reads 11 digits as an NDA only when the text speaks of a declaration, and ignores phone numbers", () => {
    expect(findIdentifiers("notre NDA est 11 75 12345 75").map((f) => f.kind)).toEqual(["nda"]);
    expect(findIdentifiers("appelez le 01 23 45 67 89")).toEqual([]);
  });

  it("takes a bare number for an IDCC only after its keyword", () => {
    expect(findIdentifiers("nous sommes 1486 salariés")).toEqual([]);
    expect(findIdentifiers("convention collective n° 843")[0]).toMatchObject({ kind: "idcc", ok: true, value: "0843" });
  });

  it("reads the IDCC in a sentence: 'our IDCC is 843', 'notre IDCC est le 1486', 'IDCC = 1516'", () => {
    expect(findIdentifiers("Actually our IDCC is 843")[0]).toMatchObject({ kind: "idcc", ok: true, value: "0843" });
    expect(findIdentifiers("IDCC = 1516")[0]).toMatchObject({ kind: "idcc", ok: true, value: "1516" });
    expect(findIdentifiers("notre IDCC est le 1486")[0]).toMatchObject({ kind: "idcc", ok: true, value: "1486" });
  });
});
