import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../../../src/core/errors";
import { CheckQualiopiOutputSchema } from "../../../../src/tools/qualiopi/check";
import { FIXTURE_AS_OF, fixtureRegistry, ORGS } from "../../../fixtures/qualiopi";
import { testApp } from "../../../helpers";

const PATH = "/api/tools/check-qualiopi";
const { post, app } = testApp({ qualiopi: [await fixtureRegistry()] });

describe("POST /api/tools/check-qualiopi", () => {
  it("answers each status with 200 and the contract's fields", async () => {
    const certified = await post(PATH, { siret: ORGS.atelier.siret });
    expect(certified.status).toBe(200);
    expect(CheckQualiopiOutputSchema.parse(await certified.json())).toMatchObject({
      status: "certified",
      source: "registry",
      asOf: FIXTURE_AS_OF,
    });
    expect(await (await post(PATH, { nda: ORGS.pain.nda })).json()).toMatchObject({ status: "not_certified" });
    expect(await (await post(PATH, { siren: "356000000" })).json()).toMatchObject({
      status: "unknown",
      source: "none",
    });
    const invalid = await post(PATH, { siret: "42315876500219", lang: "en" });
    expect(invalid.status).toBe(200);
    expect(await invalid.json()).toMatchObject({
      status: "invalid_identifier",
      explanation: expect.stringContaining("Luhn"),
    });
  });

  it("answers unknown when the app has no Qualiopi source", async () => {
    const res = await testApp().post(PATH, { name: "Atelier Formation Numérique Lyon" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "unknown", source: "none" });
  });

  it.each([
    [{}, "Give one of siret, siren, nda or name"],
    [{ lang: "en" }, "Give one of siret, siren, nda or name"],
    [{ siret: 42315876500218 }, "siret"],
    [{ name: "A" }, "name"],
    [{ siren: ORGS.bilan.siren, lang: "de" }, "lang"],
  ])("refuses %o with 400 invalid_request naming the problem", async (body, message) => {
    const res = await post(PATH, body);
    expect(res.status).toBe(400);
    const error = ErrorBodySchema.parse(await res.json());
    expect(error.error.code).toBe("invalid_request");
    expect(error.error.message).toContain(message);
  });

  it("refuses a body that is not JSON with 400 invalid_json", async () => {
    const res = await post(PATH, "{siret:");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(doc.paths[PATH]).toHaveProperty("post");
  });
});
