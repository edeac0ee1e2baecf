import { describe, expect, it } from "vitest";
import { parseCentre } from "../../src/core/centre";
import type { Profile } from "../../src/core/profile";
import type { FundingRoute } from "../../src/core/summary";
import { buildSummary, planPath } from "../../src/summary/build";
import { renderHtml } from "../../src/summary/html";
import { mainRoute } from "../../src/summary/main-route";
import { testRuntime } from "../helpers";

const runtime = testRuntime();
const route = (scheme: FundingRoute["scheme"], eligible: FundingRoute["eligible"]): FundingRoute => ({
  scheme,
  eligible,
  why: "",
  funder: "",
});
const centre = parseCentre({ name: "Centre Alpha", contact: { email: "contact@alpha.example" } });

/** The plan of a profile, as the dialogue builds it, made on 28 November 2026. */
const plan = (profile: Profile, lang: "fr" | "en" = "fr", opco?: Parameters<typeof buildSummary>[0]["opco"]) =>
  buildSummary(
    { lang, profile, opco, missing: [], complete: true },
    {
      tools: runtime.tools,
      card: (id, l) =>
        runtime.kb.cards[l].get(id) && { id, title: id, url: runtime.kb.cards[l].get(id)?.sources[0]?.url },
      now: () => new Date("2026-11-28T10:00:00Z"),
      centre,
    },
  );

describe("the main route, by persona", () => {
  const jobSeeker = [
    route("poe", "maybe"),
    route("cpf", "yes"),
    route("aif", "maybe"),
    route("programme-regional", "maybe"),
  ];

  it("builds a job seeker's plan on the CPF, then the AIF and the region; on the POE only when a company hires", () => {
    expect(mainRoute(jobSeeker, "reconversion", "job_seeker")?.scheme).toBe("cpf");
    expect(mainRoute(jobSeeker, "adaptation", "job_seeker", true)?.scheme).toBe("poe");
    expect(
      mainRoute([route("aif", "maybe"), route("programme-regional", "maybe")], "adaptation", "job_seeker")?.scheme,
    ).toBe("aif");
  });

  it("builds an employer's plan on the POE only when it hires", () => {
    const employer = [route("plan-developpement-competences", "yes"), route("poe", "yes")];
    expect(mainRoute(employer, "adaptation", "employer")?.scheme).toBe("plan-developpement-competences");
    expect(mainRoute(employer, "adaptation", "employer", true)?.scheme).toBe("poe");
  });

  it("follows the scheme the user named when it is open", () => {
    const routes = [route("periode-reconversion", "maybe"), route("projet-transition-professionnelle", "maybe")];
    expect(mainRoute(routes, "reconversion", "employee", false, "projet-transition-professionnelle")?.scheme).toBe(
      "projet-transition-professionnelle",
    );
  });

  it("follows the FAF for a self-employed person's own training, the administration for a public agent", () => {
    expect(planPath("self_employed", route("cpf", "yes"))).toBe("faf");
    expect(planPath("self_employed", route("contrat-apprentissage", "yes"))).toBe("contrat-apprentissage");
    expect(planPath("public_agent", route("cpf", "yes"))).toBe("administration");
    expect(planPath("employee", route("cpf", "yes"))).toBe("cpf");
  });
});

describe("the plan", () => {
  it("names the training, its start and length, dates the request and lists no POE for an employer training its staff", async () => {
    const summary = await plan({
      role: "employer",
      headcount: 8,
      company: { description: "boulangerie" },
      training: { goal: "adaptation", title: "Excel", startDate: "2027-03-15", hours: 14 },
    });
    expect(summary.text).toMatch(/- Formation : Excel\n- Début : 15 mars 2027\n- Durée : 14 h/);
    expect(summary.deadlines[0]).toMatchObject({ kind: "before", date: "2027-03-15" });
    expect(summary.text).not.toMatch(/POE \(préparation/);
    expect(summary.createdAt).toBe("2026-11-28");
  });

  it("gives an employer hiring an apprentice the 2026 aid with the conditions of its size", async () => {
    const small = await plan({ role: "employer", headcount: 15, training: { goal: "apprenticeship" } });
    expect(small.aids?.[0]?.label).toMatch(/Aide à l'embauche d'un apprenti 2026/);
    expect(small.aids?.[0]?.conditions.join()).toMatch(/moins de 250 salariés : jusqu'à 5 000 €/);
    const large = await plan({ role: "employer", headcount: 300, training: { goal: "apprenticeship" } }, "en");
    expect(large.aids?.[0]?.conditions.join()).toMatch(/250 employees or more.*within 8 months/);
    const training = await plan({ role: "employer", headcount: 15, training: { goal: "adaptation" } });
    expect(training.aids).toEqual([]);
  });

  it("asks to choose a certified provider only while none is named; a provider checks its own certificate", async () => {
    const actions = async (profile: Profile) => (await plan(profile)).steps.map((s) => s.action).join(" | ");
    const base: Profile = { role: "employer", headcount: 12, training: { goal: "adaptation", title: "Excel" } };
    expect(await actions(base)).toMatch(/Choisir un organisme certifié Qualiopi/);
    const named = await actions({ ...base, provider: { name: "Formapro" } });
    expect(named).toMatch(/Vérifier que Formapro est certifié Qualiopi/);
    expect(named).not.toMatch(/Choisir un organisme/);
    const own = await actions({ role: "provider", headcount: 12, training: { goal: "adaptation" } });
    expect(own).toMatch(/votre certification Qualiopi couvre/);
  });

  it("names the OPCO and the schemes as the client's when a training provider asks for a client", async () => {
    const summary = await plan({ role: "provider", headcount: 45, training: { goal: "adaptation" } });
    const markdown = summary.text;
    expect(markdown).toMatch(/### Dispositifs possibles pour votre client/);
    expect(renderHtml(summary)).toMatch(/<h2>Dispositifs possibles pour votre client<\/h2>/);
  });

  it("promises no 2026 aid to an apprenticeship that starts in 2027: its rules are to be checked", async () => {
    const december = await plan({
      role: "employer",
      headcount: 15,
      training: { goal: "apprenticeship", startDate: "2026-12" },
    });
    expect(december.aids?.[0]?.label).toMatch(/apprenti 2026/);
    const september = await plan(
      { role: "employer", headcount: 15, training: { goal: "apprenticeship", startDate: "2027-09" } },
      "en",
    );
    expect(september.aids?.[0]?.label).toBe("Apprentice hiring aid: the 2027 rules are not published yet");
    expect(september.aids?.[0]?.conditions.join()).toMatch(/started before 1 January 2027/);
    expect(september.aids?.[0]?.conditions.join()).not.toMatch(/5,000|5 000/);
  });

  it("gives a self-employed person their FAF as the funder of every step, never an employer's paper", async () => {
    const summary = await plan(
      {
        role: "self_employed",
        company: { activity: "kinésithérapeute" },
        training: { goal: "adaptation", title: "pédiatrie" },
      },
      "fr",
      {
        status: "not_applicable",
        basis: "status",
        confidence: "certain",
        explanation: "Un travailleur indépendant relève du FIFPL.",
        alternative: { funders: ["FIFPL"], explanation: "FIFPL" },
      },
    );
    expect(summary.funder).toContain("FIFPL");
    expect(summary.steps[0]?.action).toBe("Confirmer le financeur : FIFPL");
    expect(summary.steps.map((s) => s.action).join()).not.toMatch(/Caisse des Dépôts/);
    expect(summary.documents.map((d) => d.id)).toContain("attestation-cfp");
    expect(summary.documents.some((d) => d.who === "l'employeur")).toBe(false);
    expect(summary.otherFunders?.[0]?.funder).toMatch(/FAF/);
  });

  it("prints a recap, the day and centre, the OPCO's link, each source's URL and the centre's contact", async () => {
    const summary = await plan(
      { role: "employee", headcount: 9, training: { goal: "adaptation", title: "Excel", startDate: "2027-04-12" } },
      "fr",
      {
        status: "found",
        opco: { id: "opco-ep", name: "OPCO EP", website: "https://www.opcoep.fr" },
        basis: "idcc",
        confidence: "certain",
        explanation: "",
        idcc: { code: "1527", label: "Immobilier" },
      },
    );
    const html = renderHtml(summary);
    expect(html).toContain("Établi le 28 novembre 2026 par Centre Alpha");
    expect(html).toMatch(/<th>Formation<\/th><td>Excel<\/td>/);
    expect(html).toContain(
      '<a href="https://www.opcoep.fr">OPCO EP</a> <span class="url">https://www.opcoep.fr</span>',
    );
    for (const citation of summary.citations) expect(html).toContain(`<span class="url">${citation.url}</span>`);
    for (const deadline of summary.deadlines) expect(html).toContain(`<span class="url">${deadline.source}</span>`);
    expect(html).toContain("Centre Alpha : contact@alpha.example");
    expect(summary.text).toContain("<https://www.opcoep.fr>");
  });

  it("prints a placeholder until the centre's configuration gives a contact", async () => {
    const summary = await buildSummary(
      { lang: "en", profile: { role: "job_seeker" }, missing: [], complete: false },
      { tools: runtime.tools, card: () => undefined, centre: parseCentre({ name: "Centre Beta" }) },
    );
    expect(summary.text).toContain("Centre Beta: contact details to be filled in the centre's configuration");
  });

  it("never nests brackets in a deadline, and gives each its source", async () => {
    for (const role of ["employer", "employee", "job_seeker", "self_employed", "public_agent", "provider"] as const) {
      const summary = await plan({ role, headcount: 20, training: { goal: "certification", startDate: "2027-06-01" } });
      for (const d of summary.deadlines) {
        expect(String(d.rule)).not.toMatch(/[()]/);
        expect(String(d.source)).toMatch(/^https:\/\//);
      }
      expect(summary.text).not.toMatch(/\([^()]*\(/);
    }
  });
});
