import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhn, parseNda, parseSiren, parseSiret } from "../../../src/tools/qualiopi/identifiers-lite";

/** Appends the digit that makes `body` pass Luhn. */
const withCheckDigit = (body: string) => {
  for (let d = 0; d < 10; d++) if (luhn(body + d)) return body + d;
  throw new Error("unreachable");
};

describe("SIREN, SIRET and NDA checks of checkQualiopi", () => {
  it("accepts valid numbers with spaces and dots", () => {
    expect(parseSiren("423 158 765")).toEqual({ ok: true, value: "423158765" });
    expect(parseSiret("423.158.765.00218")).toEqual({ ok: true, value: "42315876500218" });
    expect(parseNda("84 69 12345 69")).toEqual({ ok: true, value: "84691234569" });
  });

  it("says why a number is refused: characters, length, checksum", () => {
    expect(parseSiren("42315876A")).toMatchObject({ ok: false, reason: expect.stringMatching(/other than digits/) });
    expect(parseSiret("4231587650021")).toMatchObject({ ok: false, reason: expect.stringMatching(/14 digits.*has 13/) });
    expect(parseSiren("423158766")).toMatchObject({ ok: false, reason: expect.stringMatching(/checksum/) });
    expect(parseNda("8469123456")).toMatchObject({ ok: false, reason: expect.stringMatching(/11 digits/) });
    expect(parseNda("")).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
  });

  it("accepts La Poste establishments, whose SIRETs follow a digit-sum rule instead of Luhn", () => {
    expect(luhn("35600000049837")).toBe(false);
    expect(parseSiret("35600000049837").ok).toBe(true);
    expect(parseSiret("35600000000048").ok).toBe(true);
    expect(parseSiret("35600000049838").ok).toBe(false);
  });

  it("accepts every SIREN built with its Luhn digit and rejects any one-digit change", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), fc.nat(8), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const siren = withCheckDigit(body);
        expect(parseSiren(siren).ok).toBe(true);
        const changed = siren.slice(0, at) + ((Number(siren[at]) + delta) % 10) + siren.slice(at + 1);
        expect(parseSiren(changed).ok).toBe(false);
      }),
    );
  });
});
