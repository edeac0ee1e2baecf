import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRAINING_GOALS as GOALS, SCHEME_IDS, type SchemeId } from "../../../src/core/ids";
import { fundingRoutes, schemesFor } from "../../../src/tools/funding-routes/funding-routes";
import { FUNDED_WITHOUT_OPCO, judge } from "../../../src/tools/funding-routes/rules";
import {
  type ClientStatus,
  ClientStatusSchema,
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
      funder: "The company's OPCO, from the legal contributions",
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
    "opens apprenticeship and professionalisation to an employer of any size (%i employees) who hires, through the OPCO",
    (headcount) => {
      for (const scheme of ["contrat-apprentissage", "contrat-professionnalisation"] as const) {
        expect(route({ status: "employer", headcount, hiring: true, lang: "en" }, scheme)).toMatchObject({
          eligible: "yes",
          funder: "The company's OPCO",
        });
      }
    },
  );

  it("takes an apprenticeship or professionalisation goal as a hire", () => {
    expect(routes({ status: "employer", goal: "apprenticeship" })).toMatchObject({ hiring: true });
    expect(route({ status: "employer", goal: "professionalisation" }, "contrat-professionnalisation")?.eligible).toBe(
      "yes",
    );
  });

  it("points an employer training its current staff from the hiring contracts to the période de reconversion", () => {
    for (const scheme of ["contrat-apprentissage", "contrat-professionnalisation"] as const) {
      const contract = route({ status: "employer", headcount: 8, goal: "certification", lang: "en" }, scheme);
      expect(contract?.eligible).toBe("maybe");
      expect(contract?.why).toMatch(/hiring contract.*période de reconversion/);
    }
  });

  it("names the CERFAs of the two contracts", () => {
    expect(route({ status: "employer", hiring: true, lang: "fr" }, "contrat-apprentissage")?.why).toContain(
      "CERFA FA13 n° 10103",
    );
    expect(route({ status: "employer", hiring: true, lang: "fr" }, "contrat-professionnalisation")?.why).toContain(
      "CERFA EJ20 n° 12434",
    );
  });

  it("tells the employer of the EUR 750 share for a level 6 or 7 apprentice (contracts since 1 July 2025) and the 2026 aid", () => {
    // Loi 2025-127 art. 192, art. L. 6332-14 and décret 2025-585: card apprentissage-niveaux-prise-en-charge.
    const fr = route({ status: "employer", goal: "apprenticeship", lang: "fr" }, "contrat-apprentissage")?.why;
    expect(fr).toMatch(/niveau 6 ou 7.*1er juillet 2025.*750 €.*45 premiers jours.*déduits du paiement de l'OPCO/);
    expect(fr).toContain("aide à l'embauche 2026");
    const en = route({ status: "employer", goal: "apprenticeship", lang: "en" }, "contrat-apprentissage")?.why;
    expect(en).toMatch(/level 6 or 7.*1 July 2025.*EUR 750/);
  });

  it("tells the employer that an early end of a professionalisation contract is reported within 30 days to the OPCO, the DREETS and URSSAF", () => {
    // Art. D. 6325-5: card contrat-professionnalisation.
    expect(route({ status: "employer", hiring: true, lang: "en" }, "contrat-professionnalisation")?.why).toMatch(
      /early end.*within 30 days.*DREETS and URSSAF/,
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
    expect(employer?.why).toMatch(/1 February 2026.*150 to 450 hours.*between 30 and 20 days before the start/);
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
  it("get their CPF first, France Travail's AIF and the region's courses, whatever the course's goal", () => {
    for (const goal of [undefined, "adaptation", "certification", "languages", "reconversion"] as const) {
      const result = routes({ status: "job_seeker", lang: "en", ...(goal ? { goal } : {}) });
      expect(result.routes[0]).toMatchObject({ scheme: "cpf", eligible: "yes" });
      expect(result.routes.find((r) => r.scheme === "aif")?.eligible).toBe("maybe");
      expect(result.routes.find((r) => r.scheme === "programme-regional")?.eligible).toBe("maybe");
      expect(result.routes.find((r) => r.scheme === "contrat-professionnalisation")?.eligible).toBe("maybe");
    }
  });

  it("get the POE when a company is hiring them, funded by France Travail with that company's OPCO; only a maybe otherwise", () => {
    expect(route({ status: "job_seeker", hiring: true, lang: "en" }, "poe")).toMatchObject({
      eligible: "yes",
      funder: "France Travail, with the hiring company's OPCO",
    });
    const poe = route({ status: "job_seeker", goal: "adaptation", lang: "en" }, "poe");
    expect(poe?.eligible).toBe("maybe");
    expect(poe?.why).toMatch(/when a company hires you.*CPF, the AIF and the region first/);
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
    // Their own training never goes through an OPCO; only an apprentice they hire does.
    for (const r of result.routes.filter((r) => r.scheme !== "contrat-apprentissage"))
      expect(r.eligible === "no" || !/\bOPCO\b/.test(r.funder)).toBe(true);
  });

  it("tell the self-employed that the CPF flat contribution of EUR 103.20 stays due even when the FAF tops up", () => {
    // Arrêté of 30/12/2025; only employer or OPCO co-funding waives it: cards cpf, cpf-cofinancement.
    const cpf = route({ status: "self_employed", lang: "fr" }, "cpf")?.why;
    expect(cpf).toMatch(/103,20 €.*même si le FAF complète/);
  });

  it("let a self-employed craftsperson hire an apprentice: the branch's OPCO pays the CFA and the hiring aid applies", () => {
    // Cards contrat-apprentissage and independants-faf (travail-emploi.gouv.fr, le contrat d'apprentissage).
    const apprenticeship = route(
      { status: "self_employed", goal: "apprenticeship", lang: "en" },
      "contrat-apprentissage",
    );
    expect(apprenticeship?.eligible).toBe("yes");
    expect(apprenticeship?.funder).toMatch(/OPCO of your business's branch/);
    expect(apprenticeship?.why).toMatch(/even with no other employee.*2026 hiring aid/);
  });

  it("send public agents to CNFPT, ANFH or their administration, with a CPF in hours", () => {
    const result = routes({ status: "public_agent", lang: "en" });
    expect(result.otherFunders[0]?.funder).toBe("CNFPT, ANFH or your administration");
    expect(result.routes.find((r) => r.scheme === "cpf")).toMatchObject({ eligible: "yes" });
    expect(result.routes.find((r) => r.scheme === "cpf")?.why).toContain("counted in hours");
    expect(result.routes.find((r) => r.scheme === "plan-developpement-competences")).toMatchObject({
      eligible: "maybe",
      funder: "The employing administration: CNFPT or ANFH depending on the public service",
    });
  });

  it("give public agents their administration's plan and their CPF for any course, never an OPCO", () => {
    const result = routes({ status: "public_agent", goal: "adaptation", lang: "en" });
    const open = result.routes.filter((r) => r.eligible !== "no").map((r) => r.scheme);
    expect(open.sort()).toEqual(["cpf", "plan-developpement-competences"]);
    for (const r of result.routes.filter((r) => r.eligible !== "no")) expect(r.funder).not.toMatch(/\bOPCO\b/);
  });
});

describe("fundingRoutes: an employer training its current staff", () => {
  it("never gets the POE, which trains a job seeker before a hire", () => {
    for (const headcount of [8, 120]) {
      const poe = route({ status: "employer", headcount, goal: "adaptation", lang: "en" }, "poe");
      expect(poe?.eligible).toBe("no");
      expect(poe?.why).toMatch(/job seeker you are about to hire/);
    }
    expect(route({ status: "employer", headcount: 8, hiring: true }, "poe")?.eligible).toBe("yes");
  });
});

describe("fundingRoutes: CPF facts of 2026", () => {
  it("states the EUR 103.20 flat contribution, the working-time leave notice and the free cancellation to an employee", () => {
    // Arrêté of 30/12/2025; art. D. 6323-4 (60/120 days, 30-day answer, silence = yes); Mon Compte Formation's terms.
    const fr = route({ status: "employee", lang: "fr" }, "cpf")?.why ?? "";
    expect(fr).toContain("103,20 €");
    expect(fr).not.toContain("102,23");
    expect(fr).toMatch(/60 jours avant.*120 pour une formation de 6 mois ou plus.*30 jours vaut accord/);
    expect(fr).toMatch(/annulation est gratuite jusqu'à 7 jours ouvrés avant le début/);
  });

  it("spares job seekers the flat contribution", () => {
    expect(route({ status: "job_seeker", lang: "en" }, "cpf")?.why).toMatch(/no flat contribution/);
  });
});

describe("fundingRoutes: projet de transition professionnelle", () => {
  it("is funded by Transitions Pro, not an OPCO, whatever the status", () => {
    for (const status of FUNDING_STATUSES) {
      const ptp = route({ status, lang: "en" }, "projet-transition-professionnelle");
      expect(ptp?.funder).toBe("Transitions Pro, the regional association");
    }
    expect(route({ status: "employee", lang: "en" }, "projet-transition-professionnelle")?.why).toContain(
      "not OPCO funding",
    );
  });

  it("states the seniority, the 120/60-day leave notice and the employer's 30-day answer, silence meaning yes", () => {
    // Art. D. 6323-9, R. 6323-10 and R. 6323-10-1: card projet-transition-professionnelle.
    const why = route({ status: "employee", lang: "en" }, "projet-transition-professionnelle")?.why;
    expect(why).toMatch(/24 months as an employee, consecutive or not, including 12 in the company/);
    expect(why).toMatch(/120 days before the start for an absence of 6 months or more, 60 days otherwise/);
    expect(why).toMatch(/within 30 days and silence means yes/);
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
    expect(result.routes[0]?.scheme).toBe("cpf");
    expect(
      routes({ status: "provider", headcount: 80 }).routes.find((r) => r.scheme === "plan-developpement-competences")
        ?.eligible,
    ).toBe("maybe");
  });
});

describe("fundingRoutes: goals", () => {
  it("with a goal keeps the schemes that serve it and the persona's own, yes before maybe before no", () => {
    for (const goal of GOALS) {
      for (const status of FUNDING_STATUSES) {
        const result = routes({ status, goal, headcount: 30 });
        const evaluated = status === "provider" ? "employer" : status;
        expect(result.routes.map((r) => r.scheme).sort()).toEqual([...schemesFor(evaluated, goal)].sort());
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

describe("the schemes a company's OPCO does not fund", () => {
  // Who pays is the first funder the rule names; "topped up by the employer or the OPCO" is a top-up.
  const statuses = ClientStatusSchema.options;
  const payer = (scheme: SchemeId, status: ClientStatus, headcount?: number) =>
    judge(scheme, { status, ...(headcount !== undefined ? { headcount } : {}) }).funder.en.split(",")[0] ?? "";

  it("name another payer than an OPCO for every persona and company size", () => {
    for (const scheme of FUNDED_WITHOUT_OPCO)
      for (const status of statuses)
        for (const headcount of [undefined, 10, 300])
          expect(`${scheme}, ${status}: ${payer(scheme, status, headcount)}`).not.toMatch(/\bOPCO\b/);
  });

  it("leave out every scheme an OPCO pays for someone", () => {
    const paidByAnOpco = SCHEME_IDS.filter((scheme) =>
      statuses.some((status) => /\bOPCO\b/.test(payer(scheme, status, 10))),
    );
    expect(paidByAnOpco).toContain("plan-developpement-competences");
    expect(paidByAnOpco.filter((scheme) => FUNDED_WITHOUT_OPCO.has(scheme))).toEqual([]);
  });
});
