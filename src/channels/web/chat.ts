import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { ChatRequestSchema, ChatResponseSchema, type ChatResponse } from "../../core/chat";
import { ErrorBodySchema } from "../../core/errors";
import type { SessionStore } from "../../store/session-store";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";

const route = createRoute({
  method: "post",
  path: "/api/chat",
  summary: "Play one turn of the guided dialogue",
  description:
    "Send the user's message (with the sessionId of the conversation, or none to start one). " +
    "With `Accept: text/event-stream` the reply streams as server-sent events: `delta` events carry text, " +
    "then one `done` event carries the whole response. When the LLM composes, deltas are its text as it is written " +
    "(sentence by sentence, each checked against the turn's facts); `done` always carries the reply to show, " +
    "which replaces the streamed text (it is the embedded reply when the LLM's was not used).",
  request: { body: { required: true, content: { "application/json": { schema: ChatRequestSchema } } } },
  responses: {
    200: {
      description: "The reply, the profile learnt so far and the summary when ready",
      content: { "application/json": { schema: ChatResponseSchema }, "text/event-stream": { schema: ChatResponseSchema } },
    },
    400: { description: "Invalid body", content: { "application/json": { schema: ErrorBodySchema } } },
  },
});

/** Splits a reply into small chunks so a client can render it as it arrives. */
export function* chunks(text: string, size = 48): Generator<string> {
  const parts = text.match(/\S+\s*|\s+/g) ?? [];
  let buffer = "";
  for (const part of parts) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

export interface ChatDeps {
  store: SessionStore;
  newSessionId: () => string;
}

export function chatRoutes({ store, newSessionId }: ChatDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, async (c) => {
    const body = c.req.valid("json");
    const turn = { ...body, sessionId: body.sessionId ?? newSessionId() };
    if (!c.req.header("Accept")?.includes("text/event-stream")) return c.json(await store.runTurn(turn), 200);
    return streamSSE(c, async (stream) => {
      // Deltas of the LLM composer, written in order as they come; none with the embedded one.
      let written = Promise.resolve();
      let streamed = false;
      const onDelta = (text: string) => {
        streamed = true;
        written = written.then(() => stream.writeSSE({ event: "delta", data: JSON.stringify({ text }) }));
      };
      const response: ChatResponse = await store.runTurn({ ...turn, onDelta });
      await written;
      if (!streamed) {
        for (const text of chunks(response.reply.text)) {
          await stream.writeSSE({ event: "delta", data: JSON.stringify({ text }) });
        }
      }
      await stream.writeSSE({ event: "done", data: JSON.stringify(response) });
    }) as never;
  });
}
