import { describe, expect, it } from "vitest";
import { type ChatResponse, ChatResponseSchema } from "../../src/core/chat";
import { testApp } from "../helpers";

/**
 * How people actually write, each case through POST /api/chat as the widget sends it: a question
 * inside a first message is answered first, implicit roles and sectors are read, answers in the
 * flow are understood, and no fact is taken from a question about it.
 */
const { post } = testApp();

async function conversation(...messages: string[]): Promise<ChatResponse[]> {
  const responses: ChatResponse[] = [];
  let sessionId: string | undefined;
  for (const message of messages) {
    const res = await post("/api/chat", sessionId ? { sessionId, message } : { message });
    expect(res.status).toBe(200);
    const body = ChatResponseSchema.parse(await res.json());
    sessionId = body.sessionId;
    responses.push(body);
  }
  return responses;
}
const last = async (...messages: string[]) => (await conversation(...messages)).at(-1) as ChatResponse;
const cited = (response: ChatResponse) => response.reply.citations.map((c) => c.id);

describe("a question in the first message is answered first", () => {
  it("answers whether the provider must be Qualiopi-certified, and records no training goal from it", async () => {
    const r = await last("Do we need a Qualiopi-certified provider for the OPCO to pay?");
    expect(cited(r)[0]).toBe("qualiopi-obligatoire");
    expect(r.reply.text).toMatch(/Qualiopi/);
    expect(r.reply.text).not.toMatch(/Noted: certification/);
    expect(r.profile.training).toBeUndefined();
    expect(r.reply.text).toMatch(/who are you\?/);
  });

  it("answers a company of 12 about its skills plan, then asks what is still missing", async () => {
    const r = await last("We are 12 employees, will our OPCO pay for our skills plan?");
    expect(cited(r)).toContain("pdc-moins-50-salaries");
    expect(r.reply.text).toMatch(/fewer than 50 employees/);
    expect(r.profile).toMatchObject({ role: "employer", headcount: 12 });
    expect(r.step).toBe("company");
  });

  it("takes no headcount from a question about the rule for companies under 50", async () => {
    const r = await last("on m'a dit que l'opco payait tout pour les boites de moins de 50, c'est vrai ?");
    expect(r.profile.headcount).toBeUndefined();
    expect(cited(r)).toContain("pdc-moins-50-salaries");
  });
});

describe("implicit roles and sectors", () => {
  it("reads a bakery owner with 8 employees who wants Excel for a saleswoman, and asks neither who nor which company", async () => {
    const r = await last("j'ai une boulangerie avec 8 salariés, je voudrais former une vendeuse sur Excel");
    expect(r.profile).toMatchObject({
      role: "employer",
      headcount: 8,
      company: { description: "boulangerie", opcoId: "opco-ep" },
      training: { title: "Excel" },
    });
    expect(r.reply.text).not.toMatch(/qui êtes-vous|quelle est votre entreprise/i);
  });

  it("reads 'nous sommes un cabinet d'architectes de 15 personnes' as an employer of 15", async () => {
    const r = await last("nous sommes un cabinet d'architectes de 15 personnes");
    expect(r.profile).toMatchObject({ role: "employer", headcount: 15 });
  });

  it.each([
    ["on est une start-up SaaS de 12 personnes, quel est notre OPCO ?", "atlas", /Atlas/],
    ["j'ai un cabinet de kinésithérapie avec 3 salariés, quel est mon opco ?", "opco-ep", /OPCO EP/],
    ["nous sommes une association sportive de 6 salariés, quel OPCO ?", "afdas", /Afdas/],
  ])("finds the funder of %j from its activity, with no contradicting card", async (message, opco, named) => {
    const r = await last(message);
    expect(r.profile.company?.opcoId).toBe(opco);
    expect(r.reply.text).toMatch(named);
    expect(cited(r)[0]).toBe(opco);
    expect(
      cited(r).filter(
        (id) => id !== opco && /^(?:afdas|akto|atlas|constructys|ocapiat|opco-|opcommerce|uniformation)/.test(id),
      ),
    ).toEqual([]);
  });

  it("gives a plumber in a micro-entreprise the FAF of the craftspeople, not the building trade's OPCO", async () => {
    const r = await last("je suis en micro-entreprise de plomberie, qui finance ma formation ?");
    expect(r.profile.role).toBe("self_employed");
    expect(r.reply.text).toMatch(/FAFCEA/);
    expect(r.reply.text).not.toMatch(/Constructys/);
    expect(cited(r)[0]).toBe("independants-faf");
  });

  it("keeps the five facts of a list-style message", async () => {
    const r = await last(
      "salarié, boulangerie, 5 salariés, formation en comptabilité en mars, organisme pas encore choisi",
    );
    expect(r.profile).toMatchObject({
      role: "employee",
      company: { description: "boulangerie" },
      headcount: 5,
      training: { title: "comptabilité", startDate: "2027-03" },
    });
    expect(r.profile.provider).toBeUndefined();
    expect(r.step).toBe("review");
  });
});

describe("facts kept once given", () => {
  it("never takes a yes, or a sentence, for the provider's name", async () => {
    const r = await last("je suis employeur", "IDCC 1486", "12", "excel", "en mars", "oui");
    expect(r.profile.provider).toBeUndefined();
    const s = await last(
      "je suis employeur",
      "IDCC 1486",
      "12",
      "excel",
      "en mars",
      "j'ai vu ça en pâtisserie aussi mais c'est pas pour ça",
    );
    expect(s.profile.provider).toBeUndefined();
  });

  it("keeps the company's size when a number of people to train comes later", async () => {
    const r = await last(
      "Je suis RH d'une entreprise de logistique d'environ 300 salariés. Nous souhaitons former une vingtaine de caristes au CACES",
    );
    expect(r.profile.headcount).toBe(300);
    const s = await last(
      "office manager here, we're about 20 people",
      "we need excel training for the assistants, like 4 people",
    );
    expect(s.profile.headcount).toBe(20);
    expect(s.profile.company?.description).toBeUndefined();
    const t = await last("office manager here, we're about 20 people", "actually we are 25");
    expect(t.profile.headcount).toBe(25);
    const u = await last("office manager here, we're about 20 people", "actually it's 4 people not 3");
    expect(u.profile.headcount).toBe(20);
    const v = await last("bike shop, 12 employees, IDCC 1557", "oh wait actually its 10 employees not 12");
    expect(v.profile.headcount).toBe(10);
    expect(v.profile.training?.title).toBeUndefined();
  });

  it('takes "no job offer yet" as no hire, and a later change of date as the new date', async () => {
    const r = await last(
      "I'm a job seeker registered at France Travail, I want a forklift licence",
      "no i dont have a job offer yet",
    );
    expect(r.profile.training?.hiring).toBeUndefined();
    const s = await last(
      "je suis employeur, agence immobilière, 8 salariés",
      "formation loi ALUR pour 3 négociateurs",
      "en janvier",
      "en fait non ce sera plutot en fevrier",
    );
    expect(s.profile.training?.startDate).toBe("2027-02");
    expect(s.profile.provider).toBeUndefined();
  });

  it('reads a CFA coordinator asking for a client as a provider, and "it\'s us" as its own training', async () => {
    const r = await last(
      "Hi, I'm the coordinator at a CFA, asking on behalf of a client company",
      "they are a bakery, IDCC 0843, 4 employees",
      "they want to hire an apprentice for a CAP boulanger",
      "January",
      "it's us",
    );
    expect(r.profile.role).toBe("provider");
    expect(r.lang).toBe("en");
    expect(r.step).toBe("review");
    expect(r.reply.text).toMatch(/the training is yours to deliver/);
  });

  it("answers a follow-up with no word of the field about the conversation's training", async () => {
    const papers = await last(
      "boulangerie, IDCC 0843, 4 salariés",
      "je veux embaucher un apprenti en CAP boulanger",
      "c quoi les papiers a faire et avant quand ?",
    );
    expect(papers.reply.text).toMatch(/CERFA FA13/);
    const hybrids = await last(
      "garage, IDCC 1090, 8 salariés",
      "mon mecano doit passer l'habilitation electrique pour les vehicules electriques",
      "c obligatoire ou pas pour bosser sur les hybrides ?",
    );
    expect(hybrids.reply.citations[0]?.id).toBe("formations-obligatoires-securite");
    // A question on something else is not bent towards the training.
    const recipe = await last(
      "je suis employeur, IDCC 1486, 12 salariés",
      "une formation Excel",
      "la recette de la tarte tatin ?",
    );
    expect(recipe.reply.citations).toEqual([]);
  });

  it("builds the plan when asked at the end of a message or in other words, with what the message says", async () => {
    const r = await last(
      "je suis employeur",
      "IDCC 1486",
      "12",
      "excel",
      "ok donc concretement je fais quoi, resume moi",
    );
    expect(r.summary).not.toBeNull();
    const s = await last(
      "I run a garage, IDCC 1090, 8 employees",
      "Excel training",
      "in March, no provider yet. Make me a plan",
    );
    expect(s.summary).not.toBeNull();
    expect(s.profile.training?.startDate).toBe("2027-03");
  });

  it('reads "je sais pas mon idcc, c\'est un Carrefour Market" as the company, not as a question skipped', async () => {
    const r = await last("je suis salariée", "je sais pas mon idcc, c un carrefour market");
    expect(r.profile.company?.description).toMatch(/carrefour market/i);
    expect(r.profile.company?.opcoId).toBe("opcommerce");
  });

  it("reads the payslip's trade as the company, and answers a statement of the field it cannot file", async () => {
    const company = await last("je suis salariée", "c'est ecrit coiffure sur la fiche de paie");
    expect(company.profile.company?.description).toMatch(/coiffure/);
    const stated = await last(
      "je suis salarié",
      "IDCC 1486",
      "30",
      "excel",
      "en mars",
      "pas encore choisi",
      "mon employeur refuse la formation",
    );
    expect(stated.reply.text).not.toMatch(/Je n'ai pas compris/);
  });

  it("keeps the conversation's language when a provider's name is in French", async () => {
    const r = await last(
      "I run a garage with 20 employees, IDCC 1090",
      "Excel training for our receptionist",
      "in March",
      "Centre Routier Formation",
    );
    expect(r.lang).toBe("en");
    expect(r.profile.provider?.name).toBe("Centre Routier Formation");
  });

  it("does not ask an apprentice for the company's size, and lets the user close the conversation", async () => {
    const r = await last("je suis apprenti en CAP boulangerie, 2e année", "IDCC 0843");
    expect(r.step).not.toBe("headcount");
    const s = await last("IDCC 1486 c quel opco", "ok merci c tout, pas besoin de formation");
    expect(s.reply.text).toMatch(/^Avec plaisir/);
    expect(s.reply.text).not.toMatch(/qui êtes-vous/);
  });

  it("keeps the salon as the company and its trade out of the training", async () => {
    const r = await last(
      "je suis gérante d'un salon de coiffure, 3 salariées",
      "formation balayage pour une coiffeuse",
    );
    expect(r.profile.company?.description).toBe("salon de coiffure");
    expect(r.profile.training?.title).toBe("balayage");
  });
});

describe("requests outside the field", () => {
  it("declines payroll work politely, records no fact from it, and goes on with the dialogue", async () => {
    const [first, second] = await conversation(
      "Je suis employeur",
      "vous pouvez me faire mes fiches de paie ? on est 35h, mon comptable est hors de prix",
    );
    expect(first?.profile).toMatchObject({ role: "employer" });
    expect(second?.reply.text).toMatch(/la paie, le recrutement/);
    expect(second?.reply.text).toMatch(/Quelle est votre entreprise/);
    expect(second?.profile).toEqual(first?.profile);
  });
});

describe("answers in the flow", () => {
  it("reads 'je n'ai pas encore choisi d'auto-école' as no provider yet, not as a name to check", async () => {
    const r = await last(
      "Je suis salarié",
      "IDCC 1486",
      "30",
      "permis C",
      "en mars",
      "je n'ai pas encore choisi d'auto-école",
    );
    expect(r.profile.provider).toBeUndefined();
    expect(r.toolCalls.map((t) => t.name)).not.toContain("checkQualiopi");
    expect(r.step).toBe("review");
  });

  it("reads 'no provider yet' in English the same way", async () => {
    const r = await last("I am an employee", "IDCC 1486", "30", "AWS certification", "in March", "no provider yet");
    expect(r.profile.provider).toBeUndefined();
    expect(r.step).toBe("review");
  });

  it("stays in French for 'une formation en anglais'", async () => {
    const [, , , , r] = await conversation("Je suis salarié", "IDCC 1486", "30", "une formation en anglais", "en mars");
    expect(r?.lang).toBe("fr");
    expect(r?.profile.training).toMatchObject({ goal: "languages", title: "anglais" });
  });

  it("understands 'dès que possible' as a start date", async () => {
    const r = await last("Je suis salarié", "IDCC 1486", "30", "formation Excel", "dès que possible");
    expect(r.profile.training?.startDate).toBe("asap");
    expect(r.step).toBe("provider");
  });

  it("does not store 'Non' as the training goal", async () => {
    const r = await last("Je suis salarié", "IDCC 1486", "30", "Non");
    expect(r.profile.training?.goal).toBeUndefined();
    expect(r.step).toBe("training");
  });

  it.each([
    ["Excel", "formation Excel"],
    ["AWS", "une certification AWS"],
    ["permis C", "passer le permis C"],
    ["pédiatrie", "une formation en pédiatrie"],
  ])("records the training topic %s", async (topic, message) => {
    const r = await last("Je suis salarié", "IDCC 1486", "30", message);
    expect(r.profile.training?.title).toBe(topic);
  });
});
