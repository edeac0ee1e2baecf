import { describe, expect, it } from "vitest";
import { parseCentre } from "../../../src/core/centre";
import { centreSource } from "../../../src/tools/qualiopi/centre-source";
import { CheckQualiopiOutputSchema, checkQualiopi } from "../../../src/tools/qualiopi/check";
import { fixtureRegistry, ORGS } from "../../fixtures/qualiopi";

const centre = parseCentre({
  name: "Centre Alpha",
  provider: {
    name: "Centre Alpha Formation",
    siret: "73282932000074",
    nda: "11755555555",
    qualiopi: { categories: ["actions-formation", "vae"] },
  },
});
const check = async (input: Parameters<typeof checkQualiopi>[0], provider = centre.provider) =>
  CheckQualiopiOutputSchema.parse(await checkQualiopi(input, { sources: [centreSource(provider)] }));

describe("checkQualiopi with the centre's own provider facts", () => {
  it("answers certified for the centre, by name, SIRET, SIREN or NDA, with its declared categories and the source 'centre'", async () => {
    for (const input of [
      { name: "centre alpha  formation" },
      { siret: "732 829 320 00074" },
      { siren: "732829320" },
      { nda: "11755555555" },
    ]) {
      const out = await check({ ...input, lang: "en" });
      expect(out).toMatchObject({
        status: "certified",
        source: "centre",
        organisation: { name: "Centre Alpha Formation" },
      });
      expect(out.categories?.map((c) => c.id)).toEqual(["actions-formation", "vae"]);
      expect(out.explanation).toMatch(/according to the facts the centre declares in its configuration/);
    }
  });

  it("says nothing of any other organisation", async () => {
    expect((await check({ name: "Cegos" })).status).toBe("unknown");
    expect((await check({ siret: ORGS.atelier.siret })).source).toBe("none");
  });

  it("answers not certified when the centre declares no Qualiopi category, and unknown without provider facts", async () => {
    const uncertified = parseCentre({ name: "Centre Alpha", provider: { name: "Centre Alpha Formation" } }).provider;
    const out = await check({ name: "Centre Alpha Formation" }, uncertified);
    expect(out).toMatchObject({ status: "not_certified", source: "centre" });
    const none = await checkQualiopi({ name: "Centre Alpha Formation" }, { sources: [centreSource(undefined)] });
    expect(none.status).toBe("unknown");
  });

  it("leaves the official list the authority when it knows the organisation", async () => {
    const registry = await fixtureRegistry();
    const declared = centreSource(
      parseCentre({
        name: "Pain d'Or",
        provider: { name: ORGS.pain.name, qualiopi: { categories: ["actions-formation"] } },
      }).provider,
    );
    const out = await checkQualiopi({ name: ORGS.pain.name }, { sources: [registry, declared] });
    expect(out).toMatchObject({ status: "not_certified", source: "registry" });
  });
});
