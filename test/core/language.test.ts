import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/core/language";

describe("detectLanguage", () => {
  it.each([
    ["Bonjour, je dirige une PME de 12 salariés", "fr"],
    ["Comment financer une formation ?", "fr"],
    ["Mon OPCO refuse la prise en charge", "fr"],
    ["qui paie la formation", "fr"],
    ["Hello, I run a small company with 12 employees", "en"],
    ["How do I get my training funded?", "en"],
    ["What is an OPCO and who pays for it", "en"],
    ["which OPCO for a bakery", "en"],
  ])("%s -> %s", (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it("is not sure of a single word, so a command like 'résumé' does not switch an English session", () => {
    expect(detectLanguage("résumé", "en")).toMatchObject({ lang: "fr", confident: false });
    expect(detectLanguage("Bonjour")).toMatchObject({ lang: "fr", confident: false });
  });

  it("falls back to the session language when the text has no signal", () => {
    for (const text of ["12", "🙂🙂", "IDCC 1486", "OPCO"]) {
      expect(detectLanguage(text, "en")).toEqual({ lang: "en", confident: false });
      expect(detectLanguage(text, "fr").lang).toBe("fr");
    }
  });
});
