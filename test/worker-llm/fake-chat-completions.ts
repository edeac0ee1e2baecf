/**
 * What the worker's outbound fetches meet in the LLM workerd tests (Miniflare's outboundService,
 * run in Node): an OpenAI-compatible Chat Completions endpoint at FAKE_LLM_URL that streams
 * REPLY as server-sent chunks (`data: [DONE]` last) or answers it as JSON; anything else is 503.
 */
export const FAKE_LLM_URL = "http://fake-llm.test/v1";
export const REPLY = "Bonjour ! Je vous aide à financer une formation. Pour commencer, dites-moi qui vous êtes.";

const completion = { id: "chatcmpl-fake", object: "chat.completion", created: 1_700_000_000, model: "fake-model" };
const usage = { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 };

export async function fakeChatCompletions(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.origin !== new URL(FAKE_LLM_URL).origin || !url.pathname.endsWith("/chat/completions")) {
    return new Response("no network in tests", { status: 503 });
  }
  const body = (await request.json()) as { stream?: boolean };
  if (!body.stream) {
    return Response.json({
      ...completion,
      choices: [{ index: 0, message: { role: "assistant", content: REPLY }, finish_reason: "stop" }],
      usage,
    });
  }
  const words = REPLY.match(/\S+\s*/g) ?? [];
  const chunk = (delta: unknown, finish: string | null = null, extra: object = {}) =>
    `data: ${JSON.stringify({ ...completion, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  const events = [
    chunk({ role: "assistant", content: "" }),
    ...words.map((w) => chunk({ content: w })),
    chunk({}, "stop"),
    `data: ${JSON.stringify({ ...completion, object: "chat.completion.chunk", choices: [], usage })}\n\n`,
    "data: [DONE]\n\n",
  ];
  return new Response(events.join(""), { headers: { "Content-Type": "text/event-stream" } });
}
