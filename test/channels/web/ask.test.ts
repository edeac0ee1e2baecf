import { describe, expect, it } from "vitest";
import { AskResponseSchema } from "../../../src/channels/web/ask";
import { ErrorBodySchema } from "../../../src/core/errors";
import { testApp } from "../../helpers";

const { post } = testApp();

describe("POST /api/ask", () => {
  it("answers per the contract: lang, answer {text, citations}, retrieved", async () => {
    const res = await post("/api/ask", { question: "C'est quoi un OPCO ?" });
    expect(res.status).toBe(200);
    const body = AskResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ lang: "fr", outcome: "answered" });
    expect(body.retrieved[0]).toMatchObject({ id: "opco-definition", title: "Qu'est-ce qu'un OPCO ?" });
    expect(body.answer.text).toMatch(/11 OPCO/);
    expect(body.answer.citations.every((c) => c.id === "opco-definition" && c.url?.startsWith("https://"))).toBe(true);
  });

  it("honours lang", async () => {
    const body = AskResponseSchema.parse(
      await (await post("/api/ask", { question: "C'est quoi un OPCO ?", lang: "en" })).json(),
    );
    expect(body.lang).toBe("en");
    expect(body.answer.text).toMatch(/There are 11 OPCOs/);
  });

  it.each([
    ["no question", {}],
    ["an empty question", { question: "   " }],
    ["a question that is not a string", { question: 42 }],
    ["an unknown lang", { question: "OPCO ?", lang: "es" }],
  ])("refuses %s with a 400", async (_name, body) => {
    const res = await post("/api/ask", body);
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("invalid_request");
  });

  it("refuses a body that is not JSON with a 400", async () => {
    const res = await post("/api/ask", "{not json");
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(await res.json()).error.code).toBe("invalid_json");
  });
});
