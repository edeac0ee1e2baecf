import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type RawData, save } from "@orama/orama";
import { describe, expect, it } from "vitest";
import pkg from "../../package.json";
import type { Card } from "../../src/retrieval/card";
import { buildIndex, loadIndex, searchWholeTerms, serializeIndex } from "../../src/retrieval/orama";

/**
 * The contract src/retrieval/orama.ts relies on when it calls Orama's index component directly:
 * if an upgrade of Orama changes it, these fail before retrieval silently degrades.
 */

const card = (id: string, title: string, body: string): Card => ({
  id,
  lang: "en",
  title,
  questions: [title],
  audience: ["employer"],
  schemes: [],
  sources: [{ url: "https://travail-emploi.gouv.fr/", title: "Source", date: "2026-01-01" }],
  updated: "2026-01-01",
  shortAnswer: body,
  body,
  links: [],
});

const index = buildIndex("en", [
  card("commerce", "Opcommerce covers retail", "The retail branch and its shops."),
  card("definition", "What is an OPCO", "An OPCO funds training for companies."),
  card("quality", "Qualiopi certification", "Providers need Qualiopi for public funding."),
  card("plan", "The skills plan", "Employers fund training in their skills plan; an OPCO helps small firms."),
]);
const ids = (
  text: string,
  tolerance = 0,
  boost: Record<string, number> = { title: 1.5, questions: 2, body: 1, tags: 1 },
) => searchWholeTerms(index, text, { tolerance, boost }).map(([id]) => id);

describe("Orama's index search, as retrieval calls it", () => {
  it("is the Orama version package.json pins exactly", () => {
    const require = createRequire(import.meta.url);
    const installed = JSON.parse(readFileSync(require.resolve("@orama/orama/package.json"), "utf8")) as {
      version: string;
    };
    expect(pkg.dependencies["@orama/orama"]).toBe(installed.version);
  });

  it("matches whole terms only: 'opco' does not reach 'opcommerce'", () => {
    expect(ids("opco")).not.toContain("commerce");
    expect(ids("opco")).toEqual(expect.arrayContaining(["definition", "plan"]));
  });

  it("finds a document holding any of the terms, scored higher when it holds more", () => {
    const found = ids("qualiopi retail");
    expect(found).toEqual(expect.arrayContaining(["quality", "commerce"]));
    const both = searchWholeTerms(index, "opco training", { tolerance: 0, boost: { body: 1, title: 1 } });
    expect(both.map(([id]) => id)).toContain("plan");
  });

  it("weighs a field by its boost", () => {
    const titleFirst = ids("opco", 0, { title: 10, body: 1 });
    expect(titleFirst[0]).toBe("definition");
  });

  it("tolerates typos only when asked to", () => {
    expect(ids("qualopi")).toEqual([]);
    expect(ids("qualopi", 1)).toContain("quality");
  });

  it("restores exactly the index Orama saved: every posting, frequency and length", () => {
    const shipped = loadIndex("en", JSON.parse(JSON.stringify(serializeIndex(index))));
    expect((save(shipped) as RawData & { index: unknown }).index).toEqual(
      (save(index) as RawData & { index: unknown }).index,
    );
  });

  it("ships less than Orama's own save: no stored text, words and frequencies implied", () => {
    const shipped = JSON.stringify(serializeIndex(index));
    expect(shipped).not.toContain("Providers need Qualiopi");
    expect(shipped.length).toBeLessThan(JSON.stringify(save(index)).length);
  });

  it("searches the same after a save and a load, the stored documents cut down to their ids", () => {
    const shipped = loadIndex("en", serializeIndex(index));
    for (const query of ["opco", "qualiopi retail", "training"]) {
      expect(searchWholeTerms(shipped, query, { tolerance: 0, boost: { title: 1, body: 1 } })).toEqual(
        searchWholeTerms(index, query, { tolerance: 0, boost: { title: 1, body: 1 } }),
      );
    }
  });

  it("gives the cards' own ids back", () => {
    for (const id of ids("training opco qualiopi retail"))
      expect(["commerce", "definition", "quality", "plan"]).toContain(id);
  });
});
