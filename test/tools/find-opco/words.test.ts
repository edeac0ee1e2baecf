import { describe, expect, it } from "vitest";
import { fold, lightStem, normalizeText, stemsOf, typoBudget, words } from "../../../src/tools/find-opco/words";

describe("fold", () => {
  it("lowers case and removes accents and ligatures", () => {
    expect(fold("Œuvre ÉPICÉE à Noël")).toBe("oeuvre epicee a noel");
    expect(normalizeText("L'Hôtel-Restaurant")).toBe(" l hotel restaurant ");
  });
});

describe("words", () => {
  it("gives each word its offsets, folded form and whether punctuation stands before it", () => {
    const text = "Cabinet d'archi, 3 salariés";
    expect(words(text).map((w) => [w.text, text.slice(w.start, w.end), w.pause])).toEqual([
      ["cabinet", "Cabinet", false],
      ["d", "d", false],
      ["archi", "archi", false],
      ["3", "3", true],
      ["salaries", "salariés", false],
    ]);
  });
});

describe("lightStem", () => {
  it.each([
    ["boulangeries", "boulangeri"],
    ["boulangère", "boulanger"],
    ["hôpitaux", "hopital"],
    ["bureaux", "bureau"],
    ["coiffeuse", "coiffeur"],
    ["agricultrice", "agriculteur"],
    ["sportive", "sportif"],
    ["industrielles", "industriel"],
    ["salariée", "salari"],
    ["architectes", "architect"],
  ])("folds the plural or feminine %s onto %s", (word, stem) => {
    expect(lightStem(fold(word))).toBe(stem);
  });

  it("keeps derived words apart: a bakery is not a baker", () => {
    expect(lightStem("boulangerie")).not.toBe(lightStem("boulanger"));
  });

  it("leaves short words and numbers alone", () => {
    expect(lightStem("bar")).toBe("bar");
    expect(lightStem("1486")).toBe("1486");
  });

  it("also gives the English singular of a plural in -ies", () => {
    expect(stemsOf("agencies")).toContain(lightStem("agency"));
  });
});

describe("typoBudget", () => {
  it("allows one edit from five letters, two from nine, none on short words or numbers", () => {
    expect(typoBudget("snak")).toBe(0);
    expect(typoBudget("resto")).toBe(1);
    expect(typoBudget("plombier")).toBe(1);
    expect(typoBudget("boulangerie")).toBe(2);
    expect(typoBudget("123456789")).toBe(0);
  });
});
