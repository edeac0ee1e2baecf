import { describe, expect, it } from "vitest";
import { createMemoryRegistry } from "../../../src/tools/qualiopi/memory-registry";
import { FIXTURE_AS_OF, fixtureRegistry, ORGS } from "../../fixtures/qualiopi";

describe("the in-memory Qualiopi registry built from the official list", () => {
  it("finds an organisation by SIRET, SIREN and NDA", async () => {
    const registry = await fixtureRegistry();
    expect(registry.size).toBe(11);
    expect(registry.bySiret(ORGS.atelier.siret)?.name).toBe(ORGS.atelier.name);
    expect(registry.byNda(ORGS.bilan.nda)?.siren).toBe(ORGS.bilan.siren);
    expect(
      registry
        .bySiren(ORGS.groupeBrest.siren)
        .map((o) => o.nda)
        .sort(),
    ).toEqual([ORGS.groupeBrest.nda, ORGS.groupeRennes.nda].sort());
    expect(registry.bySiret("78341290100342")).toBeUndefined();
  });

  it("finds a name whatever its accents, case and punctuation, exact names first", async () => {
    const registry = await fixtureRegistry();
    expect(registry.byName("ecole boulangere PAIN D'OR").map((o) => o.nda)).toEqual([ORGS.pain.nda]);
    expect(registry.byName("Groupe Compétences Ouest").map((o) => o.nda)).toEqual([ORGS.groupeRennes.nda]);
    expect(registry.byName("compétences ouest").map((o) => o.nda)).toEqual([
      ORGS.groupeRennes.nda,
      ORGS.groupeBrest.nda,
    ]);
    expect(registry.byName("savoirs partagés").map((o) => o.name)).toEqual([ORGS.savoirs.name]);
    expect(registry.byName("boulangerie")).toEqual([]);
  });

  it("answers lookups with the list's date: found, not_found, or unavailable when empty", async () => {
    const registry = await fixtureRegistry();
    expect(await registry.lookup({ by: "nda", value: ORGS.bilan.nda })).toMatchObject({
      status: "found",
      asOf: FIXTURE_AS_OF,
      organisations: [{ name: ORGS.bilan.name, certified: true, categories: ["bilans-competences"] }],
    });
    expect(await registry.lookup({ by: "siren", value: "783412902" })).toEqual({
      status: "not_found",
      asOf: FIXTURE_AS_OF,
    });
    const empty = createMemoryRegistry({ asOf: "", organisations: [] });
    expect(await empty.lookup({ by: "siren", value: ORGS.bilan.siren })).toMatchObject({ status: "unavailable" });
  });
});
