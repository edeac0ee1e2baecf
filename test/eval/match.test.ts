import { describe, expect, it } from "vitest";
import { partialMatch } from "../../eval/match";

describe("partialMatch", () => {
  const output = {
    status: "found",
    opco: { id: "atlas", name: "Atlas" },
    routes: [
      { scheme: "cpf", eligible: "yes" },
      { scheme: "vae", eligible: "maybe" },
    ],
    explanation: "Give your IDCC.",
  };

  it("accepts a subset of the fields, nested", () => {
    expect(partialMatch(output, { status: "found", opco: { id: "atlas" } })).toEqual([]);
  });

  it("names the path, the expected and the actual value of each mismatch", () => {
    expect(partialMatch(output, { status: "ambiguous", opco: { id: "akto" } })).toEqual([
      '$.status: expected "ambiguous", got "found"',
      '$.opco.id: expected "akto", got "atlas"',
    ]);
    expect(partialMatch(output, { missing: 1 })).toEqual(["$.missing: expected 1, got undefined"]);
  });

  it("compares arrays element by element and by length", () => {
    expect(partialMatch(output, { routes: [{ scheme: "cpf" }, { scheme: "vae" }] })).toEqual([]);
    expect(partialMatch(output, { routes: [{ scheme: "cpf" }] })[0]).toMatch(/expected 1 items, got 2/);
  });

  it("finds required elements anywhere with $includes", () => {
    expect(partialMatch(output, { routes: { $includes: [{ scheme: "vae", eligible: "maybe" }] } })).toEqual([]);
    expect(partialMatch(output, { routes: { $includes: [{ scheme: "vae", eligible: "yes" }] } })[0]).toMatch(
      /no element matches/,
    );
  });

  it("matches strings against $regex, case-insensitively", () => {
    expect(partialMatch(output, { explanation: { $regex: "idcc" } })).toEqual([]);
    expect(partialMatch(output, { explanation: { $regex: "siret" } })).toHaveLength(1);
    expect(partialMatch(output, { opco: { $regex: "atlas" } })).toHaveLength(1);
  });
});
