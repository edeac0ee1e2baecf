import { describe, expect, it } from "vitest";
import { parseProvider } from "../../src/understanding/entities/provider";
import { normalize } from "../../src/understanding/text";
import { understand } from "../../src/understanding/understand";

const now = new Date("2026-11-28T10:00:00Z");
const read = (message: string, asked?: "startDate" | "provider") =>
  understand(message, { now, ...(asked ? { asked } : {}) }, { activities: () => [] });

describe("the training's start date", () => {
  it("is read in a sentence about the training", () => {
    expect(read("la formation commence en mars").facts.startDate).toBe("2027-03");
    expect(read("j'ai écrit le 2 octobre à mon employeur. La formation CPF commence en janvier").facts.startDate).toBe(
      "2027-01",
    );
  });

  it("is not any date of the message: a hiring, an expiry, an audit", () => {
    expect(read("On a pris une apprentie en septembre, on est 320 salariés").facts.startDate).toBeUndefined();
    expect(read("someone called me saying my CPF expires in December").facts.startDate).toBeUndefined();
    expect(read("NDA obtenu le mois dernier, audit Qualiopi prévu en mars").facts.startDate).toBeUndefined();
  });

  it("is 'as soon as possible' in a short answer, whatever was asked", () => {
    expect(read("dès que possible").facts.startDate).toBe("asap");
    expect(read("asap please").facts.startDate).toBe("asap");
  });

  it("is what the user says of it when asked, before any month they mention", () => {
    expect(read("au plus vite, mon contrat se termine en mars", "startDate").facts.startDate).toBe("asap");
    expect(read("pas encore fixé, la sélection de l'IFSI c'est en mars", "startDate").facts.startDate).toBe("unknown");
    expect(read("en mars", "startDate").facts.startDate).toBe("2027-03");
  });
});

describe("the provider, when it was asked", () => {
  const provider = (text: string) => parseProvider(normalize(text), true);

  it("is the name a short answer gives", () => {
    expect(provider("OpenClassrooms. Ils sont bien qualiopi non ?")).toEqual({ name: "openclassrooms" });
    expect(provider("l'AFPA de Nîmes")).toEqual({ name: "afpa de nimes" });
  });

  it("is no name in a sentence, and none chosen in a 'no'", () => {
    expect(provider("we'll do it in-house with our senior dev")).toBeUndefined();
    expect(provider("on verra")).toBeUndefined();
    expect(provider("recruter un demandeur d'emploi")).toBeUndefined();
    expect(provider("non")).toEqual({ notChosen: true });
  });

  it("keeps the name as the user wrote it", () => {
    expect(read("Alliance Française de Paris", "provider").facts.provider).toEqual({
      name: "Alliance Française de Paris",
    });
  });
});

describe("the language of a short answer", () => {
  it("is French for 'on verra' ('on' is French, not English)", () => {
    expect(read("on verra").lang).toBe("fr");
    expect(read("we are on it").lang).toBe("en");
  });
});

describe("when, how long and what, told apart", () => {
  it('reads "in 6 weeks" as when the training starts, not how long it lasts', () => {
    expect(read("it starts in 6 weeks").mentions.hours).toBeUndefined();
    expect(read("a 3 weeks bootcamp").mentions.hours).toBe(105);
  });

  it("takes no month, length or nationality for the training's subject", () => {
    expect(read("CAP boulanger starting in september").mentions.topic).toBe("CAP boulanger");
    expect(read("formation de 3 semaines").mentions.topic).toBeUndefined();
    expect(read("I'm a Spanish apprentice cook").mentions.topic).toBeUndefined();
    expect(read("we want a German course for two sales reps").mentions.topic).toBe("German");
  });

  it("takes no working week for the training's length, no \"permis d'exploitation\" for a driving licence", () => {
    expect(read("I work 30h a week as a nanny").mentions.hours).toBeUndefined();
    expect(read("une formation de 35 heures").mentions.hours).toBe(35);
    expect(read("the permis d'exploitation").mentions.topic).toBeUndefined();
  });

  it("reads the month an apprentice is to be hired as the start", () => {
    expect(read("je veux embaucher un apprenti en janvier").facts.startDate).toBe("2027-01");
  });

  it('reads a start told in the past as past: "I started in October"', () => {
    expect(read("i started in october, so 5 months ago").mentions.startDate).toBe("2026-10");
    expect(read("the training starts in october").mentions.startDate).toBe("2027-10");
  });
});

describe("French typed without apostrophes, and sizes told apart", () => {
  it('reads "demandeur d emploi", "d un organisme" as the elided words they are', () => {
    expect(read("je suis demandeur d emploi").mentions.role).toBe("job_seeker");
    expect(read("je suis commerciale d un organisme de formation").mentions.role).toBe("provider");
  });

  it("keeps the company's size over a band of people to train", () => {
    expect(
      read("entreprise de nettoyage de 70 salariés, on voudrait du FLE pour une quinzaine de personnes").mentions
        .headcount,
    ).toBe(70);
    expect(read("on est une vingtaine").mentions.headcount).toBe(20);
  });

  it('reads "ma convention c 0843" as the IDCC, and a supermarket chain as food retail', () => {
    expect(read("ma convention c 0843").mentions.identifiers.idcc).toBe("0843");
    expect(read("convention hcr 1979").mentions.identifiers.idcc).toBe("1979");
  });

  it("takes no provider's name from what is said of the training", () => {
    expect(read("and for the employer, what's the aid in 2026?", "provider").mentions.provider).toBeUndefined();
    expect(read("la formation dure 2 jours", "provider").mentions.provider).toBeUndefined();
    expect(read("openclassrooms, january", "provider").mentions.provider).toEqual({ name: "openclassrooms" });
    expect(read("organisme CREPS Ile de France", "provider").mentions.provider).toEqual({
      name: "CREPS Ile de France",
    });
  });
});

describe("the provider named in passing", () => {
  it("reads a provider named with the training, or whose name says it trains", () => {
    expect(read("la formation c'est avec GNFA").mentions.provider).toEqual({ name: "GNFA" });
    expect(read("we found a course with Cefora Formation, 3 days").mentions.provider).toEqual({
      name: "Cefora Formation",
    });
    expect(read("je voudrais faire une formation chez l'AFPA de Nîmes").mentions.provider).toEqual({
      name: "AFPA de Nîmes",
    });
  });

  it("takes no name from a training's subject, a date or a colleague", () => {
    for (const message of [
      "Sage-femme libérale : la formation à l'échographie, c'est DPC ou FIF PL ?",
      "la formation a démarré en mars",
      "je travaille avec un collègue",
      "formation en anglais avec mon équipe",
    ])
      expect(read(message).mentions.provider).toBeUndefined();
  });
});

describe("requests next to the field", () => {
  it("reads payroll, sick leave, dismissal, VAT, job ads and CVs as outside the field", () => {
    for (const message of [
      "vous pouvez me faire mes fiches de paie ? mon comptable est hors de prix",
      "rupture conventionnelle d'une salariée qui a 12 ans d'ancienneté, quelle indemnité minimum ?",
      "How do I calculate net salary from gross for my first employee?",
      "can you write me a job ad for a barista, 35h, CDI",
      "can you rewrite my CV in English for a job in a French bank?",
    ])
      expect([...read(message).acts]).toContain("off_topic");
  });

  it("keeps in the field any such message about training or its funding", () => {
    for (const message of [
      "je suis licencié économique, je peux utiliser mon CPF ?",
      "sur ma fiche de paie il y a l'IDCC 1486, c'est quel opco ?",
      "my employee is on sick leave during her training, does the OPCO still pay?",
      "où trouver l'IDCC sur un bulletin de paie ?",
    ])
      expect([...read(message).acts]).not.toContain("off_topic");
  });
});
