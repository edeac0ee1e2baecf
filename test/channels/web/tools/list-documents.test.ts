import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../../../src/core/errors";
import { ListDocumentsOutputSchema } from "../../../../src/tools/list-documents/schema";
import { testApp } from "../../../helpers";

describe("POST /api/tools/list-documents", () => {
  it("answers the documents of a scheme for a role and a phase", async () => {
    const res = await testApp().post("/api/tools/list-documents", {
      scheme: "contrat-apprentissage",
      phase: "before",
      role: "employer",
      lang: "en",
    });
    expect(res.status).toBe(200);
    const body = ListDocumentsOutputSchema.parse(await res.json());
    expect(body.documents.map((d) => d.id)).toContain("cerfa-fa13-10103");
    expect(body.documents.every((d) => d.phase === "before")).toBe(true);
  });

  it.each([
    ["an unknown scheme", { scheme: "pro-a" }, "scheme"],
    ["no scheme", {}, "scheme"],
    ["an unknown phase", { scheme: "cpf", phase: "during" }, "phase"],
    ["an unknown role", { scheme: "cpf", role: "ceo" }, "role"],
    ["an unknown language", { scheme: "cpf", lang: "de" }, "lang"],
  ])("rejects %s with 400 invalid_request naming the field", async (_, body, field) => {
    const res = await testApp().post("/api/tools/list-documents", body);
    expect(res.status).toBe(400);
    const error = ErrorBodySchema.parse(await res.json()).error;
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain(field);
  });

  it("answers a body that is not JSON with 400 invalid_json", async () => {
    const res = await testApp().post("/api/tools/list-documents", "{scheme");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("invalid_json");
  });
});
