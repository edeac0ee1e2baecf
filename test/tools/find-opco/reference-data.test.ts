import { describe, expect, it } from "vitest";
import lexicon from "../../../knowledge/data/activity-lexicon.json";
import idccTable from "../../../knowledge/data/idcc.json";
import additions from "../../../knowledge/data/idcc-additions.json";
import nafHints from "../../../knowledge/data/naf-hints.json";
import opcos from "../../../knowledge/data/opcos.json";
import { OPCO_IDS } from "../../../src/core/ids";
import { lookupIdcc, lookupNaf, opcoReference } from "../../../src/tools/find-opco/reference-data";
import { fold } from "../../../src/tools/find-opco/words";
import { NAF_DIVISIONS, NAF_LABELS, NAF_SUBCLASSES } from "../../../src/tools/naf-codes";

const ref = opcoReference();

describe("IDCC -> OPCO table", () => {
  it("resolves every row of the table to its OPCO", () => {
    const rows = Object.entries(idccTable.opcos);
    expect(rows.length).toBe(330);
    for (const [idcc, opco] of rows) expect(lookupIdcc(idcc)).toMatchObject({ status: "found", idcc, opco });
  });

  it("resolves every added row, each with a dated source, and the added rows are real gaps", () => {
    for (const row of additions) {
      expect(ref.lookupIdcc(row.idcc)).toMatchObject({ status: "found", opco: row.opco, source: "addition" });
      expect(row.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(idccTable.opcos)).not.toContain(row.idcc);
    }
    expect(lookupIdcc("IDCC 3248")).toMatchObject({ status: "found", opco: "opco-2i", label: "Métallurgie" });
  });

  it("treats 9998 and 9999 as placeholders, not agreements", () => {
    expect(lookupIdcc("9999")).toMatchObject({ status: "placeholder", label: "Sans convention collective" });
    expect(lookupIdcc("9998")).toMatchObject({ status: "placeholder" });
  });

  it("tells an agreement with a title but no OPCO row from an unknown number", () => {
    expect(lookupIdcc("1060")).toMatchObject({ status: "no_opco_row" });
    expect(lookupIdcc("4321")).toEqual({ status: "unknown", idcc: "4321" });
    expect(lookupIdcc("12a")).toBeNull();
  });
});

describe("NAF hints", () => {
  it("cover every NAF division, and so every sub-class of the nomenclature", () => {
    expect(NAF_DIVISIONS).toHaveLength(88);
    for (const division of NAF_DIVISIONS) expect(ref.lookupNaf(division).status, division).toBe("found");
    for (const code of NAF_SUBCLASSES) expect(ref.lookupNaf(code).status, code).toBe("found");
  });

  it("use only codes of the nomenclature, each once", () => {
    const codes = nafHints.map((h) => h.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(NAF_LABELS.has(code), code).toBe(true);
  });

  it("name agreements that belong to the hinted OPCO in the IDCC table", () => {
    for (const hint of nafHints) {
      for (const idcc of hint.idcc)
        expect(ref.lookupIdcc(idcc), `${hint.code} IDCC ${idcc}`).toMatchObject({ status: "found", opco: hint.opco });
      for (const other of hint.also ?? []) {
        for (const idcc of other.idcc)
          expect(ref.lookupIdcc(idcc), `${hint.code} IDCC ${idcc}`).toMatchObject({
            status: "found",
            opco: other.opco,
          });
      }
      if (hint.opco) expect(hint.idcc.length + (hint.confidence === "low" ? 1 : 0), hint.code).toBeGreaterThan(0);
    }
  });

  it("split the divisions shared between OPCOs at the finer level", () => {
    const opcoOf = (code: string) => {
      const hit = lookupNaf(code);
      return hit?.status === "found" ? hit.hint.opco : undefined;
    };
    expect(opcoOf("10.71C")).toBe("opco-ep");
    expect(opcoOf("10.71A")).toBe("ocapiat");
    expect(opcoOf("86.10Z")).toBe("opco-sante");
    expect(lookupNaf("8610Z")).toMatchObject({ hint: { public: "public_hospital" } });
    expect(opcoOf("43.22A")).toBe("constructys");
    expect(opcoOf("56.10A")).toBe("akto");
    expect(opcoOf("6201Z")).toBe("atlas");
    expect(opcoOf("69.20Z")).toBe("atlas");
    expect(opcoOf("69.10Z")).toBe("opco-ep");
    expect(opcoOf("84.11Z")).toBeNull();
  });
});

describe("every OPCO is reachable", () => {
  it("from the IDCC table, the NAF hints and the activity lexicon, and its branches resolve to it", () => {
    const fromIdcc = new Set(Object.values(idccTable.opcos));
    const fromNaf = new Set(nafHints.map((h) => h.opco));
    const fromLexicon = new Set(
      ref.matchActivity(lexicon.activities.map((a) => a.terms[0]).join(". ")).map((a) => a.opco),
    );
    for (const id of OPCO_IDS) {
      expect(fromIdcc.has(id), id).toBe(true);
      expect(fromNaf.has(id), id).toBe(true);
      expect(fromLexicon.has(id), id).toBe(true);
    }
    for (const opco of opcos) {
      for (const branch of opco.branches)
        expect(ref.lookupIdcc(branch.idcc), `${opco.id} ${branch.idcc}`).toMatchObject({
          status: "found",
          opco: opco.id,
        });
    }
  });
});

describe("activity lexicon", () => {
  it("rests each activity on agreements of one OPCO in the IDCC tables, a NAF sub-class, an OPCO or a public employer", () => {
    for (const entry of lexicon.activities) {
      const name = entry.terms[0];
      const idccs = "idcc" in entry ? (entry.idcc as string[]) : [];
      const opcosOf = new Set(
        idccs.map((idcc) => ref.lookupIdcc(idcc)).map((hit) => hit.status === "found" && hit.opco),
      );
      for (const idcc of idccs) expect(ref.lookupIdcc(idcc).status, `${name} IDCC ${idcc}`).toBe("found");
      expect(opcosOf.size, `${name}: one OPCO`).toBeLessThanOrEqual(1);
      if ("naf" in entry) expect(NAF_SUBCLASSES, name).toContain(entry.naf);
      expect(idccs.length || "naf" in entry || "opco" in entry || "public" in entry, name).toBeTruthy();
    }
  });

  it("lists each term once: no two activities compete for the same words", () => {
    expect(ref.prepareActivities().conflicts).toEqual([]);
  });

  it("gives every colloquial word the official label of what it rests on", () => {
    expect(ref.matchActivity("cabinet d'archi")[0]).toMatchObject({ label: NAF_LABELS.get("71.11Z"), idcc: ["2332"] });
    expect(ref.matchActivity("asso de foot")[0]).toMatchObject({ label: NAF_LABELS.get("93.12Z"), idcc: ["2511"] });
  });

  it("writes its words as people do; the index folds accents and case itself", () => {
    const terms = lexicon.activities.flatMap((a) => a.terms);
    expect(terms).toContain("boîte de BTP");
    expect(new Set(terms.map(fold)).size).toBe(terms.length);
  });
});
