import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withAnalytics, withAskAnalytics } from "../../src/analytics/record";
import { createLogger } from "../../src/core/logger";
import { createMemoryStore } from "../../src/store/memory";
import { memoryEvents } from "../fakes/memory-centre";
import { PLAN_CONVERSATION } from "../fixtures/plan-conversation";
import { testRuntime } from "../helpers";

const runtime = testRuntime();
const logger = createLogger("error", () => undefined);

/** The dialogue with its analytics, on a memory store; the events land in `events`. */
function recorded() {
  const sink = memoryEvents();
  const handler = withAnalytics(runtime.handler, { sink, logger, now: () => Date.UTC(2027, 0, 15, 10) });
  const store = createMemoryStore({ handler });
  let n = 0;
  const play = async (channel: "web" | "slack", ...messages: string[]) => {
    const sessionId = `analytics-${n++}`;
    for (const message of messages) await store.runTurn({ sessionId, message, channel });
  };
  return { events: sink.events, play };
}

describe("the analytics of a conversation", () => {
  it("counts the conversation, each step, the OPCO and the plan once, whatever is said after", async () => {
    const { events, play } = recorded();
    await play(
      "web",
      ...PLAN_CONVERSATION,
      "en fait nous sommes 14 salariés",
      "Qu'est-ce que Qualiopi ?",
      "C'est quoi le CPF ?",
    );
    const types = events.map((e) => `${e.type}${e.step ? `:${e.step}` : ""}`);
    expect(types.filter((t) => t === "conversation_started")).toHaveLength(1);
    expect(types.filter((t) => t.startsWith("step_reached"))).toEqual([
      "step_reached:profile",
      "step_reached:training",
      "step_reached:provider",
      "step_reached:review",
      "step_reached:summary",
    ]);
    expect(events.filter((e) => e.type === "plan_produced")).toEqual([
      expect.objectContaining({ opco: "atlas", scheme: "plan-developpement-competences", channel: "web", lang: "fr" }),
    ]);
    expect(events.filter((e) => e.type === "opco_asked").map((e) => e.opco)).toEqual(["atlas"]);
    expect(events.filter((e) => e.type === "question_answered")).toHaveLength(2);
    expect(events.filter((e) => e.type === "scheme_asked").map((e) => e.scheme)).toEqual(["cpf"]);
    for (const event of events) expect(event).toMatchObject({ channel: "web", composer: "embedded" });
  });

  it("keeps a refused question with its personal data masked, and counts the call-back asked for", async () => {
    const { events, play } = recorded();
    await play(
      "slack",
      "Bonjour",
      "Quelle est la recette de la tarte tatin ? écrivez à jean.dupont@example.org ou au 06 12 34 56 78",
      "Je voudrais parler à un conseiller",
    );
    const refused = events.find((e) => e.type === "question_refused");
    expect(refused).toMatchObject({ channel: "slack", outcome: expect.stringMatching(/off_topic|low_confidence/) });
    expect(refused?.question).toBe("Quelle est la recette de la tarte tatin ? écrivez à [email] ou au [phone]");
    expect(events.filter((e) => e.type === "handoff_requested")).toHaveLength(1);
  });

  it("never keeps an e-mail, a phone number or a session id, whatever is typed", async () => {
    const { events, play } = recorded();
    const email = fc
      .tuple(fc.stringMatching(/^[a-z]{3,8}$/), fc.stringMatching(/^[a-z]{3,8}$/))
      .map(([a, b]) => `${a}.${b}@mail.example`);
    const phone = fc.stringMatching(/^0[67]\d{8}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("Comment financer", "Je cherche", "Quid de"),
        email,
        phone,
        async (start, mail, tel) => {
          const before = events.length;
          await play("web", `${start} ${mail} ${tel} ?`);
          const kept = JSON.stringify(events.slice(before));
          expect(kept).not.toContain(mail);
          expect(kept).not.toContain(tel);
          expect(kept).not.toContain("analytics-");
        },
      ),
      { numRuns: 25 },
    );
  });

  it("counts the questions of POST /api/ask on the API channel", async () => {
    const sink = memoryEvents();
    const ask = withAskAnalytics(runtime.ask, { sink, logger });
    await ask("Is Qualiopi mandatory?");
    await ask("Who won the football match? mail me at a@b.example");
    expect(sink.events.map((e) => [e.type, e.channel, e.question])).toEqual([
      ["question_answered", "api", undefined],
      ["question_refused", "api", "Who won the football match? mail me at [email]"],
    ]);
  });

  it("never fails a turn when the analytics cannot be written", async () => {
    const broken = { record: async () => Promise.reject(new Error("D1 down")) };
    const lines: string[] = [];
    const handler = withAnalytics(runtime.handler, {
      sink: broken,
      logger: createLogger("warn", (l) => lines.push(l)),
    });
    const outcome = await handler(null, { sessionId: "x-12345678", message: "Bonjour", channel: "web" });
    expect(outcome.response.reply.text).toContain("qui êtes-vous");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines.some((l) => l.includes("analytics not recorded"))).toBe(true);
  });
});
