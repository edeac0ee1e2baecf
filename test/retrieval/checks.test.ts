import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readCardFiles } from "../../src/node/knowledge-files";
import { checkCards, countSentences } from "../../src/retrieval/checks";
import { BROKEN_DIR, KNOWLEDGE_DIR, ROOT } from "./knowledge-dir";

const today = () => new Date().toISOString().slice(0, 10);

describe("checkCards on the real knowledge base", () => {
  it("finds no problem in knowledge/ today", () => {
    const files = readCardFiles(KNOWLEDGE_DIR);
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(checkCards(files, today())).toEqual([]);
  });

  it("holds complete fr/en pairs with the same ids", () => {
    const files = readCardFiles(KNOWLEDGE_DIR);
    const ids = (lang: string) =>
      files
        .filter((f) => f.lang === lang)
        .map((f) => f.fileId)
        .sort();
    expect(ids("fr")).toEqual(ids("en"));
    expect(ids("fr")).toEqual(
      expect.arrayContaining(["opco-definition", "periode-reconversion", "qualiopi-obligatoire"]),
    );
  });

  it("says the cards are stale once 12 months have passed since their update", () => {
    const problems = checkCards(readCardFiles(KNOWLEDGE_DIR), "2027-12-01");
    expect(problems).toContain(
      "fr/periode-reconversion.md: updated 2026-11-28 is more than 12 months old; re-check the card against its sources",
    );
  });
});

describe("checkCards on broken cards", () => {
  const problems = checkCards(readCardFiles(BROKEN_DIR), "2026-11-23");

  it.each([
    ["invalid front matter", /^fr\/bad-front\.md: questions: /],
    ["non-https source", /^fr\/bad-front\.md: sources\.0\.url: /],
    ["unknown audience", /^fr\/bad-front\.md: audience\.0: /],
    ["missing front matter", /^en\/no-front\.md: no front matter/],
    ["id different from the file name", /^fr\/wrong-id\.md: id "other-id" differs from the file name "wrong-id"/],
    ["lang different from the folder", /^en\/wrong-id\.md: lang "fr" but the card is in en\//],
    ["duplicate id", /^fr\/orphan\.md: duplicate id "orphan" \(also in fr\/copy\.md\)/],
    ["stale card", /^fr\/orphan\.md: updated 2024-01-15 is more than 12 months old/],
    ["short answer of one sentence", /^fr\/orphan\.md: the short answer has 1 sentence\(s\); write 2 to 4/],
    ["short answer too short", /^fr\/orphan\.md: the short answer has \d+ characters/],
    ["broken internal link", /^fr\/orphan\.md: link to carte-absente\.md, which does not exist in fr\//],
    ["missing translation", /^fr\/copy\.md: no en version \(no card with id "orphan" in en\/\)/],
    ["missing translation the other way", /^en\/wrong-id\.md: no fr version \(no card with id "wrong-id" in fr\/\)/],
  ])("reports %s", (_name, pattern) => {
    expect(problems.some((p) => pattern.test(p))).toBe(true);
  });
});

describe("countSentences", () => {
  it("counts sentences and ignores abbreviations such as n°", () => {
    expect(countSentences("Un. Deux ! Trois ?")).toBe(3);
    expect(countSentences("La loi n° 2025-989 du 24 octobre 2025 s'applique. Elle remplace la Pro-A.")).toBe(2);
  });
});

describe("npm run kb:check", () => {
  const run = promisify(execFile);
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");

  it("exits 0 on knowledge/", async () => {
    const { stdout } = await run(tsx, ["scripts/kb-check.ts"], { cwd: ROOT });
    expect(stdout).toMatch(/no problem/);
  });

  it("exits 1 with the list of problems on broken cards", async () => {
    const error = await run(tsx, ["scripts/kb-check.ts", BROKEN_DIR], { cwd: ROOT }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toMatch(/kb:check: \d+ problem\(s\) in 6 card files/);
    expect(error?.stderr).toContain('  - fr/copy.md: no en version (no card with id "orphan" in en/)');
  });
});
