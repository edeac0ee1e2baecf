import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("knowledge routes inside workerd", () => {
  it("answers POST /api/ask from the bundled index", async () => {
    const res = await exports.default.fetch("https://assistant.test/api/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: "Is the Pro-A still available in 2026?" }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      lang: string;
      outcome: string;
      retrieved: { id: string }[];
      answer: { text: string; citations: { url: string }[] };
    };
    expect(body.lang).toBe("en");
    expect(body.outcome).toBe("answered");
    expect(body.retrieved[0]?.id).toBe("periode-reconversion");
    expect(body.answer.text).toMatch(/150 to 450 hours/);
    expect(body.answer.citations[0]?.url).toBe("https://travail-emploi.gouv.fr/la-periode-de-reconversion");
  });

  it("serves GET /api/search and reports the bundled cards in /health", async () => {
    const search = (await (
      await exports.default.fetch("https://assistant.test/api/search?q=qualiopi%20obligatoire&lang=fr")
    ).json()) as { results: { id: string }[] };
    expect(search.results[0]?.id).toBe("qualiopi-obligatoire");
    const health = (await (await exports.default.fetch("https://assistant.test/health")).json()) as {
      knowledge: { cards: number; builtAt: string };
    };
    expect(health.knowledge.cards).toBeGreaterThanOrEqual(3);
    expect(Date.parse(health.knowledge.builtAt)).not.toBeNaN();
  });
});
