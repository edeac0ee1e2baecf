import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake model answers to one request of the Chat Completions API. */
export interface Scripted {
  /** An HTTP error instead of a completion (e.g. 429, 503). */
  status?: number;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
  content?: string;
  toolCalls?: { name: string; arguments: string }[];
  usage?: { prompt_tokens: number; completion_tokens: number };
}

/** One request the fake received: its parsed body. */
export interface ChatCompletionRequest {
  model: string;
  stream?: boolean;
  messages: { role: string; content: unknown; tool_calls?: unknown[]; tool_call_id?: string }[];
  tools?: { type: string; function: { name: string; description?: string; parameters: unknown } }[];
  stream_options?: { include_usage?: boolean };
}

const DEFAULT_USAGE = { prompt_tokens: 120, completion_tokens: 30 };

/**
 * A local OpenAI-compatible server speaking the real Chat Completions protocol: JSON answers,
 * `stream: true` answers as SSE chunks ending with `data: [DONE]`, tool calls with JSON
 * arguments, and usage. It plays `script` in order, one item per request; past the end it
 * repeats the last item.
 */
export async function startFakeOpenAI(script: Scripted[]) {
  const requests: ChatCompletionRequest[] = [];
  const authorizations: (string | undefined)[] = [];
  let served = 0;
  const server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res
        .writeHead(404, { "Content-Type": "application/json" })
        .end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ChatCompletionRequest;
    requests.push(body);
    authorizations.push(req.headers.authorization);
    const step = script[Math.min(served, script.length - 1)] ?? {};
    served += 1;
    if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    if (res.destroyed) return;
    if (step.status && step.status >= 400) {
      res
        .writeHead(step.status, { "Content-Type": "application/json", "retry-after-ms": "10" })
        .end(
          JSON.stringify({ error: { message: `fake error ${step.status}`, type: "fake", code: String(step.status) } }),
        );
      return;
    }
    const id = `chatcmpl-${served}`;
    const usage = step.usage ?? DEFAULT_USAGE;
    const usageOut = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
    const toolCalls = (step.toolCalls ?? []).map((call, i) => ({
      id: `call_${served}_${i}`,
      type: "function" as const,
      function: { name: call.name, arguments: call.arguments },
    }));
    const finish = toolCalls.length ? "tool_calls" : "stop";
    if (!body.stream) {
      res.writeHead(200, { "Content-Type": "application/json" }).end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [
            {
              index: 0,
              message: {
                role: "assistant",
                content: step.content ?? (toolCalls.length ? null : ""),
                ...(toolCalls.length ? { tool_calls: toolCalls } : {}),
              },
              finish_reason: finish,
            },
          ],
          usage: usageOut,
        }),
      );
      return;
    }
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    const chunk = (delta: unknown, finishReason: string | null = null) =>
      send({
        id,
        object: "chat.completion.chunk",
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [{ index: 0, delta, finish_reason: finishReason }],
      });
    chunk({ role: "assistant", content: "" });
    for (const piece of (step.content ?? "").match(/\S+\s*|\s+/g) ?? []) chunk({ content: piece });
    toolCalls.forEach((call, index) => {
      const half = Math.ceil(call.function.arguments.length / 2);
      chunk({
        tool_calls: [
          {
            index,
            id: call.id,
            type: "function",
            function: { name: call.function.name, arguments: call.function.arguments.slice(0, half) },
          },
        ],
      });
      chunk({ tool_calls: [{ index, function: { arguments: call.function.arguments.slice(half) } }] });
    });
    chunk({}, finish);
    if (body.stream_options?.include_usage) {
      send({
        id,
        object: "chat.completion.chunk",
        created: Math.floor(Date.now() / 1000),
        model: body.model,
        choices: [],
        usage: usageOut,
      });
    }
    res.end("data: [DONE]\n\n");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    authorizations,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FakeOpenAI = Awaited<ReturnType<typeof startFakeOpenAI>>;
