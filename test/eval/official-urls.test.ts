import { describe, expect, it } from "vitest";
import { citationProblems, isOfficialUrl, validCitations } from "../../eval/official-urls";
import { loadBundledKnowledge } from "../../src/retrieval/bundled";

describe("isOfficialUrl", () => {
  it("accepts https pages of the State, public bodies and the OPCOs of knowledge/data/opcos.json", () => {
    for (const url of [
      "https://travail-emploi.gouv.fr/la-preparation-operationnelle-lemploi-collective-poec",
      "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385732",
      "https://www.moncompteformation.gouv.fr/espace-public/",
      "https://www.service-public.fr/particuliers/vosdroits/F2918",
      "https://www.francecompetences.fr/",
      "https://www.opco-atlas.fr/",
      "https://www.lopcommerce.com/",
    ])
      expect(isOfficialUrl(url), url).toBe(true);
  });

  it("refuses plain http, look-alike hosts, other sites and garbage", () => {
    for (const url of [
      "http://www.service-public.fr/",
      "https://gouv.fr.example.com/",
      "https://notgouv.fr/",
      "https://www.wikipedia.org/",
      "not a url",
      "https://user:pw@www.service-public.fr/",
    ])
      expect(isOfficialUrl(url), url).toBe(false);
  });

  it("holds for every source of every card in the knowledge base", () => {
    const kb = loadBundledKnowledge();
    const urls = [...kb.cards.fr.values(), ...kb.cards.en.values()].flatMap((card) => card.sources.map((s) => s.url));
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((url) => !isOfficialUrl(url))).toEqual([]);
  });
});

describe("citation checks", () => {
  const exists = (id: string) => ["cpf", "vae"].includes(id);
  it("reports unknown card ids and unofficial URLs, and counts the valid citations", () => {
    const citations = [
      { id: "cpf", url: "https://www.service-public.fr/x" },
      { id: "made-up" },
      { id: "vae", url: "https://example.com/vae" },
    ];
    expect(citationProblems(citations, exists)).toEqual([
      "unknown card id made-up",
      "not an official https page: https://example.com/vae",
    ]);
    expect(validCitations(citations, exists)).toBe(1);
  });
});
