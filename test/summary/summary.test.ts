import { describe, expect, it } from "vitest";
import { SCHEME_IDS } from "../../src/core/ids";
import type { FundingRoute, NextStepsSummary } from "../../src/core/summary";
import { deadlinesFor } from "../../src/summary/deadlines";
import { escapeHtml, renderHtml } from "../../src/summary/html";
import { mainRoute } from "../../src/summary/main-route";
import { escapeMarkdown, neutraliseHtml } from "../../src/summary/markdown";
import { planSteps } from "../../src/summary/plan";

const route = (scheme: FundingRoute["scheme"], eligible: FundingRoute["eligible"]): FundingRoute => ({
  scheme,
  eligible,
  why: "",
  funder: "",
});

describe("deadlinesFor", () => {
  const dated = (path: Parameters<typeof deadlinesFor>[0], start: string, role?: Parameters<typeof deadlinesFor>[3]) =>
    deadlinesFor(path, start, "fr", role);

  it("dates the apprenticeship contract 5 working days after the start (Sundays skipped)", () => {
    expect(deadlinesFor("contrat-apprentissage", "2027-09-01", "fr")[0]?.date).toBe("2027-09-07");
    // Friday 3 September 2027: Sat 4, Mon 6, Tue 7, Wed 8, Thu 9.
    expect(deadlinesFor("contrat-apprentissage", "2027-09-03", "en")[0]?.date).toBe("2027-09-09");
  });

  it("gives the période de reconversion file as a window, 30 to 20 days before the start, and the OPCO's 20-day answer", () => {
    // Art. R. 6324-1 and R. 6324-2: card periode-reconversion (start 1 June, file between 2 and 12 May).
    const [file, answer] = dated("periode-reconversion", "2027-06-01");
    expect(file).toMatchObject({ kind: "window", from: "2027-05-02", to: "2027-05-12" });
    expect(file?.source).toBe("https://travail-emploi.gouv.fr/la-periode-de-reconversion");
    expect(answer).toMatchObject({ kind: "rule" });
    expect(answer?.rule).toMatch(/20 jours.*silence vaut refus/);
  });

  it("dates an employee's CPF leave request 120 or 60 days before, the 30-day answer, and the free cancellation 7 working days before", () => {
    // Art. D. 6323-4 (service-public F10705); Mon Compte Formation's terms: 7 jours ouvrés, Saturdays and Sundays skipped.
    const deadlines = dated("cpf", "2027-03-15", "employee");
    expect(deadlines.map((d) => d.date)).toEqual(["2026-11-15", "2027-01-14", undefined, "2027-03-04"]);
    expect(deadlines[2]?.rule).toMatch(/30 jours.*silence vaut accord/);
    expect(deadlines[3]?.source).toMatch(/moncompteformation\.gouv\.fr/);
  });

  it("gives a job seeker or a self-employed person no absence request, only the CPF cancellation", () => {
    for (const role of ["job_seeker", "self_employed"] as const)
      expect(dated("cpf", "2027-03-15", role).map((d) => d.label)).toEqual([
        "Annulation gratuite de l'inscription CPF",
      ]);
  });

  it("dates the PTP leave request 120 days before for 6 months or more, 60 days otherwise; the employer answers within 30 days", () => {
    // Art. R. 6323-10: card projet-transition-professionnelle.
    const [long, short, answer] = dated("projet-transition-professionnelle", "2027-09-01");
    expect([long?.date, short?.date]).toEqual(["2027-05-04", "2027-07-03"]);
    expect(answer?.rule).toMatch(/30 jours.*le congé est accordé/);
  });

  it("dates the VAE leave request 30 days before; the employer answers within 15 days", () => {
    // Art. R. 6422-3 and R. 6422-4: card vae.
    const [leave, answer] = dated("vae", "2027-04-01", "employee");
    expect(leave?.date).toBe("2027-03-02");
    expect(answer?.rule).toMatch(/15 jours/);
  });

  it("gives the rule without a date when only the month is known, and never a bracket", () => {
    const [deadline] = deadlinesFor("plan-developpement-competences", "2027-03", "en");
    expect(deadline?.date).toBeUndefined();
    expect(deadline?.rule).toMatch(/Before the training starts/);
    for (const path of [...SCHEME_IDS, "faf", "administration"] as const)
      for (const d of deadlinesFor(path, "2027-03-15", "fr", "employee")) {
        expect(`${d.label} ${d.rule}`).not.toMatch(/[()]/);
        expect(d.source).toMatch(/^https:\/\//);
      }
  });
});

describe("planSteps", () => {
  const steps = (
    path: Parameters<typeof planSteps>[0],
    role: Parameters<typeof planSteps>[1]["role"],
    start?: string,
  ) => planSteps(path, { role, funder: "OPCO EP", deadlines: deadlinesFor(path, start, "fr", role), lang: "fr" });

  it("never tells an employer to wait for the OPCO before an apprenticeship starts: the contract goes within 5 working days after", () => {
    const plan = steps("contrat-apprentissage", "employer", "2027-09-01");
    expect(plan.map((s) => s.action).join("\n")).not.toMatch(/Attendre l'accord/);
    expect(plan.find((s) => /Transmettre le contrat/.test(s.action))?.when).toBe("au plus tard le 7 septembre 2027");
  });

  it("dates the période de reconversion file with its window, and waits for the OPCO's answer before the start", () => {
    const plan = steps("periode-reconversion", "employee", "2027-06-01");
    expect(plan.find((s) => /accord écrit/.test(s.action))?.when).toBe("entre le 2 mai 2027 et le 12 mai 2027");
    expect(plan.some((s) => /Attendre l'accord/.test(s.action))).toBe(true);
  });

  it("lets a self-employed person's FAF refund them, and a job seeker ask France Travail or the region to top up the CPF", () => {
    expect(steps("faf", "self_employed").at(-1)?.action).toMatch(/Remboursement par le FAF/);
    expect(steps("cpf", "job_seeker").map((s) => s.action)).toContainEqual(
      expect.stringMatching(/l'AIF ou une place financée par la région/),
    );
    expect(
      steps("cpf", "job_seeker")
        .map((s) => s.action)
        .join(),
    ).not.toMatch(/autorisation d'absence/);
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
