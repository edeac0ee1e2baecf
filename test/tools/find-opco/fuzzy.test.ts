import { describe, expect, it } from "vitest";
import { createTypoIndex, editDistance } from "../../../src/tools/find-opco/fuzzy";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours", () => {
    expect(editDistance("restaurent", "restaurant", 2)).toBe(1);
    expect(editDistance("hotle", "hotel", 2)).toBe(1);
    expect(editDistance("boulangeri", "boulangerie", 2)).toBe(1);
    expect(editDistance("restorrant", "restaurant", 2)).toBe(2);
  });

  it("stops beyond its cap", () => {
    expect(editDistance("plombier", "boulangerie", 2)).toBe(3);
  });
});

describe("createTypoIndex", () => {
  const index = createTypoIndex(["restaurant", "boulangerie", "hotel", "resto", "plombier", "bar"]);

  it("corrects one edit from five letters and two from nine", () => {
    expect(index.correct("restaurent")).toEqual(["restaurant"]);
    expect(index.correct("restorrant")).toEqual(["restaurant"]);
    expect(index.correct("plonbier")).toEqual(["plombier"]);
  });

  it("takes a missing, extra or swapped letter for a typo in a short word, not another letter", () => {
    expect(index.correct("hotle")).toEqual(["hotel"]);
    expect(index.correct("reste")).toEqual([]);
  });

  it("never corrects words under five letters, nor towards them", () => {
    expect(index.correct("bars")).toEqual([]);
    expect(index.correct("baar")).toEqual([]);
  });
});
