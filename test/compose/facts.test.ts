import { describe, expect, it } from "vitest";
import opcosJson from "../../knowledge/data/opcos.json";
import { extractFacts, normaliseNumber, opcoPattern } from "../../src/compose/facts";

const opcos = opcoPattern(opcosJson.map((o) => ({ id: o.id, names: [o.name, ...o.aliases] })));
const keys = (text: string) => extractFacts(text, opcos).map((fact) => fact.key);

describe("normaliseNumber", () => {
  it("reads French and English thousands and decimals alike", () => {
    expect(normaliseNumber("1 500")).toBe("1500");
    expect(normaliseNumber("1\u202f500")).toBe("1500");
    expect(normaliseNumber("1,500")).toBe("1500");
    expect(normaliseNumber("1.500")).toBe("1500");
    expect(normaliseNumber("0,55")).toBe("0.55");
    expect(normaliseNumber("12.50")).toBe("12.5");
    expect(normaliseNumber("1 234,5")).toBe("1234.5");
  });
});

describe("extractFacts", () => {
  it("reads amounts however they are written", () => {
    expect(keys("jusqu'à 5 000 € la première année")).toEqual(["amount:5000"]);
    expect(keys("up to €5,000, or 5000 euros, or 5 k€")).toEqual(["amount:5000", "amount:5000", "amount:5000"]);
  });

  it("reads percentages and durations with their unit, in both languages", () => {
    expect(keys("0,55 % de la masse salariale")).toEqual(["percent:0.55"]);
    expect(keys("1 percent of wages")).toEqual(["percent:1"]);
    expect(keys("au plus 24 heures, sous 30 jours")).toEqual(["duration:24:hour", "duration:30:day"]);
    expect(keys("at most 24 hours, within 30 days, 2 months, 3 years")).toEqual([
      "duration:24:hour",
      "duration:30:day",
      "duration:2:month",
      "duration:3:year",
    ]);
  });

  it("reads dates and deadlines, French and English, to the same keys", () => {
    expect(keys("avant le 31 décembre 2026")).toEqual(["date:2026-12-31"]);
    expect(keys("before December 31, 2026")).toEqual(["date:2026-12-31"]);
    expect(keys("from 1er mars 2026")).toEqual(["date:2026-03-01"]);
    expect(keys("le 2026-03-08 ou le 08/03/2026")).toEqual(["date:2026-03-08", "date:2026-03-08"]);
    expect(keys("depuis janvier 2026")).toEqual(["date:2026-01"]);
    // A full date implies its month and its day: a source with it grounds a vaguer reply.
    expect(extractFacts("le 31 décembre 2026", opcos)[0]?.implied).toEqual(["date:--12-31", "date:2026-12"]);
  });

  it("reads the OPCO by any of its names, the longest name first", () => {
    expect(keys("Votre OPCO est Atlas.")).toEqual(["opco:atlas"]);
    expect(keys("l'OPCO de la santé, puis Opco Sante, puis OPCO EP")).toEqual([
      "opco:opco-sante",
      "opco:opco-sante",
      "opco:opco-ep",
    ]);
    expect(keys("akto or AKTO")).toEqual(["opco:akto", "opco:akto"]);
    expect(keys("un OPCO finance la formation")).toEqual([]);
  });

  it("reads eligibility verdicts with their polarity", () => {
    expect(keys("Vous êtes éligible au CPF.")).toEqual(["verdict:yes"]);
    expect(keys("Vous n'êtes pas éligible à Pro-A.")).toEqual(["verdict:no"]);
    expect(keys("You are not eligible.")).toEqual(["verdict:no"]);
    expect(keys("You may be eligible.")).toEqual(["verdict:maybe"]);
    expect(keys("Vous avez droit au CPF")).toEqual(["verdict:yes"]);
  });

  it("does not read identifiers, step numbers or plain counts as facts", () => {
    expect(keys("IDCC 1486, SIRET 552 100 554 00015, étape 2 sur 6")).toEqual([]);
  });
});
