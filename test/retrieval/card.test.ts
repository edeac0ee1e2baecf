import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { firstParagraph, internalLinks, parseCard, splitFrontMatter } from "../../src/retrieval/card";
import { BROKEN_DIR, KNOWLEDGE_DIR } from "./knowledge-dir";

const read = (path: string) => readFileSync(path, "utf8");
const yaml = (source: string) => parseYaml(source) as unknown;

describe("parseCard", () => {
  it("parses a real card: front matter, short answer = first paragraph, links to sibling cards", () => {
    const result = parseCard(read(join(KNOWLEDGE_DIR, "fr", "periode-reconversion.md")), yaml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { card } = result;
    expect(card).toMatchObject({
      id: "periode-reconversion",
      lang: "fr",
      updated: "2026-11-28",
      schemes: expect.arrayContaining(["periode-reconversion"]),
    });
    expect(card.sources[0]).toEqual({
      url: "https://travail-emploi.gouv.fr/la-periode-de-reconversion",
      title: "La période de reconversion",
      date: "2026-03-05",
    });
    expect(card.shortAnswer).toMatch(/^Depuis le 1er février 2026/);
    expect(card.shortAnswer).toMatch(/150 à 450 heures/);
    expect(card.shortAnswer).not.toContain("\n");
    expect(card.links.sort()).toEqual(["opco-definition", "qualiopi-obligatoire"]);
  });

  it("names every invalid field of the front matter", () => {
    const result = parseCard(read(join(BROKEN_DIR, "fr", "bad-front.md")), yaml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.join("\n");
    expect(text).toMatch(/^questions:/m);
    expect(text).toMatch(/^audience\.0:/m);
    expect(text).toMatch(/^sources\.0\.url:/m);
  });

  it("refuses a file without front matter and invalid YAML", () => {
    expect(parseCard(read(join(BROKEN_DIR, "en", "no-front.md")), yaml)).toEqual({
      ok: false,
      problems: [expect.stringContaining("no front matter")],
    });
    const broken = parseCard("---\nid: [unclosed\n---\nBody.", yaml);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatch(/not valid YAML/);
  });
});

describe("card text helpers", () => {
  it("splits the front matter from the body", () => {
    expect(splitFrontMatter("---\na: 1\n---\n\nHello.\n")).toEqual({ frontMatter: "a: 1", body: "Hello." });
    expect(splitFrontMatter("# No front matter")).toBeNull();
  });

  it("takes the first paragraph on one line and the relative .md links", () => {
    expect(firstParagraph("One line\nsame paragraph.\n\nSecond.")).toBe("One line same paragraph.");
    expect(internalLinks("See [a](cpf.md), [b](./vae.md#x), [c](https://x.fr/a.md) and [a again](cpf.md).")).toEqual([
      "cpf",
      "vae",
    ]);
  });
});
