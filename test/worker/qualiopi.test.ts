import { applyD1Migrations } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createD1Registry } from "../../src/tools/qualiopi/d1-registry";

const check = async (body: unknown) => {
  const res = await exports.default.fetch("http://127.0.0.1:8787/api/tools/check-qualiopi", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const registry = createD1Registry(env.QUALIOPI);

// In order: no table, then an empty table, then the fixture loaded.
describe("checkQualiopi on the D1 registry in workerd", () => {
  it("answers unknown, not a 500, while the table does not exist", async () => {
    expect(await registry.lookup({ by: "siren", value: "423158765" })).toMatchObject({
      status: "unavailable",
      reason: expect.stringContaining("no such table"),
    });
    expect(await check({ siren: "423158765" })).toMatchObject({
      status: 200,
      body: { status: "unknown", source: "none" },
    });
  });

  it("answers unknown on an empty registry once migrated", async () => {
    await applyD1Migrations(env.QUALIOPI, env.D1_MIGRATIONS);
    expect(await registry.lookup({ by: "siren", value: "423158765" })).toMatchObject({
      status: "unavailable",
      reason: expect.stringContaining("empty"),
    });
    expect((await check({ siren: "423158765" })).body).toMatchObject({ status: "unknown" });
  });

  it("looks up the imported fixture by SIRET, SIREN, NDA and name", async () => {
    // One statement per `;` at a line end (names never hold a line break).
    const statements = env.QUALIOPI_FIXTURE_SQL.split(/;\n/).filter((s) => s.trim());
    await env.QUALIOPI.batch(statements.map((sql) => env.QUALIOPI.prepare(sql)));
    const count = await env.QUALIOPI.prepare("SELECT COUNT(*) AS n FROM qualiopi_organisations").first<{ n: number }>();
    expect(count?.n).toBe(11);

    expect((await check({ siret: "42315876500218" })).body).toMatchObject({
      status: "certified",
      organisation: { name: "Atelier Formation Numérique Lyon", nda: "84691234569", city: "Lyon" },
      categories: [{ id: "actions-formation" }, { id: "apprentissage" }],
      source: "registry",
      asOf: "2026-11-02",
    });
    expect((await check({ siren: "448765214" })).body).toMatchObject({
      status: "certified",
      organisation: { nda: "53290456729" },
    });
    expect((await check({ nda: "27210345621" })).body).toMatchObject({
      status: "not_certified",
      organisation: { name: "École Boulangère Pain d'Or" },
    });
    expect((await check({ name: "savoirs partagés" })).body).toMatchObject({
      status: "certified",
      organisation: { name: 'Association "Les Savoirs Partagés" Marseille' },
      categories: [{ id: "actions-formation" }, { id: "vae" }],
    });
    const several = await registry.lookup({ by: "name", value: "Compétences Ouest" });
    expect(several.status === "found" && several.organisations.map((o) => o.nda).sort()).toEqual([
      "53290456729",
      "53350456735",
    ]);
  });

  it("says not in the list, with its date, for an unknown SIREN; and keeps the 400s", async () => {
    expect((await check({ siren: "356000000" })).body).toMatchObject({ status: "unknown", asOf: "2026-11-02" });
    expect((await check({ siret: "4231587650021" })).body).toMatchObject({ status: "invalid_identifier" });
    expect(await check({ lang: "fr" })).toMatchObject({ status: 400, body: { error: { code: "invalid_request" } } });
  });
});
