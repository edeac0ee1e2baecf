import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../../../src/core/errors";
import { createCompanyDirectory } from "../../../../src/tools/company-directory";
import { FindOpcoOutputSchema } from "../../../../src/tools/find-opco/schema";
import { testApp } from "../../../helpers";
import { fakeDirectory, json, searchBody, searchResult } from "../../../tools/fake-directory";

const PATH = "/api/tools/find-opco";

describe("POST /api/tools/find-opco", () => {
  let server: Awaited<ReturnType<typeof fakeDirectory>>;
  beforeAll(async () => {
    server = await fakeDirectory((q, res) =>
      json(
        res,
        200,
        searchBody(
          q.startsWith("732829320")
            ? [
                searchResult({
                  siren: "732829320",
                  siret: "73282932000074",
                  name: "HOTEL DU PORT",
                  naf: "55.10Z",
                  idccs: ["1979"],
                }),
              ]
            : [],
        ),
      ),
    );
  });
  afterAll(() => server.close());

  it("finds the OPCO by IDCC with the contract's fields", async () => {
    const res = await testApp().post(PATH, { idcc: "IDCC 1486", lang: "en" });
    expect(res.status).toBe(200);
    const body = FindOpcoOutputSchema.parse(await res.json());
    expect(body).toMatchObject({
      status: "found",
      opco: { id: "atlas", name: "Atlas", website: "https://www.opco-atlas.fr" },
      basis: "idcc",
      confidence: "certain",
    });
  });

  it("looks a SIRET up in the company directory", async () => {
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch });
    const res = await testApp({ directory }).post(PATH, { siret: "73282932000074" });
    expect(FindOpcoOutputSchema.parse(await res.json())).toMatchObject({
      status: "found",
      opco: { id: "akto" },
      company: { name: "HOTEL DU PORT" },
    });
  });

  it("answers a SIRET without a directory by asking for the IDCC", async () => {
    const body = FindOpcoOutputSchema.parse(await (await testApp().post(PATH, { siret: "73282932000074" })).json());
    expect(body).toMatchObject({ status: "not_found", directory: "unavailable" });
  });

  it("answers an invalid identifier with 200 invalid_input and the precise reason", async () => {
    const res = await testApp().post(PATH, { siret: "732 829 320 0007" });
    expect(res.status).toBe(200);
    const body = FindOpcoOutputSchema.parse(await res.json());
    expect(body).toMatchObject({ status: "invalid_input", invalid: { field: "siret", reason: "length" } });
    expect(body.explanation).toContain("14 chiffres");
  });

  it.each([
    ["an empty body", {}],
    ["only a language", { lang: "en" }],
    ["an unknown language", { idcc: "1486", lang: "de" }],
    ["a number instead of text", { idcc: 1486 }],
    ["an empty query", { query: "" }],
    ["an unknown status", { status: "astronaut" }],
    ["a query over 500 characters", { query: "a".repeat(501) }],
  ])("rejects %s with 400 invalid_request", async (_, body) => {
    const res = await testApp().post(PATH, body);
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("invalid_request");
  });

  it("rejects a body that is not JSON with 400 invalid_json", async () => {
    const res = await testApp().post(PATH, "{idcc:");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("invalid_json");
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await (await testApp().app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain(PATH);
  });
});
