import { describe, expect, it } from "vitest";
import { loadUnderstandingModel } from "../../src/understanding/bundled";
import { normalize } from "../../src/understanding/text";

const { realWords } = loadUnderstandingModel();
const read = (text: string, lang: "fr" | "en" = "fr") => normalize(text, lang, realWords);

describe("text as the understanding stage reads it", () => {
  it("puts mistyped domain words right", () => {
    expect(read("une formaiton en comtabilité chez un organsime")).toContain("formation");
    expect(read("ma comtable")).toBe("ma comptable");
    expect(read("apprentisage")).toBe("apprentissage");
    expect(read("is my provider qualiopie certifed?", "en")).toContain("certified");
  });

  it("never takes a real word for a typo of a domain word", () => {
    expect(read("mon salaire pendant la formation")).toBe("mon salaire pendant la formation");
    expect(read("je veux apprendre excel")).toBe("je veux apprendre excel");
    expect(read("une information sur l'urbanisme")).toBe("une information sur l'urbanisme");
    expect(read("demander à mon employeur")).toBe("demander a mon employeur");
    expect(read("an uncertified provider, who do I contact?", "en")).toBe("an uncertified provider, who do i contact?");
    expect(read("I am employed, finding a course", "en")).toBe("i am employed, finding a course");
  });

  it("keeps the old names people still write: an OPCA is not a mistyped OPCO", () => {
    expect(read("opca ou opco c'est pareil ?")).toBe("opca ou opco c'est pareil ?");
  });

  it("spells out SMS abbreviations of the message's language only", () => {
    expect(read("bjr jsp si jai droit")).toBe("bonjour je sais pas si j'ai droit");
    expect(read("24 mois dont 12 dans l'entreprise")).toBe("24 mois dont 12 dans l'entreprise");
    expect(read("idk if u can help, i dont know", "en")).toBe("i don't know if you can help, i don't know");
  });
});
