import { describe, expect, it } from "vitest";
import { bundledCatalogue, parseCatalogue } from "../../src/core/catalogue";
import { parseCentre } from "../../src/core/centre";
import type { FundingRoute } from "../../src/core/summary";
import { buildSummary } from "../../src/summary/build";
import { courseRoute, matchCourses, schemeFits, upcomingSessions } from "../../src/summary/courses";
import { renderHtml } from "../../src/summary/html";
import { testRuntime } from "../helpers";

const { courses } = bundledCatalogue();
const byId = (id: string) => courses.find((c) => c.id === id) ?? courses[0]!;
const route = (scheme: FundingRoute["scheme"], eligible: FundingRoute["eligible"] = "yes"): FundingRoute => ({
  scheme,
  eligible,
  why: "",
  funder: scheme === "cpf" ? "Caisse des dépôts (CPF)" : "OPCO",
});

describe("the centre's courses in a plan", () => {
  it("finds the courses a project names, by keyword or title, in either language, accents aside", () => {
    expect(matchCourses(courses, "Excel").map((c) => c.id)).toEqual(["excel-avance"]);
    expect(matchCourses(courses, "une formation d'anglais pour préparer le TOEIC").map((c) => c.id)).toEqual([
      "anglais-professionnel",
    ]);
    expect(matchCourses(courses, "first aid at work").map((c) => c.id)).toEqual(["sauveteur-secouriste-du-travail"]);
    expect(matchCourses(courses, "equipe de management")[0]?.id).toBe("manager-une-equipe");
    expect(matchCourses(courses, "CAP coiffure")).toEqual([]);
    expect(matchCourses(courses, "")).toEqual([]);
  });

  it("gives the next session from today on, soonest first", () => {
    expect(upcomingSessions(byId("excel-avance"), "2027-02-10").map((s) => s.start)).toEqual(["2027-04-01"]);
    expect(upcomingSessions(byId("excel-avance"), "2030-01-01")).toEqual([]);
  });

  it("fits each course the plan's route that can pay for it: the CPF only for a CPF course", () => {
    const routes = [route("cpf"), route("plan-developpement-competences", "maybe")];
    const choice = { role: "employee" as const, goal: "certification" as const };
    expect(courseRoute(byId("excel-avance"), routes, { ...choice, named: "cpf" })?.scheme).toBe("cpf");
    expect(courseRoute(byId("manager-une-equipe"), routes, { ...choice, named: "cpf" })?.scheme).toBe(
      "plan-developpement-competences",
    );
    expect(courseRoute(byId("manager-une-equipe"), [route("cpf")], choice)).toBeUndefined();
    const apprenticeship = parseCatalogue({
      courses: [{ ...byId("manager-une-equipe"), id: "cap", schemes: ["contrat-apprentissage"] }],
    }).courses[0]!;
    expect(schemeFits(apprenticeship, "contrat-apprentissage")).toBe(true);
    expect(schemeFits(apprenticeship, "plan-developpement-competences")).toBe(false);
    expect(schemeFits(byId("excel-avance"), "contrat-apprentissage")).toBe(false);
    expect(schemeFits(byId("manager-une-equipe"), "projet-transition-professionnelle")).toBe(false);
  });

  it("names them in the plan with CPF eligibility, next session and route, in Markdown and on the printable page", async () => {
    const runtime = testRuntime();
    const summary = await buildSummary(
      {
        lang: "fr",
        profile: {
          role: "employee",
          headcount: 30,
          training: { title: "Excel", goal: "certification", scheme: "cpf" },
        },
        missing: [],
        complete: true,
      },
      {
        tools: runtime.tools,
        card: () => undefined,
        now: () => new Date("2027-01-15T10:00:00Z"),
        centre: parseCentre({ name: "Centre Alpha" }),
        courses,
      },
    );
    expect(summary.courses).toEqual([
      expect.objectContaining({
        id: "excel-avance",
        title: "Excel avancé",
        cpf: true,
        nextSession: { start: "2027-02-04", end: "2027-02-05", place: "Lyon" },
        route: expect.objectContaining({ scheme: "cpf" }),
      }),
    ]);
    expect(summary.text).toContain("### Chez Centre Alpha");
    expect(summary.text).toMatch(
      /- \*\*Excel avancé\*\* — 14 h · 690\s€ · éligible au CPF \(RS 1002\) · prochaine session : 4 février 2027, Lyon · financement : CPF/,
    );
    expect(renderHtml(summary)).toContain("<h2>Chez Centre Alpha</h2>");
    const none = await buildSummary(
      { lang: "en", profile: { role: "employee", training: { title: "Welding" } }, missing: [], complete: true },
      { tools: runtime.tools, card: () => undefined, courses },
    );
    expect(none.courses).toBeUndefined();
  });
});
