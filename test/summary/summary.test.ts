import { describe, expect, it } from "vitest";
import type { FundingRoute, NextStepsSummary } from "../../src/core/summary";
import { mainRoute } from "../../src/summary/build";
import { deadlinesFor } from "../../src/summary/deadlines";
import { escapeHtml, renderHtml } from "../../src/summary/html";
import { escapeMarkdown, neutraliseHtml } from "../../src/summary/markdown";

const route = (scheme: FundingRoute["scheme"], eligible: FundingRoute["eligible"]): FundingRoute => ({
  scheme,
  eligible,
  why: "",
  funder: "",
});

describe("deadlinesFor", () => {
  it("dates the apprenticeship contract 5 working days after the start (Sundays skipped)", () => {
    expect(deadlinesFor("contrat-apprentissage", "2027-09-01", "fr")[0]?.date).toBe("2027-09-07");
    // Friday 3 September 2027: Sat 4, Mon 6, Tue 7, Wed 8, Thu 9.
    expect(deadlinesFor("contrat-apprentissage", "2027-09-03", "en")[0]?.date).toBe("2027-09-09");
  });

  it("dates the période de reconversion file 30 days before the start, and says the OPCO answers within 20 days", () => {
    const [file, answer] = deadlinesFor("periode-reconversion", "2027-03-01", "fr");
    expect(file?.date).toBe("2027-01-30");
    expect(answer?.rule).toMatch(/20 jours/);
  });

  it("gives the rule without a date when only the month is known", () => {
    const [deadline] = deadlinesFor("plan-developpement-competences", "2027-03", "en");
    expect(deadline?.date).toBeUndefined();
    expect(deadline?.rule).toMatch(/before the training starts/);
  });
});

describe("mainRoute", () => {
  const routes = [
    route("cpf", "yes"),
    route("periode-reconversion", "maybe"),
    route("plan-developpement-competences", "no"),
  ];

  it("prefers the scheme that serves the goal, even when only possible", () => {
    expect(mainRoute(routes, "reconversion", "employee")?.scheme).toBe("periode-reconversion");
  });

  it("never builds the plan on a closed route, and falls back to the first open one", () => {
    expect(mainRoute(routes, "adaptation", "employer")?.scheme).toBe("cpf");
    expect(mainRoute([route("poe", "no")], undefined, "employee")).toBeUndefined();
  });
});

describe("escaping", () => {
  it("keeps user text from changing Markdown or becoming HTML", () => {
    expect(escapeMarkdown("**bold** [x](y) <b>")).toBe("\\*\\*bold\\*\\* \\[x\\](y) \\<b\\>");
    expect(neutraliseHtml("a <script>x</script> <https://travail-emploi.gouv.fr>")).toBe(
      "a \\<script>x\\</script> <https://travail-emploi.gouv.fr>",
    );
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe("&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;");
  });

  it("renders a printable page in which nothing from the profile or tools is markup, and only https links", () => {
    const summary: NextStepsSummary = {
      lang: "en",
      profile: {},
      opco: { id: "atlas", name: "Atlas", confidence: "certain", basis: "IDCC 1486 <b>" },
      routes: [{ scheme: "cpf", eligible: "yes", why: "<script>alert(1)</script>", funder: "CPF" }],
      documents: [],
      steps: [{ order: 1, action: "Do <this>", who: "You" }],
      deadlines: [],
      unknowns: [],
      citations: [
        { id: "cpf", title: "CPF", url: "https://travail-emploi.gouv.fr/le-compte-personnel-de-formation-cpf" },
      ],
      text: "",
    };
    const html = renderHtml(summary);
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('href="https://travail-emploi.gouv.fr/le-compte-personnel-de-formation-cpf"');
  });
});
