import { describe, expect, it } from "vitest";
import { planCard } from "../../src/channels/plan-card";
import { isSourcesParagraph, replyView } from "../../src/channels/reply-view";
import { WebChatResponseSchema } from "../../src/channels/web/chat";
import type { Citation } from "../../src/core/reply";
import { NextStepsSummarySchema } from "../../src/core/summary";
import { testApp } from "../helpers";

const qualiopi: Citation = {
  id: "qualiopi-obligatoire",
  title: "Qualiopi",
  url: "https://travail-emploi.gouv.fr/qualiopi",
};
const summary = NextStepsSummarySchema.parse({
  lang: "fr",
  profile: {},
  opco: null,
  funder: "France Travail",
  routes: [],
  documents: [],
  steps: [{ order: 1, action: "S'inscrire", who: "Vous" }],
  deadlines: [],
  unknowns: ["L'IDCC"],
  citations: [qualiopi],
  text: "## Votre plan de financement\n\n### Sources\n\n- [Qualiopi](https://travail-emploi.gouv.fr/qualiopi)",
});
const reply = (text: string, citations: Citation[] = [qualiopi]) => ({ text, citations, quickReplies: [] });

describe("replyView", () => {
  it("drops the sources line the citations repeat, and keeps one that names another page", () => {
    const text = "**Qualiopi ?**\n\nOui.\n\nSources : [Qualiopi](https://travail-emploi.gouv.fr/qualiopi)";
    expect(replyView({ lang: "fr", reply: reply(text), summary: null }).text).toBe("**Qualiopi ?**\n\nOui.");
    expect(isSourcesParagraph("Sources : [Autre](https://www.service-public.fr/x)", [qualiopi])).toBe(false);
    expect(isSourcesParagraph("Sources: [Qualiopi](https://travail-emploi.gouv.fr/qualiopi)", [qualiopi])).toBe(true);
  });

  it("takes the plan out of the text, and says when it is an update of a plan already shown", () => {
    const first = replyView({ lang: "fr", reply: reply(`Noté.\n\n${summary.text}`), summary });
    expect(first).toEqual({ text: "Noté.", plan: summary, planUpdated: false });
    const update = replyView({ lang: "fr", reply: reply(`Noté.\n\nPlan mis à jour.\n\n${summary.text}`), summary });
    expect(update).toMatchObject({ text: "Noté.\n\nPlan mis à jour.", planUpdated: true });
  });

  it("finds the plan in a reply whose HTML was neutralised", () => {
    const risky = { ...summary, text: "## Plan\n\nOrganisme <Formation & Co>" };
    const view = replyView({
      lang: "fr",
      reply: reply("Voici.\n\n## Plan\n\nOrganisme \\<Formation & Co>"),
      summary: risky,
    });
    expect(view.text).toBe("Voici.");
  });
});

describe("POST /api/chat display", () => {
  it("gives the widget the reply without the plan and the plan as a card, the contract's fields unchanged", async () => {
    const app = testApp();
    let sessionId: string | undefined;
    let last: ReturnType<typeof WebChatResponseSchema.parse> | undefined;
    for (const message of [
      "Je suis employeur, IDCC 1486, 12 salariés, une formation d'anglais qui commence le 2027-03-15",
      "Pas encore choisi",
      "Oui",
    ]) {
      last = WebChatResponseSchema.parse(await (await app.post("/api/chat", { message, sessionId })).json());
      sessionId = last.sessionId;
    }
    expect(last?.summary).not.toBeNull();
    expect(last?.reply.text).toContain("## Votre plan de financement");
    expect(last?.display.text).not.toContain("Votre plan de financement");
    expect(last?.display.plan).toEqual(planCard(last?.summary ?? summary));
    expect(last?.display.plan?.funder).toMatchObject({ label: "Votre OPCO", name: "Atlas" });
    expect(last?.display.planUpdated).toBe(false);

    const updated = WebChatResponseSchema.parse(
      await (await app.post("/api/chat", { message: "en fait nous sommes 60 salariés", sessionId })).json(),
    );
    expect(updated.display).toMatchObject({ planUpdated: true });
    expect(updated.display.text).toContain("Plan mis à jour.");
  });
});
