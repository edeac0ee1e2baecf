import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { isoDate, type OfficialSheet, staleSources } from "../../src/retrieval/freshness";
import { realKnowledge } from "./knowledge-dir";

const require = createRequire(import.meta.url);
const sheets = JSON.parse(
  readFileSync(require.resolve("@socialgouv/fiches-travail-data/data/fiches-travail.json"), "utf8"),
) as OfficialSheet[];
const { cards } = realKnowledge();

describe("staleSources against the official travail-emploi data", () => {
  it("finds no official sheet newer than the real cards, and reports the sources the sheets do not hold", () => {
    const stale = staleSources(cards, sheets);
    expect(stale.filter((s) => s.status === "newer")).toEqual([]);
    // travail-emploi pages that are not "fiches" (news, the OPCO list, Qualiopi pages) are not in
    // the data set: they are reported, and no other source may go missing.
    expect([...new Set(stale.map((s) => s.url))].sort()).toEqual([
      "https://travail-emploi.gouv.fr/entree-en-vigueur-des-nouveaux-niveaux-de-prise-en-charge-des-contrats-dapprentissage",
      "https://travail-emploi.gouv.fr/les-operateurs-de-competences-opco",
      "https://travail-emploi.gouv.fr/qualiopi-marque-de-certification-qualite-des-prestataires-de-formation",
    ]);
  });

  it("reports a card checked before its source changed, and a source that left the data", () => {
    const card = cards.find((c) => c.id === "periode-reconversion" && c.lang === "fr")!;
    const old = { ...card, updated: "2026-01-10" };
    const gone = {
      ...card,
      sources: [{ ...card.sources[0]!, url: "https://travail-emploi.gouv.fr/une-page-retiree" }],
    };
    expect(staleSources([old, gone], sheets)).toEqual([
      {
        id: "periode-reconversion",
        lang: "fr",
        url: "https://travail-emploi.gouv.fr/la-periode-de-reconversion",
        updated: "2026-01-10",
        status: "newer",
        officialDate: "2026-03-05",
      },
      {
        id: "periode-reconversion",
        lang: "fr",
        url: "https://travail-emploi.gouv.fr/une-page-retiree",
        updated: card.updated,
        status: "missing",
      },
    ]);
  });

  it("reads the data's DD/MM/YYYY dates", () => {
    expect(isoDate("05/03/2026")).toBe("2026-03-05");
  });
});
