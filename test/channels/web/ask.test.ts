import { describe, expect, it } from "vitest";
import { AskResponseSchema } from "../../../src/channels/web/ask";
import { ErrorBodySchema } from "../../../src/core/errors";
import { testApp } from "../../helpers";

const { post } = testApp();
/** The /api/ask answer to a question, checked against the contract. */
const asked = async (question: string) => AskResponseSchema.parse(await (await post("/api/ask", { question })).json());

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

  it("answers who funds from the tool that knows: IDCC 2216 is L'Opcommerce's", async () => {
    const body = AskResponseSchema.parse(
      await (await post("/api/ask", { question: "IDCC 2216, c'est quel OPCO ?" })).json(),
    );
    expect(body.outcome).toBe("answered");
    expect(body.toolCalls.map((t) => t.name)).toEqual(["findOpco"]);
    expect(body.answer.text).toMatch(/^\*\*OPCO : L'Opcommerce\*\* \(certain\)/);
    expect(body.answer.citations[0]?.id).toBe("opcommerce");
  });

  it("finds the OPCO of a trade named in English: a landscaping firm's is OCAPIAT", async () => {
    const body = AskResponseSchema.parse(
      await (await post("/api/ask", { question: "which OPCO for a landscaping firm?" })).json(),
    );
    expect(body.lang).toBe("en");
    expect(body.answer.text).toMatch(/OCAPIAT/);
    expect(body.answer.citations[0]?.id).toBe("ocapiat");
  });

  it("says whether a training is funded for who asks, from the funding rules, with the company's size", async () => {
    const body = AskResponseSchema.parse(
      await (
        await post("/api/ask", {
          question: "I'm an HR manager at a 40-person software company. Can the OPCO pay for an AWS certification?",
        })
      ).json(),
    );
    const routes = body.toolCalls.find((t) => t.name === "fundingRoutes");
    expect(routes?.input).toMatchObject({ status: "employer", headcount: 40 });
    expect(body.answer.text).toMatch(/\*\*Skills development plan[^*]*\*\* \(yes, [^)]*OPCO/);
    expect(body.answer.citations.map((c) => c.id)).toContain("plan-developpement-competences");
  });

  it("answers a question about a scheme from the card, then names the OPCO of the company the message identifies", async () => {
    const question =
      "Nous sommes un centre de relation client (IDCC 2098), 260 salariés. On a un projet de POEC pour recruter " +
      "15 téléconseillers : qui monte le dossier, et combien de temps peut durer la formation ?";
    const body = await asked(question);
    expect(body.answer.citations[0]?.id).toBe("poe");
    expect(body.toolCalls.find((t) => t.name === "findOpco")?.input).toMatchObject({ idcc: "2098" });
    expect(body.answer.text.indexOf("**OPCO : OPCO EP**")).toBeGreaterThan(body.answer.text.indexOf("400 heures"));
    expect(body.answer.citations.map((c) => c.id)).toContain("opco-ep");
  });

  it("does not bring the employer's OPCO into a question about the CPF, which no OPCO funds", async () => {
    const question =
      "bjr je suis vendeuse dans un magasin de bricolage et je voudrai apprendre excel pour passer chef de rayon, " +
      "c possible avec mon cpf ?";
    const body = await asked(question);
    expect(body.answer.citations[0]?.id).toBe("cpf");
    expect(body.toolCalls.map((t) => t.name)).not.toContain("findOpco");
    expect(body.answer.text).not.toMatch(/Opcommerce/i);
  });

  it("still weighs the OPCO when the CPF is one of two routes asked about", async () => {
    const question =
      "cariste dans une entreprise de transport routier de marchandises : le permis C, ça peut passer par le " +
      "plan de formation ou seulement par mon CPF ?";
    const body = await asked(question);
    expect(body.toolCalls.map((t) => t.name)).toContain("findOpco");
    expect(body.answer.text).toMatch(/OPCO Mobilités/i);
  });

  it("answers a company head's question on their own training from the card on heads, not from the company's OPCO", async () => {
    for (const question of [
      "Je suis gérante d'une EURL de conseil en recrutement, qui finance ma propre formation ?",
      "president of my SASU (IT consulting, no employees). AGEFICE or an OPCO for my own training?",
    ]) {
      const body = await asked(question);
      expect(body.answer.citations[0]?.id).toBe("formation-dirigeant");
      expect(body.answer.text).toMatch(/FAF/);
    }
  });

  it("reads an IDCC given as a fact as the company's, not as the question: a PTP's funder is Transitions Pro", async () => {
    const question =
      "Notre magasinier veut partir en PTP pour devenir aide-soignant, c'est nous qui payons ? On est un grossiste alimentaire, IDCC 0573.";
    const body = await asked(question);
    expect(body.answer.citations[0]?.id).toBe("projet-transition-professionnelle");
    expect(body.answer.text).toMatch(/Transitions Pro/);
    const aboutIdcc = await asked("IDCC 0573 : c'est quoi exactement ce numéro ?");
    expect(aboutIdcc.answer.citations[0]?.id).toBe("idcc-convention-collective");
  });

  it('reads "l\'OPCO de ma boîte" and "je fais la demande où ?" as questions on who funds', async () => {
    const cases = [
      ["Sur ma fiche de paie il y a la convention 0675. C'est quoi l'OPCO de ma boîte ?", /L'Opcommerce/],
      [
        "On fait du transport de marchandises, 9 salariés, mon chauffeur doit refaire sa FCO : je fais la demande où ?",
        /OPCO Mobilités/,
      ],
      ["we're a small plumbing company, 6 people. who do we apply to for a training course?", /Constructys/],
    ] as const;
    for (const [question, opco] of cases) {
      const body = await asked(question);
      expect(body.toolCalls.map((t) => t.name)).toContain("findOpco");
      expect(body.answer.text).toMatch(opco);
    }
  });

  it("answers \"who pays for the VAE?\" from the scheme's card first, the employer's OPCO after it", async () => {
    const question =
      "Je suis auxiliaire de vie dans une association d'aide à domicile, je veux faire une VAE pour le DEAES : qui paie l'accompagnement ?";
    const body = await asked(question);
    expect(body.answer.citations[0]?.id).toBe("vae");
    expect(body.answer.text.indexOf("**OPCO : Uniformation**")).toBeGreaterThan(body.answer.text.indexOf("VAE"));
  });

  it("gives the verdict of the route that fits, not the first one open: an employer's plan for its drivers' FCO", async () => {
    const question =
      "Transporteur routier (IDCC 0016), 140 salariés : nos 22 conducteurs doivent refaire leur FCO. L'OPCO peut-il tout financer ?";
    const body = await asked(question);
    const routes = body.toolCalls.find((t) => t.name === "fundingRoutes");
    expect(routes?.input).toMatchObject({ status: "employer", headcount: 140 });
    expect(body.answer.text).toMatch(/\*\*Plan de développement des compétences\*\* \(possible/);
    expect(body.answer.text).not.toMatch(/\*\*Période de reconversion\*\*/);
  });

  it("answers an employee's \"who do I apply to?\" on retraining from the PTP card, the employer's OPCO after it", async () => {
    const question =
      "I'm Brazilian, working for a French insurance company for 6 years. I'd like to retrain as a plumber and keep my salary during the course, who do I apply to?";
    const body = await asked(question);
    expect(body.answer.citations[0]?.id).toBe("projet-transition-professionnelle");
    expect(body.answer.text).toMatch(/Transitions Pro/);
  });

  it("sends a self-employed owner's staff to the activity's OPCO, not the owner's FAF", async () => {
    const question = "je suis kiné libérale avec une assistante salariée, pour sa formation à elle c'est quel opco ?";
    const body = await asked(question);
    expect(body.toolCalls.find((t) => t.name === "findOpco")?.input).not.toMatchObject({ status: "self_employed" });
    expect(body.answer.text).toMatch(/OPCO EP/);
  });

  it("knows a supermarket chain's cashier works in food retail (L'Opcommerce), not in a bakery", async () => {
    const body = await asked("je suis caissiere chez carrefour market, c'est quel opco ?");
    expect(body.answer.text).toMatch(/L'Opcommerce/);
  });

  it("answers a plain question whose card ranks first instead of refusing it", async () => {
    const body = await asked("c'est quoi le CPF ?");
    expect(body.outcome).toBe("answered");
    expect(body.answer.citations[0]?.id).toBe("cpf");
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
