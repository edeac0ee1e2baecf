import { describe, expect, it } from "vitest";
import { ask } from "../../src/retrieval/ask";
import { answeringPassages, passagesOf, quotePassages, splitBlocks } from "../../src/retrieval/passages";
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

  it("a plain definition question gets the summary alone", () => {
    const result = ask(kb, "c'est quoi le PTP ?", "fr");
    const card = kb.cards.fr.get("projet-transition-professionnelle")!;
    expect(result.answer.text).toContain(card.shortAnswer);
    expect(result.answer.text).not.toMatch(/\*\*Conditions\*\*/);
  });
});
