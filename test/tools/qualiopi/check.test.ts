import { describe, expect, it } from "vitest";
import {
  type CheckQualiopiDeps,
  type CheckQualiopiInput,
  CheckQualiopiOutputSchema,
  checkQualiopi,
} from "../../../src/tools/qualiopi/check";
import {
  type DirectoryLookup,
  directorySource,
  type QualiopiDirectory,
} from "../../../src/tools/qualiopi/directory-source";
import { createMemoryRegistry } from "../../../src/tools/qualiopi/memory-registry";
import { FIXTURE_AS_OF, fixtureRegistry, ORGS } from "../../fixtures/qualiopi";

const registry = await fixtureRegistry();
const local = { sources: [registry] };
const check = async (input: CheckQualiopiInput, deps: CheckQualiopiDeps = local) =>
  CheckQualiopiOutputSchema.parse(await checkQualiopi(input, deps));

/** A company directory answering from a table, recording the ids asked. */
function directory(answers: Record<string, DirectoryLookup | Error>): QualiopiDirectory & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async lookup(id) {
      asked.push(id);
      const answer = answers[id] ?? { status: "not_found" };
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

describe("checkQualiopi with the local registry", () => {
  it("answers certified with the categories, the organisation, the source and its date", async () => {
    const out = await check({ siret: ORGS.atelier.siret });
    expect(out).toMatchObject({
      status: "certified",
      organisation: {
        name: ORGS.atelier.name,
        siren: ORGS.atelier.siren,
        siret: ORGS.atelier.siret,
        nda: ORGS.atelier.nda,
        city: "Lyon",
      },
      categories: [
        { id: "actions-formation", label: "actions de formation" },
        { id: "apprentissage", label: "actions de formation par apprentissage" },
      ],
      source: "registry",
      asOf: FIXTURE_AS_OF,
    });
    expect(out.explanation).toContain("certifié Qualiopi");
    expect(out.explanation).toContain(FIXTURE_AS_OF);
  });

  it("explains in English when asked", async () => {
    const out = await check({ nda: ORGS.bilan.nda, lang: "en" });
    expect(out.categories).toEqual([{ id: "bilans-competences", label: "skills assessments (bilans de compétences)" }]);
    expect(out.explanation).toMatch(/^Cabinet Bilan & Orientation is Qualiopi-certified/);
  });

  it("answers not_certified for a declared organisation without certificate, and says what it means", async () => {
    const out = await check({ siren: ORGS.pain.siren });
    expect(out).toMatchObject({
      status: "not_certified",
      organisation: { name: ORGS.pain.name },
      source: "registry",
      asOf: FIXTURE_AS_OF,
    });
    expect(out.categories).toBeUndefined();
    expect(out.explanation).toContain("sans certification Qualiopi");
    expect((await check({ nda: ORGS.langues.nda })).status).toBe("not_certified");
  });

  it("by SIREN, is certified when one of the legal unit's declarations is", async () => {
    const out = await check({ siren: ORGS.groupeRennes.siren });
    expect(out).toMatchObject({
      status: "certified",
      organisation: { nda: ORGS.groupeBrest.nda },
      categories: [{ id: "bilans-competences" }],
    });
  });

  it("retries an establishment's SIRET unknown to the list by its SIREN", async () => {
    const otherEstablishment = "80412577100258";
    const out = await check({ siret: otherEstablishment });
    expect(out).toMatchObject({ status: "certified", organisation: { name: ORGS.sud.name, siret: ORGS.sud.siret } });
  });

  it("by name, answers about the best match and lists the others", async () => {
    const exact = await check({ name: "Formations Sud; Conseil et Accompagnement" });
    expect(exact).toMatchObject({ status: "certified", organisation: { nda: ORGS.sud.nda } });
    expect(exact.candidates).toBeUndefined();
    const several = await check({ name: "compétences ouest", lang: "en" });
    expect(several).toMatchObject({
      status: "not_certified",
      organisation: { nda: ORGS.groupeRennes.nda },
      candidates: [{ nda: ORGS.groupeBrest.nda }],
    });
    expect(several.explanation).toContain("2 organisations match this name");
  });

  it("answers unknown, with the list's date and how to check, for an organisation not in the list", async () => {
    const out = await check({ siren: "356000000" });
    expect(out).toMatchObject({ status: "unknown", source: "none", asOf: FIXTURE_AS_OF });
    expect(out.organisation).toBeUndefined();
    expect(out.explanation).toContain("n'apparaît pas dans la liste officielle");
    expect(out.explanation).toContain("data.gouv.fr");
    expect(out.explanation).toContain("certificat Qualiopi");
  });

  it("answers unknown and how to check when there is no data at all", async () => {
    for (const deps of [{ sources: [] }, { sources: [createMemoryRegistry({ asOf: "", organisations: [] })] }]) {
      const out = await check({ siret: ORGS.atelier.siret, lang: "en" }, deps);
      expect(out).toEqual({
        status: "unknown",
        source: "none",
        explanation: expect.stringContaining("No source could tell"),
      });
      expect(out.explanation).toContain("data.gouv.fr");
    }
  });
});

describe("checkQualiopi with an invalid identifier", () => {
  it.each([
    [{ siret: "4231587650021" }, "le SIRET compte 14 chiffres, « 4231587650021 » en a 13"],
    [{ siret: "42315876500219" }, "la clé de contrôle (algorithme de Luhn) est fausse pour le SIRET 42315876500219"],
    [{ siren: "12345678X" }, "le SIREN ne doit contenir que des chiffres"],
    [{ siren: "423158766" }, "algorithme de Luhn"],
    [{ nda: "846912345" }, "le numéro de déclaration d'activité (NDA) compte 11 chiffres"],
  ])("%o -> invalid_identifier and why", async (input, why) => {
    const out = await check(input);
    expect(out).toMatchObject({ status: "invalid_identifier", source: "none" });
    expect(out.explanation).toContain(why);
  });

  it("explains in English too", async () => {
    const out = await check({ siren: "423158766", lang: "en" });
    expect(out.explanation).toBe(
      "Invalid identifier: the check digit (Luhn algorithm) of the SIREN 423158766 is wrong: a digit is probably mistyped. Check the number on a quote, an invoice or the provider's certificate.",
    );
  });

  it("refuses input without any identifier or name (schema)", async () => {
    await expect(checkQualiopi({ lang: "fr" }, local)).rejects.toThrow(/Give one of siret, siren, nda or name/);
  });
});

describe("checkQualiopi with the company directory", () => {
  const company = (siren: string, qualiopi: boolean | null, siret?: string): DirectoryLookup => ({
    status: "found",
    company: { siren, name: `Société ${siren}`, qualiopi, ...(siret ? { siret } : {}) },
  });

  it("asks the directory only when the local registry does not know the organisation", async () => {
    const dir = directory({ "356000000": company("356000000", true) });
    const deps = { sources: [registry, directorySource(dir)] };
    expect((await check({ siren: ORGS.bilan.siren }, deps)).source).toBe("registry");
    expect(dir.asked).toEqual([]);
    const out = await check({ siren: "356000000" }, deps);
    expect(out).toMatchObject({
      status: "certified",
      source: "directory",
      organisation: { siren: "356000000", name: "Société 356000000" },
    });
    expect(out.categories).toBeUndefined();
    expect(out.asOf).toBeUndefined();
    expect(out.explanation).toContain("ne précise pas les catégories");
  });

  it("maps the directory's flag: true certified, false not_certified, null unknown", async () => {
    const dir = directory({
      "423158765": company("423158765", true),
      "512884305": company("512884305", false),
      "890234156": company("890234156", null),
    });
    const deps = { sources: [directorySource(dir)] };
    expect((await check({ siren: "423158765" }, deps)).status).toBe("certified");
    expect((await check({ siren: "512884305" }, deps)).status).toBe("not_certified");
    const unknown = await check({ siren: "890234156", lang: "en" }, deps);
    expect(unknown).toMatchObject({ status: "unknown", source: "directory", organisation: { siren: "890234156" } });
    expect(unknown.explanation).toContain("does not say whether");
  });

  it("looks a SIRET up, then its SIREN, in the directory", async () => {
    const dir = directory({ "423158765": company("423158765", true) });
    const out = await check({ siret: ORGS.atelier.siret }, { sources: [directorySource(dir)] });
    expect(dir.asked).toEqual([ORGS.atelier.siret, ORGS.atelier.siren]);
    expect(out.status).toBe("certified");
  });

  it("answers unknown, never throws, when the directory fails or is unavailable, and is not asked for names", async () => {
    const dir = directory({
      "423158765": new Error("socket hang up"),
      "512884305": { status: "unavailable", reason: "timeout" },
    });
    const deps = { sources: [createMemoryRegistry({ asOf: "", organisations: [] }), directorySource(dir)] };
    expect((await check({ siren: "423158765" }, deps)).status).toBe("unknown");
    expect((await check({ siren: "512884305" }, deps)).status).toBe("unknown");
    expect((await check({ name: "Atelier" }, deps)).status).toBe("unknown");
    expect(dir.asked).toEqual(["423158765", "512884305"]);
  });
});
