import { describe, expect, it } from "vitest";
import { ROLES, TRAINING_GOALS } from "../../src/core/ids";
import type { Lang } from "../../src/core/lang";
import { createNodeAssistant } from "../../src/node/assistant";

const assistant = createNodeAssistant({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" });
let n = 0;

/** Plays messages on a new session and returns the last response. */
async function play(...messages: string[]) {
  const sessionId = `quick-replies-${n++}`;
  let last: Awaited<ReturnType<typeof assistant.chat>> | undefined;
  for (const message of messages) last = await assistant.chat({ sessionId, message });
  if (!last) throw new Error("no message");
  return last;
}

describe.each<Lang>(["fr", "en"])("every quick reply does what its label says (%s)", (lang) => {
  const hello = lang === "fr" ? "Bonjour" : "Hello";

  it("the profile buttons set each role", async () => {
    const first = await play(hello);
    const roles = [];
    for (const choice of first.reply.quickReplies.slice(0, ROLES.length))
      roles.push((await play(hello, choice.value)).profile.role);
    expect(roles).toEqual(["employer", "employee", "job_seeker", "self_employed", "public_agent", "provider"]);
  });

  it("the centre's welcome buttons list its courses and ask for a call back", async () => {
    const first = await play(hello);
    const [courses, adviser] = first.reply.quickReplies.slice(ROLES.length);
    const listed = await play(hello, courses?.value ?? "");
    expect(listed.reply.text).toContain(lang === "fr" ? "Excel avancé" : "Advanced Excel");
    expect(listed.step).toBe("profile");
    const handoff = await play(hello, adviser?.value ?? "");
    expect(handoff.offerCallback).toBe("requested");
    expect(handoff.reply.text).toContain("04 72 00 00 00");
  });

  it("the headcount buttons set a headcount in their band and keep the role", async () => {
    const atHeadcount = await play(hello, lang === "fr" ? "Je suis salarié" : "I am an employee", "IDCC 1486");
    expect(atHeadcount.step).toBe("headcount");
    const bands = [];
    for (const choice of atHeadcount.reply.quickReplies) {
      const after = await play(
        hello,
        lang === "fr" ? "Je suis salarié" : "I am an employee",
        "IDCC 1486",
        choice.value,
      );
      expect(after.profile.role).toBe("employee");
      bands.push(after.profile.headcount);
    }
    expect(bands).toEqual([10, 11, 50, 300]);
  });

  it("the training buttons set each goal", async () => {
    const steps = [hello, lang === "fr" ? "Je suis employeur" : "I am an employer", "IDCC 1486", "12"];
    const atGoal = await play(...steps);
    expect(atGoal.step).toBe("training");
    const goals = [];
    for (const choice of atGoal.reply.quickReplies)
      goals.push((await play(...steps, choice.value)).profile.training?.goal);
    expect(goals).toEqual([...TRAINING_GOALS]);
  });

  it("the review buttons lead to the plan or to a correction", async () => {
    const steps = [
      hello,
      lang === "fr" ? "Je suis employeur, IDCC 1486, 12 salariés" : "I am an employer, IDCC 1486, 12 employees",
      "Excel",
      "2027-03-01",
    ];
    const skip = lang === "fr" ? "Je ne sais pas" : "I don't know";
    const review = await play(...steps, skip);
    expect(review.step).toBe("review");
    const [yes, no] = review.reply.quickReplies;
    expect((await play(...steps, skip, yes?.value ?? "")).step).toBe("summary");
    expect((await play(...steps, skip, no?.value ?? "")).step).toBe("review");
  });
});

describe("whose identifier it is", () => {
  it("gives a SIRET to the company when the English word 'of' is in the sentence", async () => {
    const after = await play("Hello", "I am an employer", "the SIRET of our company is 732 829 320 00074");
    expect(after.profile.company?.siret).toBe("73282932000074");
    expect(after.profile.provider).toBeUndefined();
  });

  it("gives it to the provider when the message names the training provider (OF)", async () => {
    const after = await play("Bonjour", "Je suis employeur", "le SIRET de notre OF est 732 829 320 00074");
    expect(after.profile.provider?.siret).toBe("73282932000074");
  });
});
