import { describe, expect, it } from "vitest";
import { SearchResponseSchema } from "../../../src/channels/web/search";
import { ErrorBodySchema } from "../../../src/core/errors";
import { testApp } from "../../helpers";
import { realKnowledge } from "../../retrieval/knowledge-dir";

const { app } = testApp();
const get = (query: string) => app.request(`/api/search?${query}`);

describe("GET /api/search", () => {
  it("returns the contract: id, title, lang, score, snippet, url", async () => {
    const res = await get(`q=${encodeURIComponent("période de reconversion")}&limit=2`);
    expect(res.status).toBe(200);
    const { results } = SearchResponseSchema.parse(await res.json());
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      id: "periode-reconversion",
      lang: "fr",
      url: "https://travail-emploi.gouv.fr/la-periode-de-reconversion",
    });
  });

  it("answers in the requested language", async () => {
    const { results } = SearchResponseSchema.parse(
      await (await get(`q=${encodeURIComponent("qualiopi obligatoire")}&lang=en`)).json(),
    );
    expect(results[0]).toMatchObject({
      id: "qualiopi-obligatoire",
      lang: "en",
      title: "Is the Qualiopi certification compulsory?",
    });
  });

  it.each([
    ["no q", ""],
    ["an empty q", "q=%20"],
    ["an unknown lang", "q=opco&lang=de"],
    ["a limit out of range", "q=opco&limit=0"],
    ["a limit that is not a number", "q=opco&limit=ten"],
  ])("refuses %s with a 400 naming the field", async (_name, query) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = ErrorBodySchema.parse(await res.json());
    expect(body.error.code).toBe("invalid_request");
  });
});

describe("GET /health with the knowledge base", () => {
  it("reports the real number of cards and the build time", async () => {
    const body = (await (await app.request("/health")).json()) as { knowledge: { cards: number; builtAt: string } };
    expect(body.knowledge.cards).toBe(realKnowledge().kb.size);
    expect(body.knowledge.cards).toBeGreaterThanOrEqual(60);
    expect(Date.parse(body.knowledge.builtAt)).not.toBeNaN();
  });
});
