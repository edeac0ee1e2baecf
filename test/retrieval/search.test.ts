import { describe, expect, it } from "vitest";
import { normalizeQuery } from "../../src/retrieval/normalize";
import { searchKnowledge, snippet } from "../../src/retrieval/search";
import { expandQuery } from "../../src/retrieval/synonyms";
import { realKnowledge } from "./knowledge-dir";

const { kb } = realKnowledge();
const top = (query: string, lang?: "fr" | "en") => searchKnowledge(kb, query, { lang }).results[0];

describe("searchKnowledge on the real cards", () => {
  it.each([
    ["C'est quoi un OPCO ?", "opco-definition"],
    ["what is an OPCO", "opco-definition"],
    ["I'm a civil servant, who funds my training?", "agents-publics-formation"],
    ["Is Qualiopi mandatory?", "qualiopi-obligatoire"],
    ["is e-learning funded by the opco", "formation-a-distance"],
    ["on a pas de convention collective, c'est quel opco ?", "entreprise-sans-convention-collective"],
    // Two cards answer it: the documents after the training, and how the OPCO pays (invoice and proofs).
    [
      "which documents after the training to get reimbursed",
      ["documents-apres-formation", "opco-paiement-facturation"],
    ],
    ["quels documents avant la formation", "documents-avant-formation"],
    ["Qualiopi c'est obligatoire pour être financé ?", "qualiopi-obligatoire"],
    ["combien d'heures dure une période de reconversion", "periode-reconversion"],
    ["What does an OPCO do?", "opco-definition"],
    ["Is Qualiopi mandatory for my training provider?", "qualiopi-obligatoire"],
    ["How long does the OPCO take to answer a retraining request?", "periode-reconversion"],
  ] as [string, string | string[]][])("finds the right card for %j", (query, id) => {
    expect([id].flat()).toContain(top(query)?.id);
  });

  it("tolerates missing accents, capitals and typos", () => {
    expect(top("PERIODE DE RECONVERSION")?.id).toBe("periode-reconversion");
    expect(top("qualiopie obligatoir")?.id).toBe("qualiopi-obligatoire");
  });

  it("expands old names and acronyms: Pro-A and Transco lead to the période de reconversion, OPCA to the OPCO", () => {
    // "Does Pro-A still exist?" is answered by the card on its end and what replaced it.
    expect(top("la Pro-A existe encore ?")?.id).toBe("pro-a-transitions-collectives-fin");
    expect(top("transco 2026")?.id).toBe("periode-reconversion");
    // With the whole base, the card on the OPCAs and what replaced them answers this best.
    expect(top("c koi un OPCA")?.id).toBe("opca-vers-opco");
  });

  it("answers across languages: an English question about a French term, in English", () => {
    const { lang, results } = searchKnowledge(kb, "what about the période de reconversion");
    expect(lang).toBe("en");
    expect(results[0]).toMatchObject({
      id: "periode-reconversion",
      lang: "en",
      title: "The période de reconversion (since February 2026)",
    });
  });

  it("presents results in the requested language with a snippet and the official URL", () => {
    const { results } = searchKnowledge(kb, "Qualiopi obligatoire", { lang: "fr", limit: 2 });
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      id: "qualiopi-obligatoire",
      lang: "fr",
      title: "La certification Qualiopi est-elle obligatoire ?",
      url: "https://travail-emploi.gouv.fr/qualiopi-marque-de-certification-qualite-des-prestataires-de-formation",
    });
    expect(results[0]?.snippet).toMatch(/^Oui : depuis le 1er janvier 2022/);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it("returns nothing for a query made only of punctuation", () => {
    expect(searchKnowledge(kb, " ?! ").results).toEqual([]);
  });
});

describe("query helpers", () => {
  it("normalises accents, apostrophes and punctuation", () => {
    expect(normalizeQuery("L'OPCO  prend-il en charge la Période ?")).toBe("l opco prend il en charge la periode");
  });

  it("adds the canonical form of the synonyms it finds, and keeps acronyms in capitals apart from words", () => {
    expect(expandQuery("Pro-A").text).toBe("pro a periode de reconversion");
    expect(expandQuery("apprenticeship costs").text).toContain("apprentissage");
    expect(expandQuery("quel OF choisir").text).toContain("organisme de formation");
    expect(expandQuery("the cost of training").text).not.toContain("organisme de formation");
  });

  it("cuts snippets on a word", () => {
    expect(snippet("un deux trois quatre", 12)).toBe("un deux…");
  });
});

describe("whole terms only", () => {
  it('does not let a short word reach every term it starts: "OPCO" is not "Opcommerce", "e-learning" is not every word in e', () => {
    expect(searchKnowledge(kb, "OPCO", { limit: 3 }).results.map((r) => r.id)).not.toContain("opcommerce");
    expect(top("e-learning")?.id).toBe("formation-a-distance");
  });
});

describe("typo tolerance", () => {
  it("falls back to one-letter tolerance when no word matches exactly", () => {
    // Four cards are about Qualiopi; the typo must still reach them, and nothing else first.
    const { results } = searchKnowledge(kb, "qualiopo", { limit: 4 });
    expect(results.map((r) => r.id).sort()).toEqual([
      "organisme-formation-preuves-qualiopi",
      "qualiopi-categories",
      "qualiopi-obligatoire",
      "verifier-qualiopi",
    ]);
  });
});
