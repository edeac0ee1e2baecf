import { describe, expect, it } from "vitest";
import { createNodeAssistant } from "../../src/node/assistant";
import { PLAN_CONVERSATION } from "../fixtures/plan-conversation";

const assistant = createNodeAssistant({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" });
let n = 0;

/** Plays messages on a new session and returns every response. */
async function play(...messages: string[]) {
  const sessionId = `centre-${n++}`;
  const responses = [];
  for (const message of messages) responses.push(await assistant.chat({ sessionId, message }));
  return responses;
}

describe("the centre in the dialogue", () => {
  it("welcomes with the centre's words and buttons, in each language", async () => {
    const [fr] = await play("Bonjour");
    expect(fr?.reply.text).toMatch(/^Bonjour ! Je suis l'assistant du Centre Horizon Formation/);
    expect(fr?.reply.quickReplies.slice(-2).map((q) => q.label)).toEqual(["Nos formations", "Parler à un conseiller"]);
    const [en] = await play("Hello");
    expect(en?.reply.quickReplies.slice(-2).map((q) => q.value)).toEqual([
      "Which courses do you offer?",
      "I would like to talk to an adviser",
    ]);
  });

  it("answers a question about its courses from the catalogue, then goes on with the question it was at", async () => {
    const [, courses] = await play("Hello", "Do you have an Excel course?");
    expect(courses?.reply.text).toContain("At Centre Horizon Formation, these courses match:");
    expect(courses?.reply.text).toMatch(/\*\*Advanced Excel\*\* — 14 h · €690 · CPF-eligible \(RS 1002\)/);
    expect(courses?.reply.text).not.toContain("Business English");
    expect(courses?.reply.text).toContain("who are you");
    const [, all] = await play("Bonjour", "Quelles formations proposez-vous ?");
    expect(all?.reply.text).toContain("Les formations de Centre Horizon Formation :");
    expect(all?.reply.text.match(/^- \*\*/gm)).toHaveLength(4);
  });

  it("offers the call-back at the end of the first plan, and at once when asked to talk to someone", async () => {
    const responses = await play(...PLAN_CONVERSATION, "en fait nous sommes 14");
    const plan = responses[5];
    expect(plan?.offerCallback).toBe("offer");
    expect(plan?.reply.text).toContain("choisissez « Être rappelé »");
    expect(plan?.reply.quickReplies[0]).toEqual({ label: "Être rappelé", value: "Je voudrais être rappelé" });
    expect(plan?.summary?.courses?.[0]).toMatchObject({ id: "excel-avance", route: { funder: "Atlas" } });
    expect(responses[6]?.offerCallback).toBeUndefined();
    const [, handoff] = await play("Hello", "Can I talk to someone?");
    expect(handoff?.offerCallback).toBe("requested");
    expect(handoff?.reply.text).toContain('leave your details with "Be called back"');
    expect(handoff?.reply.text).toContain(
      "04 72 00 00 00, contact@horizon-formation.example (Monday to Friday, 9 am to 6 pm)",
    );
    expect(handoff?.step).toBe("profile");
  });
});
