import { describe, expect, it } from "vitest";
import { createDialogueDeps } from "../../src/dialogue/deps";
import { createEngine } from "../../src/dialogue/engine";
import { testRuntime } from "../helpers";

describe("a turn that fails on our side", () => {
  it("keeps the state, apologises, re-asks the question and reports the error", async () => {
    const runtime = testRuntime();
    const reported: unknown[] = [];
    const deps = {
      ...createDialogueDeps({
        tools: { ...runtime.tools, findOpco: () => Promise.reject(new Error("directory exploded")) },
        reference: runtime.toolDeps.reference,
        knowledge: runtime.kb,
        now: () => new Date(),
      }),
      report: (error: unknown) => reported.push(error),
    };
    const play = createEngine(deps);
    const first = await play(null, { sessionId: "failure-session", message: "Je suis employeur" });
    const failed = await play(first.state, { sessionId: "failure-session", message: "IDCC 1486" });
    expect(failed.state).toEqual(first.state);
    expect(failed.response.reply.text).toMatch(/Désolé.*Rien n'est perdu/s);
    expect(failed.response.reply.text).toContain("Quelle est votre entreprise");
    expect(failed.response.reply.text).not.toContain("exploded");
    expect(reported).toHaveLength(1);
  });
});
