import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJudge, judgeConfigFrom, parseScore } from "../../eval/judge";

/** A local OpenAI-compatible server (Chat Completions JSON): grades 2 when the answer says something the cards do not, else 5. */
const requests: { path: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
const server = createServer(async (req: IncomingMessage, res) => {
  let raw = "";
  for await (const chunk of req) raw += String(chunk);
  const body = JSON.parse(raw) as (typeof requests)[number]["body"];
  requests.push({ path: req.url ?? "", body });
  const human = body.messages.find((m) => m.role === "user")?.content ?? "";
  const content = human.includes("100 %")
    ? '{"score": 2, "reason": "claims full funding the cards do not state"}'
    : '{"score": 5, "reason": "supported"}';
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(
    JSON.stringify({
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 1,
      model: body.model,
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    }),
  );
});
let baseURL = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("LLM judge", () => {
  const cards = [
    {
      id: "qualiopi-obligatoire",
      title: "Qualiopi est-il obligatoire ?",
      text: "Depuis 2022, un organisme doit être certifié Qualiopi pour des fonds publics.",
    },
  ];

  it("is configured only when OPENAI_API_KEY or OPENAI_BASE_URL is set", () => {
    expect(judgeConfigFrom({})).toBeNull();
    expect(judgeConfigFrom({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1" })).toMatchObject({
      baseURL: "http://127.0.0.1:1/v1",
      model: "gpt-4o-mini",
    });
    expect(judgeConfigFrom({ OPENAI_API_KEY: "k", EVAL_JUDGE_MODEL: "judge-model" })).toMatchObject({
      apiKey: "k",
      model: "judge-model",
    });
  });

  it("grades through @langchain/openai against a Chat Completions server, sending the question, answer and cited cards", async () => {
    const judge = createJudge({ baseURL, model: "fake-judge" });
    expect(
      await judge.grade({
        question: "Qualiopi obligatoire ?",
        answer: "Oui, depuis 2022 pour les fonds publics.",
        cards,
      }),
    ).toBe(5);
    expect(
      await judge.grade({
        question: "Qualiopi obligatoire ?",
        answer: "L'OPCO rembourse 100 % de toute formation.",
        cards,
      }),
    ).toBe(2);
    const last = requests.at(-1);
    expect(last?.path).toBe("/v1/chat/completions");
    expect(last?.body.model).toBe("fake-judge");
    expect(last?.body.messages[0]?.role).toBe("system");
    expect(last?.body.messages[1]?.content).toContain("[qualiopi-obligatoire]");
  });

  it("reads the score from JSON, else from the first digit 1-5, else gives none", () => {
    expect(parseScore('{"score": 4, "reason": "ok"}')).toBe(4);
    expect(parseScore("Score: 3 out of 5")).toBe(3);
    expect(parseScore('{"score": 9}')).toBeNull();
    expect(parseScore("no idea")).toBeNull();
  });
});
