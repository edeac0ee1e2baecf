import { describe, expect, it } from "vitest";
import { parseCommand as command, parseLanguageRequest, parseYesNo as yesNo } from "../../src/understanding/acts";
import { clausesOf } from "../../src/understanding/clauses";
import { parseStartDate as startDate } from "../../src/understanding/entities/dates";
import { parseHeadcount as headcount } from "../../src/understanding/entities/headcount";
import { parseRole as role } from "../../src/understanding/entities/role";
import { parseGoal as goal, parseHours as hours, parseTopic as topic } from "../../src/understanding/entities/training";
import { normalize } from "../../src/understanding/text";

// The parsers read normalised text (folded, abbreviations spelled out), as the understanding stage gives it.
const parseRole = (text: string) => role(normalize(text));
const parseHeadcount = (text: string, expectNumber = false) => headcount(normalize(text), { expectNumber });
const parseGoal = (text: string) => goal(normalize(text));
const parseHours = (text: string) => hours(normalize(text));
const parseTopic = (text: string) => topic(normalize(text));
const parseStartDate = (text: string, today: Date) => startDate(normalize(text), today);
const parseCommand = (text: string) => command(normalize(text));
const parseLanguageSwitch = (text: string) => parseLanguageRequest(normalize(text));
const parseYesNo = (text: string) => yesNo(normalize(text));
const looksLikeQuestion = (text: string) => clausesOf(normalize(text)).some((clause) => clause.question);

describe("parseRole", () => {
  it.each([
    ["je dirige une PME de 12 salariés", "employer"],
    ["Je suis employeur", "employer"],
    ["je suis RH dans une PME", "employer"],
    ["I run a small bakery", "employer"],
    ["Je suis salarié", "employee"],
    ["salarié", "employee"],
    ["en tant que salariée, puis-je me former ?", "employee"],
    ["I am an employee", "employee"],
    ["je suis dans une pme de 30 personnes et je veux faire une formation", "employee"],
    ["je suis dans une pme, je suis la gérante", "employer"],
    ["I'm a software engineer at a 300-person company", "employee"],
    ["I'm Brazilian, working for a French insurance company for 6 years", "employee"],
    ["je travaille chez un garagiste", "employee"],
    ["Je cherche un emploi", "job_seeker"],
    ["je suis demandeur d'emploi inscrit à France Travail", "job_seeker"],
    ["I'm unemployed", "job_seeker"],
    ["Je suis indépendant", "self_employed"],
    ["auto-entrepreneur en graphisme", "self_employed"],
    ["I am self-employed", "self_employed"],
    ["Je suis agent public", "public_agent"],
    ["fonctionnaire territorial", "public_agent"],
    ["Organisme de formation", "provider"],
    ["We are a training provider asking for a client", "provider"],
    ["j'ai envoyé un courrier à mon employeur", "employee"],
    ["jsuis apprenti mais jai plus de patron depuis 2 mois", "employee"],
    ["l'employeur me dit de repasser mon CACES sur mes congés", "employee"],
    ["on est un petit garage indépendant, 4 salariés", "employer"],
    ["vae pour mon chef de rang qui a 10 ans d'expérience", "employer"],
    ["My employer refused my CPF request", "employee"],
    ["One of our employees has an RQTH", "employer"],
    ["CACES for our warehouse guys, is that on us or the OPCO", "employer"],
    ["I'm the owner, small restaurant", "employer"],
    ["I am an employer", "employer"],
    ["we want to hire an apprentice", "employer"],
  ])("%s -> %s", (text, role) => expect(parseRole(text)).toBe(role));

  it("says nothing when no status is given", () => {
    for (const text of [
      "Bonjour",
      "IDCC 1486",
      "formation d'anglais en mars",
      "12",
      "11 à 49 salariés",
      "we have 250 employees",
      "300 salariés et plus",
      "Un employeur a-t-il le droit de refuser une formation ?",
      "recruter un demandeur d'emploi",
      "they want to hire an apprentice",
    ]) {
      expect(parseRole(text)).toBeUndefined();
    }
  });
});

describe("parseHeadcount", () => {
  it.each([
    ["an HR manager at a 40-person software company", 40],
    ["je dirige une PME de 12 salariés", 12],
    ["en fait nous sommes 60", 60],
    ["we have 250 employees", 250],
    ["a team of 8", 8],
    ["moins de 11 salariés", 10],
    ["plus de 50 salariés", 50],
    ["1 200 salariés", 1200],
    ["pas de salarié, je suis seul", 0],
    ["11 à 49 salariés", 11],
    ["300 salariés et plus", 300],
  ])("%s -> %d", (text, n) => expect(parseHeadcount(text)).toBe(n));

  it("reads a bare number only when the headcount was asked", () => {
    expect(parseHeadcount("35")).toBeUndefined();
    expect(parseHeadcount("35", true)).toBe(35);
    expect(parseHeadcount("environ 40", true)).toBe(40);
    expect(parseHeadcount("50 à 299", true)).toBe(50);
    expect(parseHeadcount("300+", true)).toBe(300);
  });

  it("does not take an IDCC, a SIRET or hours for a headcount", () => {
    for (const text of ["IDCC 1486", "SIRET 732 829 320 00074", "une formation de 35 heures"])
      expect(parseHeadcount(text)).toBeUndefined();
  });
});

describe("training facts", () => {
  it.each([
    ["formation d'anglais", "languages"],
    ["une certification RNCP", "certification"],
    ["recruter un apprenti", "apprenticeship"],
    ["un contrat de professionnalisation", "professionalisation"],
    ["je veux changer de métier", "reconversion"],
    ["faire une VAE", "vae"],
    ["un bilan de compétences", "bilan"],
    ["formation sur un nouveau logiciel", "adaptation"],
    ["an English course", "languages"],
    ["a career change", "reconversion"],
  ])("goal of %s is %s", (text, goal) => expect(parseGoal(text)).toBe(goal));

  it.each([
    ["ma responsable m'a refusé une formation management", "management"],
    ["embaucher un apprenti en bac pro commerce", "bac pro commerce"],
    ["un bootcamp dev full stack a 7000€", "dev full stack"],
    ["on leur fait une formation BAFD", "bafd"],
    ["une VAE pour le titre pro de préparateur de commandes", "titre pro de preparateur de commandes"],
    ["Demandeuse d'emploi, je voudrais devenir auxiliaire de vie", "auxiliaire de vie"],
    ["we want to train one of them on food hygiene", "food hygiene"],
    ["training in welding for my staff", "welding"],
    ["une formation d'aide-soignant", "aide-soignant"],
  ])("the training of %j is %j", (text, topic) => expect(parseTopic(text)).toBe(topic));

  it("does not take a verb or a clause after 'formation' for its subject", () => {
    for (const text of [
      "l'OPCO peut financer ma formation alors que je suis demandeur d'emploi ?",
      "je suis payée pendant la formation si je suis au chomage ?",
      "un particulier qui paie lui-même sa formation",
      "une formation professionnelle financée",
      "a training for my employees",
      "je veux faire un projet de transition professionnelle",
    ])
      expect(parseTopic(text)).toBeUndefined();
  });

  it("reads durations in hours, days or weeks", () => {
    expect(parseHours("35 heures")).toBe(35);
    expect(parseHours("150h de formation")).toBe(150);
    expect(parseHours("3 jours")).toBe(21);
    expect(parseHours("2 weeks")).toBe(70);
    expect(parseHours("en mars")).toBeUndefined();
  });

  const today = new Date("2026-11-23T10:00:00Z");
  it.each([
    ["formation d'anglais en mars", "2027-03"],
    ["début décembre", "2026-12"],
    ["le 15 mars 2027", "2027-03-15"],
    ["starting in January", "2027-01"],
    ["on March 3rd", "2027-03-03"],
    ["2027-02-01", "2027-02-01"],
    ["01/02/2027", "2027-02-01"],
    ["le mois prochain", "2026-12"],
    ["dans 3 mois", "2027-02"],
  ])("start date of %s is %s", (text, date) => expect(parseStartDate(text, today)).toBe(date));

  it("does not read a month in ordinary words", () => {
    for (const text of ["I may need help", "mai oui", "IDCC 1486", "12 salariés"])
      expect(parseStartDate(text, today)).toBeUndefined();
  });
});

describe("commands", () => {
  it.each([
    ["recommencer", "restart"],
    ["Restart", "restart"],
    ["retour", "back"],
    ["go back", "back"],
    ["résumé", "summary"],
    ["summary", "summary"],
    ["Je ne sais pas", "unknown"],
    ["I don't know", "unknown"],
  ])("%s -> %s", (text, command) => expect(parseCommand(text)).toBe(command));

  it("is not fooled by a sentence that merely contains the word", () => {
    expect(
      parseCommand("je sais pas trop quel OPCO choisir pour ma boulangerie de douze personnes et plus"),
    ).toBeUndefined();
    expect(parseCommand("Bonjour")).toBeUndefined();
  });

  it("detects explicit language switches", () => {
    expect(parseLanguageSwitch("in English please")).toBe("en");
    expect(parseLanguageSwitch("Can you answer en anglais ?")).toBe("en");
    expect(parseLanguageSwitch("en français svp")).toBe("fr");
    expect(parseLanguageSwitch("Bonjour")).toBeUndefined();
  });

  it("reads yes and no in both languages", () => {
    expect(parseYesNo("Oui")).toBe("yes");
    expect(parseYesNo("yes please")).toBe("yes");
    expect(parseYesNo("non")).toBe("no");
    expect(parseYesNo("peut-être")).toBeUndefined();
  });

  it("tells questions from facts", () => {
    expect(looksLikeQuestion("C'est quoi Qualiopi ?")).toBe(true);
    expect(looksLikeQuestion("what is the CPF")).toBe(true);
    expect(looksLikeQuestion("IDCC 1486")).toBe(false);
    expect(looksLikeQuestion("Je suis salarié")).toBe(false);
  });

  it('reads "what\'s the plan", "make me a plan", "c quoi la suite" as asking for the plan', () => {
    for (const text of [
      "ok so whats the plan",
      "can you make a plan",
      "ok c quoi la suite",
      "et du coup je fais quoi maintenant ?",
      "ok gimme the plan",
      "fine, please produce a plan for our team",
      "donnez-moi le plan complet",
    ])
      expect(parseCommand(text)).toBe("summary");
    expect(parseCommand("le plan de formation, c'est quoi ?")).toBeUndefined();
    expect(parseCommand("make a training plan for my team")).toBeUndefined();
    for (const text of ["le plan svp", "ok et le plan alors", "plan stp", "vous pouvez me faire le plan d'action"])
      expect(parseCommand(text)).toBe("summary");
    expect(parseCommand("est-ce que le plan est payé par l'opco")).toBeUndefined();
    for (const text of [
      "ok donc au final je fais quoi concretement, recap",
      "tu peux me dire les etapes",
      "debut en fevrier 2027, plan stp",
    ])
      expect(parseCommand(text)).toBe("summary");
    expect(parseCommand("quelles sont les étapes pour demander une prise en charge ?")).toBeUndefined();
  });

  it("does not take someone who runs the place for an employee because of the job they name", () => {
    expect(parseRole(normalize("I'm a chartered accountant and run a small practice near Lille"))).not.toBe("employee");
  });

  it("finds a question typed with no question mark at the end of a message, as on a phone", () => {
    const question = (text: string) =>
      clausesOf(normalize(text))
        .filter((c) => c.question)
        .map((c) => c.text);
    expect(question("IDCC 1486 c quel opco")).toEqual(["c'est quel opco"]);
    expect(question("jai un resto 6 salarie idcc 1979 faut faire le haccp pour mon cuisinier qui paye")).toEqual([
      "qui paye",
    ]);
    expect(question("le caces chariot pour le magasinier ca passe par l'opco ou pas")).toHaveLength(1);
    // A relative clause is not a question: "que ce soit l'entreprise qui paie".
    expect(question("il demande que ce soit l'entreprise qui paie")).toEqual([]);
    expect(question("mon cuisinier commence lundi")).toEqual([]);
    expect(question("le cfa dit que ma formation est plus financée, je fais quoi")).toEqual(["je fais quoi"]);
    expect(question("yo quick q can my opco pay for SST training for 5 ppl")).toHaveLength(1);
    expect(question("Différence entre POEI et POEC svp")).toHaveLength(1);
    expect(question("est ce qu'un organisme peut être payé sans qualiopi")).toHaveLength(1);
  });
});
