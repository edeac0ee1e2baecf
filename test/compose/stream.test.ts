import { afterEach, describe, expect, it } from "vitest";
import { ChatResponseSchema } from "../../src/core/chat";
import { testApp } from "../helpers";
import { type FakeOpenAI, type Scripted, startFakeOpenAI } from "./fake-openai";

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function sse(script: Scripted[], message: string) {
  fake = await startFakeOpenAI(script);
  const { post } = testApp({ env: { OPENAI_BASE_URL: fake.baseUrl, LOG_LEVEL: "error" } });
  const res = await post("/api/chat", { message, sessionId: "stream-test-1" }, { Accept: "text/event-stream" });
  expect(res.headers.get("Content-Type")).toMatch(/text\/event-stream/);
  const events = (await res.text())
    .split("\n\n")
    .filter(Boolean)
    .map((block) => ({ event: /^event: (.*)$/m.exec(block)?.[1], data: /^data: (.*)$/m.exec(block)?.[1] ?? "" }));
  const deltas = events.filter((e) => e.event === "delta").map((e) => (JSON.parse(e.data) as { text: string }).text);
  const done = events.filter((e) => e.event === "done");
  expect(done).toHaveLength(1);
  expect(events.at(-1)?.event).toBe("done");
  return { deltas, done: ChatResponseSchema.parse(JSON.parse(done[0]!.data)) };
}

describe("POST /api/chat streaming with the LLM composer", () => {
  it("streams the model's text as delta events while it is written, then done with the whole response", async () => {
    const reply = "Bonjour ! Vous êtes employeur. Quelle est votre entreprise ? Donnez son SIRET ou son IDCC.";
    const { deltas, done } = await sse([{ content: reply }], "Bonjour, je suis employeur");
    expect(done.composer).toBe("llm");
    expect(done.reply.text).toBe(reply);
    expect(deltas.join("")).toBe(reply);
    // Released sentence by sentence as the tokens arrive, not in one block at the end.
    expect(deltas).toEqual([
      "Bonjour ! ",
      "Vous êtes employeur. ",
      "Quelle est votre entreprise ? ",
      "Donnez son SIRET ou son IDCC.",
    ]);
  });

  it("never streams an ungrounded sentence: the stream stops and done carries the embedded reply", async () => {
    const { deltas, done } = await sse(
      [{ content: "Bonjour ! Votre OPCO est Akto. Quelle est votre entreprise ?" }],
      "Bonjour, je suis employeur",
    );
    expect(deltas).toEqual(["Bonjour ! "]);
    expect(done.composer).toBe("embedded");
    expect(done.reply.text).not.toContain("Akto");
  });
});
