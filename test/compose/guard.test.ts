import { describe, expect, it } from "vitest";
import opcosJson from "../../knowledge/data/opcos.json";
import { createGrounding, createStreamGuard } from "../../src/compose/guard";
import { loadBundledKnowledge } from "../../src/retrieval/bundled";
import { findOpco } from "../../src/tools/find-opco/find-opco";
import { opcoReference } from "../../src/tools/find-opco/reference-data";
import { fundingRoutes } from "../../src/tools/funding-routes/funding-routes";

const opcos = opcosJson.map((o) => ({ id: o.id, names: [o.name, ...o.aliases] }));
const kb = loadBundledKnowledge();
const card = kb.cards.fr.get("aide-embauche-apprenti-2026")!;
const cardText = `${card.title}\n${card.shortAnswer}`;
const atlas = JSON.stringify(await findOpco({ idcc: "1486", lang: "fr" }, { reference: opcoReference() }));

describe("grounding guard", () => {
  it("accepts a reply whose OPCO comes from the findOpco output and whose amounts come from the cited card", () => {
    const grounding = createGrounding(opcos, [atlas, cardText]);
    const reply =
      "Votre OPCO est **Atlas**. Pour un apprenti en niveau 5, l'aide va jusqu'à 4 500 €, pour un contrat conclu avant le 31 décembre 2026.";
    expect(grounding.unsupported(reply)).toEqual([]);
  });

  it("names what no source gave: another OPCO, an amount, a percentage, a duration", () => {
    const grounding = createGrounding(opcos, [atlas, cardText]);
    const facts = grounding.unsupported(
      "Votre OPCO est Akto, l'aide est de 7 000 €, soit 40 % du coût, versée sous 15 jours.",
    );
    expect(facts.map((f) => f.key)).toEqual(["opco:akto", "amount:7000", "percent:40", "duration:15:day"]);
  });

  it("takes verdicts from the fundingRoutes output, and refuses one it does not give", () => {
    // A job seeker: some routes are open (yes), some depend on a condition (maybe), some are closed (no).
    const routes = fundingRoutes({ status: "job_seeker", lang: "en" });
    expect(new Set(routes.routes.map((r) => r.eligible))).toEqual(new Set(["yes", "maybe", "no"]));
    const grounding = createGrounding(opcos, [JSON.stringify(routes)]);
    expect(
      grounding.unsupported(
        "You are eligible for the CPF, you may be eligible for the POE, and not eligible for Pro-A.",
      ),
    ).toEqual([]);
    const noCard = createGrounding(opcos, [atlas]);
    expect(noCard.unsupported("You are not eligible.").map((f) => f.key)).toEqual(["verdict:no"]);
  });

  it("grounds facts added during the turn (a tool the LLM called)", () => {
    const grounding = createGrounding(opcos);
    expect(grounding.unsupported("Votre OPCO est Atlas.")).toHaveLength(1);
    grounding.add(atlas);
    expect(grounding.unsupported("Votre OPCO est Atlas.")).toEqual([]);
  });
});

describe("stream guard", () => {
  it("releases the text sentence by sentence once each is checked", () => {
    const out: string[] = [];
    const guard = createStreamGuard(createGrounding(opcos, [atlas]), (text) => out.push(text));
    for (const piece of ["Votre ", "OPCO est ", "Atlas", ". Il finance ", "la formation", "."]) guard.push(piece);
    expect(out).toEqual(["Votre OPCO est Atlas. "]);
    expect(guard.finish()).toBe(true);
    expect(out.join("")).toBe("Votre OPCO est Atlas. Il finance la formation.");
  });

  it("stops at the first ungrounded sentence and never releases it", () => {
    const out: string[] = [];
    const guard = createStreamGuard(createGrounding(opcos, [atlas]), (text) => out.push(text));
    for (const piece of ["C'est Atlas.\n", "L'aide est de 9 999 €. ", "Autre chose."]) guard.push(piece);
    expect(guard.finish()).toBe(false);
    expect(out.join("")).toBe("C'est Atlas.\n");
  });
});
