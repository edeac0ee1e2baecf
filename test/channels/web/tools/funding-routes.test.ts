import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../../../src/core/errors";
import { FundingRoutesOutputSchema } from "../../../../src/tools/funding-routes/schema";
import { testApp } from "../../../helpers";

describe("POST /api/tools/funding-routes", () => {
  it("answers the routes of a 12-employee employer, the plan funded by the OPCO", async () => {
    const res = await testApp().post("/api/tools/funding-routes", { status: "employer", headcount: 12, lang: "en" });
    expect(res.status).toBe(200);
    const body = FundingRoutesOutputSchema.parse(await res.json());
    expect(body.routes.find((r) => r.scheme === "plan-developpement-competences")).toMatchObject({ eligible: "yes" });
  });

  it("answers in French by default", async () => {
    const body = FundingRoutesOutputSchema.parse(
      await (await testApp().post("/api/tools/funding-routes", { status: "job_seeker" })).json(),
    );
    expect(body.lang).toBe("fr");
    expect(body.routes[0]).toMatchObject({ scheme: "cpf", eligible: "yes" });
    expect(body.routes[0]?.why).toContain("sans participation forfaitaire");
  });

  it.each([
    ["a bad status", { status: "boss" }, "status"],
    ["no status", { headcount: 3 }, "status"],
    ["a negative headcount", { status: "employer", headcount: -1 }, "headcount"],
    ["a fractional headcount", { status: "employer", headcount: 2.5 }, "headcount"],
    ["a headcount sent as text", { status: "employer", headcount: "12" }, "headcount"],
    ["an unknown goal", { status: "employee", goal: "pro-a" }, "goal"],
    ["a provider's client that is a provider", { status: "provider", clientStatus: "provider" }, "clientStatus"],
    ["a negative client headcount", { status: "provider", clientHeadcount: -5 }, "clientHeadcount"],
  ])("rejects %s with 400 invalid_request naming the field", async (_, body, field) => {
    const res = await testApp().post("/api/tools/funding-routes", body);
    expect(res.status).toBe(400);
    const error = ErrorBodySchema.parse(await res.json()).error;
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain(field);
  });

  it("is described in the OpenAPI document with the list-documents route", async () => {
    const doc = (await (await testApp().app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/tools/funding-routes", "/api/tools/list-documents"]),
    );
  });
});
