import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRAINING_GOALS as GOALS, SCHEME_IDS, type SchemeId } from "../../../src/core/ids";
import { fundingRoutes, GOAL_SCHEMES } from "../../../src/tools/funding-routes/funding-routes";
import {
  FUNDING_STATUSES,
  type FundingRoutesInput,
  FundingRoutesOutputSchema,
} from "../../../src/tools/funding-routes/schema";

const routes = (input: FundingRoutesInput) => FundingRoutesOutputSchema.parse(fundingRoutes(input));
const route = (input: FundingRoutesInput, scheme: SchemeId) => routes(input).routes.find((r) => r.scheme === scheme);

describe("fundingRoutes: the plan de développement des compétences", () => {
  it("is funded by the OPCO for an employer with 12 employees", () => {
    expect(route({ status: "employer", headcount: 12, lang: "en" }, "plan-developpement-competences")).toMatchObject({
      eligible: "yes",
      funder: "The company's OPCO (legal contributions)",
    });
    expect(route({ status: "employer", headcount: 49 }, "plan-developpement-competences")?.eligible).toBe("yes");
  });

  it("is only a maybe from 50 employees: conventional or voluntary contributions, otherwise the employer pays", () => {
    for (const headcount of [50, 60, 5000]) {
      const plan = route({ status: "employer", headcount, lang: "en" }, "plan-developpement-competences");
      expect(plan?.eligible).toBe("maybe");
      expect(plan?.why).toMatch(/From 50 employees.*conventional.*voluntary.*company pays itself/);
      expect(plan?.funder).toMatch(/^The employer/);
    }
    const fr = route({ status: "employer", headcount: 60, lang: "fr" }, "plan-developpement-competences");
    expect(fr?.why).toMatch(/À partir de 50 salariés.*conventionnelle.*volontaire/);
  });

  it("asks for the headcount when it is unknown", () => {
    const plan = route({ status: "employer", lang: "en" }, "plan-developpement-competences");
    expect(plan?.eligible).toBe("maybe");
    expect(plan?.why).toContain("depends on your headcount");
  });

  it("is the employer's decision for an employee", () => {
    expect(route({ status: "employee", headcount: 12 }, "plan-developpement-competences")?.eligible).toBe("maybe");
  });
});

describe("fundingRoutes: alternance contracts", () => {
  it.each([1, 12, 60, 3000])(
    "opens apprenticeship and professionalisation to an employer of any size (%i employees), through the OPCO",
    (headcount) => {
      for (const scheme of ["contrat-apprentissage", "contrat-professionnalisation"] as const) {
        expect(route({ status: "employer", headcount, lang: "en" }, scheme)).toMatchObject({
          eligible: "yes",
          funder: "The company's OPCO",
        });
      }
    },
  );

  it("names the CERFAs of the two contracts", () => {
    expect(route({ status: "employer", lang: "fr" }, "contrat-apprentissage")?.why).toContain("CERFA FA13 n° 10103");
    expect(route({ status: "employer", lang: "fr" }, "contrat-professionnalisation")?.why).toContain(
      "CERFA EJ20 n° 12434",
    );
  });

  it("tells an apprentice that the employer's OPCO pays the CFA, first of their routes", () => {
    const first = routes({ status: "apprentice", lang: "en" }).routes[0];
    expect(first).toMatchObject({ scheme: "contrat-apprentissage", eligible: "yes" });
  });
});

describe("fundingRoutes: période de reconversion (since 1 February 2026)", () => {
  it("is open to employers and, with the employer's written agreement, to employees, funded by the OPCO", () => {
    const employer = route({ status: "employer", headcount: 200, lang: "en" }, "periode-reconversion");
    expect(employer).toMatchObject({ eligible: "yes", funder: "The company's OPCO" });
    expect(employer?.why).toMatch(/1 February 2026.*150 to 450 hours.*30 days before the start/);
    const employee = route({ status: "employee", lang: "en" }, "periode-reconversion");
    expect(employee?.eligible).toBe("maybe");
    expect(employee?.why).toContain("written agreement");
  });

  it("never offers the schemes it replaced (Pro-A, Transitions collectives)", () => {
    for (const status of FUNDING_STATUSES) {
      for (const lang of ["fr", "en"] as const) {
        const text =
          JSON.stringify(routes({ status, lang, goal: "reconversion" })) + JSON.stringify(routes({ status, lang }));
        expect(text).not.toMatch(/pro-?a\b|promotion par alternance|transitions? collectives?|transco/i);
        expect(text).toMatch(/période de reconversion|periode-reconversion/);
      }
    }
  });

  it("is not for job seekers, the self-employed or public agents", () => {
    for (const status of ["job_seeker", "self_employed", "public_agent"] as const) {
      expect(route({ status }, "periode-reconversion")?.eligible).toBe("no");
    }
  });
});

describe("fundingRoutes: job seekers", () => {
  it("get the POE, funded by France Travail with the hiring company's OPCO, and their CPF", () => {
    const result = routes({ status: "job_seeker", lang: "en" });
    expect(result.routes[0]).toMatchObject({
      scheme: "poe",
      eligible: "yes",
      funder: "France Travail, with the hiring company's OPCO",
    });
    expect(result.routes.find((r) => r.scheme === "cpf")?.eligible).toBe("yes");
  });

  it("do not get the plan de développement des compétences", () => {
    const plan = route({ status: "job_seeker", lang: "en" }, "plan-developpement-competences");
    expect(plan?.eligible).toBe("no");
    expect(plan?.why).toContain("for employees only");
  });

  it("are pointed to France Travail's AIF outside the schemes", () => {
    expect(routes({ status: "job_seeker", lang: "fr" }).otherFunders[0]?.funder).toContain("AIF");
  });
});

describe("fundingRoutes: the self-employed and public agents", () => {
  it("send the self-employed to their FAF, not to an OPCO", () => {
    const result = routes({ status: "self_employed", lang: "en" });
    expect(result.otherFunders[0]?.funder).toMatch(/FAF.*AGEFICE.*FIFPL.*FAFCEA.*VIVEA.*FAF-PM/);
    expect(result.otherFunders[0]?.why).toContain("does not depend on an OPCO");
    expect(result.routes.find((r) => r.scheme === "cpf")?.funder).toContain("FAF");
    for (const r of result.routes) expect(r.eligible === "no" || !/\bOPCO\b/.test(r.funder)).toBe(true);
  });

  it("send public agents to CNFPT, ANFH or their administration, with a CPF in hours", () => {
    const result = routes({ status: "public_agent", lang: "en" });
    expect(result.otherFunders[0]?.funder).toBe("CNFPT, ANFH or your administration");
    expect(result.routes.find((r) => r.scheme === "cpf")).toMatchObject({ eligible: "yes" });
    expect(result.routes.find((r) => r.scheme === "cpf")?.why).toContain("counted in hours");
    expect(result.routes.find((r) => r.scheme === "plan-developpement-competences")?.eligible).toBe("no");
  });
});

describe("fundingRoutes: projet de transition professionnelle", () => {
  it("is funded by Transitions Pro, not an OPCO, whatever the status", () => {
    for (const status of FUNDING_STATUSES) {
      const ptp = route({ status, lang: "en" }, "projet-transition-professionnelle");
      expect(ptp?.funder).toBe("Transitions Pro (regional association)");
    }
    expect(route({ status: "employee", lang: "en" }, "projet-transition-professionnelle")?.why).toContain(
      "not OPCO funding",
    );
  });
});

describe("fundingRoutes: a provider acting for a client", () => {
  it("applies the rules to the client: a 12-employee employer by default", () => {
    const result = routes({ status: "provider", clientHeadcount: 12, lang: "en" });
    expect(result).toMatchObject({ status: "provider", evaluatedFor: "employer", headcount: 12 });
    expect(result.routes.find((r) => r.scheme === "plan-developpement-competences")?.eligible).toBe("yes");
  });

  it("uses the client's status and falls back to headcount", () => {
    const result = routes({ status: "provider", clientStatus: "job_seeker", headcount: 80 });
    expect(result.evaluatedFor).toBe("job_seeker");
    expect(result.routes[0]?.scheme).toBe("poe");
    expect(
      routes({ status: "provider", headcount: 80 }).routes.find((r) => r.scheme === "plan-developpement-competences")
        ?.eligible,
    ).toBe("maybe");
  });
});

describe("fundingRoutes: goals", () => {
  it("with a goal keeps only the schemes that serve it, yes before maybe before no", () => {
    for (const goal of GOALS) {
      for (const status of FUNDING_STATUSES) {
        const result = routes({ status, goal, headcount: 30 });
        expect(result.routes.map((r) => r.scheme).sort()).toEqual([...GOAL_SCHEMES[goal]].sort());
        const ranks = result.routes.map((r) => ({ yes: 0, maybe: 1, no: 2 })[r.eligible]);
        expect(ranks).toEqual([...ranks].sort());
      }
    }
  });

  it("answers a bilan goal with the bilan de compétences first and a VAE goal with the VAE", () => {
    expect(routes({ status: "employee", goal: "bilan" }).routes[0]?.scheme).toBe("bilan-competences");
    expect(routes({ status: "employee", goal: "vae" }).routes[0]?.scheme).toBe("vae");
  });

  it("without a goal covers every scheme once", () => {
    for (const status of FUNDING_STATUSES) {
      expect(
        routes({ status })
          .routes.map((r) => r.scheme)
          .sort(),
      ).toEqual([...SCHEME_IDS].sort());
    }
  });
});

describe("fundingRoutes: any valid input", () => {
  const input = fc.record(
    {
      status: fc.constantFrom(...FUNDING_STATUSES),
      headcount: fc.nat({ max: 100_000 }),
      goal: fc.constantFrom(...GOALS),
      lang: fc.constantFrom("fr" as const, "en" as const),
      clientStatus: fc.constantFrom(
        "employee",
        "employer",
        "job_seeker",
        "self_employed",
        "public_agent",
        "apprentice",
      ) as fc.Arbitrary<Exclude<(typeof FUNDING_STATUSES)[number], "provider">>,
      clientHeadcount: fc.nat({ max: 100_000 }),
    },
    { requiredKeys: ["status"] },
  );

  it("gives schema-valid routes with full sentences in the requested language", () => {
    fc.assert(
      fc.property(input, (value) => {
        const out = FundingRoutesOutputSchema.parse(fundingRoutes(value));
        expect(out.lang).toBe(value.lang ?? "fr");
        expect(out.routes.length).toBeGreaterThan(0);
        expect(new Set(out.routes.map((r) => r.scheme)).size).toBe(out.routes.length);
        for (const r of out.routes) {
          expect(r.why).toMatch(/^[A-ZÀ-Ý].{30,}[.]$/s);
          if (out.lang === "en") expect(r.why).not.toMatch(/\b(les|des|votre|salariés)\b/);
          else expect(r.why).toMatch(/\b(le|la|les|de|du|un|une|votre|vos)\b/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
