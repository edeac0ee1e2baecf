import { describe, expect, it } from "vitest";
import { ask } from "../../src/retrieval/ask";
import { answeringPassages, passagesOf, quotePassages, splitBlocks, wantedPrior } from "../../src/retrieval/passages";
import { realKnowledge } from "./knowledge-dir";

const body = [
  "The short answer, quoted first.",
  "## Conditions",
  "- Two years as an employee.\n- One year in the [current company](cpf.md).",
  "## Asking for leave",
  "The employee asks in writing:\n- 120 days before a long absence;\n- 60 days before a short one.",
  "The employer answers within 30 days.",
  "## Sources",
  "- [Official page](https://travail-emploi.gouv.fr/)",
].join("\n\n");

describe("a card's body in passages", () => {
  it("keeps each paragraph and each list, under its section, after the short answer and before the sources", () => {
    expect(splitBlocks(body)).toEqual([
      { heading: "Conditions", text: "", items: ["Two years as an employee.", "One year in the current company."] },
      {
        heading: "Asking for leave",
        text: "The employee asks in writing:",
        items: ["120 days before a long absence;", "60 days before a short one."],
      },
      { heading: "Asking for leave", text: "The employer answers within 30 days." },
    ]);
  });

  it("turns a table into a list, one item per row with each cell named by its column (chats show no tables)", () => {
    const table = [
      "Intro.",
      "## Pay",
      "| Year | under 18 | 18-20 |\n|---|---|---|\n| 1st | 27 % | 43 % |\n| 2nd | 39 % | 51 % |",
    ];
    expect(splitBlocks(table.join("\n\n"), "en")).toEqual([
      {
        heading: "Pay",
        text: "",
        items: ["1st (Year) — under 18: 27 %; 18-20: 43 %", "2nd (Year) — under 18: 39 %; 18-20: 51 %"],
      },
    ]);
    const quoted = quotePassages(passagesOf(splitBlocks(table.join("\n\n"), "en")), "en");
    expect(quoted).toEqual([
      "**Pay**:\n- 1st (Year) — under 18: 27 %; 18-20: 43 %\n- 2nd (Year) — under 18: 39 %; 18-20: 51 %",
    ]);
  });

  it("reads a list item with its list's lead-in", () => {
    const passages = passagesOf(splitBlocks(body));
    expect(passages).toHaveLength(5);
    expect(passages[2]).toEqual({
      heading: "Asking for leave",
      lead: "The employee asks in writing:",
      text: "120 days before a long absence;",
    });
  });

  it("quotes items of one list together, under their lead-in once", () => {
    const passages = passagesOf(splitBlocks(body));
    expect(quotePassages([passages[2]!, passages[3]!], "en")).toEqual([
      "**Asking for leave**: The employee asks in writing:\n- 120 days before a long absence;\n- 60 days before a short one.",
    ]);
    expect(quotePassages([passages[4]!], "fr")).toEqual([
      "**Asking for leave** : The employer answers within 30 days.",
    ]);
  });
});

describe("the passages that answer a question", () => {
  const passageTerms = [
    new Set(["two", "year", "employe"]),
    new Set(["day", "leav", "absenc"]),
    new Set(["employ", "answer", "day"]),
  ];

  it("quotes the passage holding the question's rarest terms", () => {
    expect(answeringPassages({ terms: ["absenc", "day"] }, passageTerms, new Set())[0]).toBe(1);
  });

  it("quotes nothing when the short answer already says what is asked", () => {
    expect(answeringPassages({ terms: ["leav"] }, passageTerms, new Set(["leav"]))).toEqual([]);
  });

  it("prefers, at equal words, the passage whose section heading names what is asked", () => {
    const terms = [new Set(["pai", "first"]), new Set(["pai", "first"])];
    const headings = [new Set(["train"]), new Set(["minimum", "pai"])];
    expect(answeringPassages({ terms: ["pai", "first"] }, terms, new Set(), () => 1, headings)[0]).toBe(1);
  });

  it("weighs more, for a question on an amount or a time limit, the passages that hold one", () => {
    const passages = [
      { text: "Le dossier se dépose en ligne." },
      { text: "Le taux est de 0,1 % du chiffre d'affaires." },
    ];
    expect(wantedPrior(passages, "amount")).toEqual([1, 2]);
    expect(wantedPrior([{ text: "La réponse arrive sous deux mois." }, ...passages], "deadline")).toEqual([2, 1, 1]);
    expect(wantedPrior(passages, undefined)).toEqual([]);
  });

  it("lets the question decide over the words around it", () => {
    const picked = answeringPassages({ terms: ["year"], context: ["absenc", "leav"] }, passageTerms, new Set());
    expect(picked[0]).toBe(0);
  });
});

describe("answers quote the card's passage that the question asks about", () => {
  const { kb } = realKnowledge();

  it("a seniority question on the PTP quotes its seniority condition, not only the card's summary", () => {
    const result = ask(kb, "PTP : il faut combien d'ancienneté ?", "fr");
    expect(result.retrieved[0]?.id).toBe("projet-transition-professionnelle");
    expect(result.answer.text).toMatch(/24 mois/);
  });

  it("a question on the notice for PTP leave quotes both notice periods", () => {
    const result = ask(kb, "how many days before the training must I ask for PTP leave?", "en");
    expect(result.answer.text).toMatch(/120 days[\s\S]*60 days/);
  });

  it("a question on an apprentice's minimum pay quotes the pay table", () => {
    const result = ask(kb, "what's the minimum pay of a 19-year-old apprentice?", "en");
    expect(result.retrieved[0]?.id).toBe("contrat-apprentissage");
    expect(result.answer.text).toMatch(/\*\*Minimum pay[^*]*\*\*:\n- 1st \(Year\) — [^\n]*18-20: 43 %/);
  });

  it("a plain definition question gets the summary alone", () => {
    const result = ask(kb, "c'est quoi le PTP ?", "fr");
    const card = kb.cards.fr.get("projet-transition-professionnelle")!;
    expect(result.answer.text).toContain(card.shortAnswer);
    expect(result.answer.text).not.toMatch(/\*\*Conditions\*\*/);
  });
});
