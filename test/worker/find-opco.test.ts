import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { FindOpcoOutputSchema } from "../../src/tools/find-opco/schema";

const findOpco = (body: unknown) =>
  exports.default.fetch("http://127.0.0.1:8787/api/tools/find-opco", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

describe("POST /api/tools/find-opco in workerd", () => {
  it("finds the OPCO by IDCC, NAF code and description from the bundled data", async () => {
    const byIdcc = FindOpcoOutputSchema.parse(await (await findOpco({ idcc: "3248" })).json());
    expect(byIdcc).toMatchObject({ status: "found", opco: { id: "opco-2i" }, confidence: "certain" });
    const byNaf = FindOpcoOutputSchema.parse(await (await findOpco({ naf: "10.71C" })).json());
    expect(byNaf).toMatchObject({ status: "found", opco: { id: "opco-ep" }, confidence: "probable" });
    const byQuery = FindOpcoOutputSchema.parse(await (await findOpco({ query: "BTP" })).json());
    expect(byQuery.opco?.id).toBe("constructys");
  });

  it("falls back when the company directory is unreachable (closed local port): says so and asks for the IDCC", async () => {
    const res = await findOpco({ siret: "732 829 320 00074", lang: "en" });
    expect(res.status).toBe(200);
    const body = FindOpcoOutputSchema.parse(await res.json());
    expect(body).toMatchObject({ status: "not_found", basis: "siret", directory: "unavailable" });
    expect(body.explanation).toContain("IDCC");
  });

  it("answers a bad body with 400", async () => {
    expect((await findOpco({})).status).toBe(400);
  });
});
