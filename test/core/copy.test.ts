import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fillClauses, PLACEHOLDER } from "../../src/core/lang";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

/** Every `copy.json` of src/: the words of each area, next to the `copy.ts` that types them. */
const COPY_FILES = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith("copy.json") && !path.startsWith("generated"))
  .sort();

const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

const isObject = (node: unknown): node is Record<string, unknown> =>
  typeof node === "object" && node !== null && !Array.isArray(node);
const isBilingual = (node: unknown): node is { fr: unknown; en: unknown } =>
  isObject(node) && Object.keys(node).sort().join() === "en,fr";

/**
 * What is wrong with a node of copy: every text is in both languages (`{ fr, en }`, or a French
 * and an English tree of the same shape, such as a list per language), neither empty, with the
 * same placeholders.
 */
function problems(node: unknown, path: string): string[] {
  if (isBilingual(node)) return pairProblems(node.fr, node.en, path);
  if (Array.isArray(node)) return node.flatMap((item, i) => problems(item, `${path}[${i}]`));
  if (isObject(node)) return Object.entries(node).flatMap(([key, value]) => problems(value, `${path}.${key}`));
  return [`${path}: ${JSON.stringify(node)} is not in both languages`];
}

function pairProblems(fr: unknown, en: unknown, path: string): string[] {
  if (typeof fr === "string" && typeof en === "string") {
    if (!fr.trim() || !en.trim()) return [`${path}: an empty text`];
    const [inFr, inEn] = [placeholders(fr), placeholders(en)];
    return inFr.join() === inEn.join() ? [] : [`${path}: placeholders {${inFr}} in French, {${inEn}} in English`];
  }
  if (Array.isArray(fr) && Array.isArray(en)) {
    if (fr.length !== en.length) return [`${path}: ${fr.length} items in French, ${en.length} in English`];
    return fr.flatMap((item, i) => pairProblems(item, en[i], `${path}[${i}]`));
  }
  if (isObject(fr) && isObject(en)) {
    const keys = Object.keys(fr).sort().join();
    if (keys !== Object.keys(en).sort().join()) return [`${path}: not the same keys in French and in English`];
    return Object.keys(fr).flatMap((key) => pairProblems(fr[key], en[key], `${path}.${key}`));
  }
  return [`${path}: not the same shape in French and in English`];
}

/** The strings of a module's exports, with where they are (functions are left out: they are built at run time). */
function strings(node: unknown, path: string): [string, string][] {
  if (typeof node === "string") return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (isObject(node)) return Object.entries(node).flatMap(([key, value]) => strings(value, `${path}.${key}`));
  return [];
}

describe("the copy files", () => {
  it("are found, one per area that speaks", () => {
    expect(COPY_FILES.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of COPY_FILES) {
    describe(file, () => {
      it("say every text in French and in English, neither empty, with the same placeholders", () => {
        const copy: unknown = JSON.parse(readFileSync(join(SRC, file), "utf8"));
        expect(problems(copy, file)).toEqual([]);
      });

      it("leave no placeholder unfilled in what their module exports", async () => {
        const module: Record<string, unknown> = await import(join(SRC, file.replace(/\.json$/, ".ts")));
        const unfilled = strings(module, file).filter(([, text]) => placeholders(text).length);
        expect(unfilled).toEqual([]);
      });
    });
  }
});

describe("fillClauses", () => {
  const clauses = { fee: { fr: "des frais de 10 €", en: "a EUR 10 fee" } };

  it("fills each language of a bilingual text with the same language of the clause", () => {
    expect(fillClauses({ why: { fr: "Avec {fee}.", en: "With {fee}, twice: {fee}." } }, clauses)).toEqual({
      why: { fr: "Avec des frais de 10 €.", en: "With a EUR 10 fee, twice: a EUR 10 fee." },
    });
  });

  it("goes through nested objects and lists, and leaves texts without a placeholder as they are", () => {
    const copy = { list: [{ label: { fr: "{fee}", en: "{fee}" } }], plain: { fr: "Oui", en: "Yes" }, n: 3 };
    expect(fillClauses(copy, clauses)).toEqual({
      list: [{ label: { fr: "des frais de 10 €", en: "a EUR 10 fee" } }],
      plain: { fr: "Oui", en: "Yes" },
      n: 3,
    });
  });

  it("throws on a placeholder it has no clause for", () => {
    expect(() => fillClauses({ fr: "{fees}", en: "{fees}" }, clauses)).toThrow(/\{fees\}/);
  });
});
