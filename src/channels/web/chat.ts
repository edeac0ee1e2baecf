import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { ChatRequestSchema, type ChatResponse, ChatResponseSchema } from "../../core/chat";
import type { RateLimiter } from "../../core/rate-limit";
import type { ChatTurn } from "../../dialogue/turn";
import { errorResponse, jsonError } from "../../http/errors";
import { bodySessionKey, clientIpKey, rateLimit } from "../../http/rate-limit";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import type { SessionStore } from "../../store/session-store";
import { PlanCardSchema, planCard } from "../plan-card";
import { replyView } from "../reply-view";
import { isChannelSessionId } from "../session-ids";

/** What the web widget shows of a turn, on top of the contract's fields (which stay as they are). */
const DisplaySchema = z
  .object({
    text: z.string().describe("`reply.text` without the plan and without the sources line that `citations` repeat"),
    plan: PlanCardSchema.nullable().describe("The plan of `summary` in a few lines, when the turn carries one"),
    planUpdated: z.boolean().describe("The plan was shown before and changed: link to it rather than show it again"),
  })
  .describe("How the web widget shows this reply");
export const WebChatResponseSchema = ChatResponseSchema.extend({ display: DisplaySchema });
export type WebChatResponse = z.infer<typeof WebChatResponseSchema>;

/** The response with what the widget shows: the plan as a card, each thing once. */
export function withDisplay(response: ChatResponse, now?: Date): WebChatResponse {
  const view = replyView(response);
  return {
    ...response,
    display: {
      text: view.text,
      plan: view.plan ? planCard(view.plan, now) : null,
      planUpdated: view.planUpdated,
    },
  };
}

const route = createRoute({
  method: "post",
  path: "/api/chat",
  summary: "Play one turn of the guided dialogue",
  description:
    "Send the user's message (with the sessionId of the conversation, or none to start one). " +
    "Only ids the server gave continue a conversation: an unknown or expired id starts a new one, whose id the response carries. " +
    "With `Accept: text/event-stream` the reply streams as server-sent events: `delta` events carry text, " +
    "then one `done` event carries the whole response. When the LLM composes, deltas are its text as it is written " +
    "(sentence by sentence, each checked against the turn's facts); `done` always carries the reply to show, " +
    "which replaces the streamed text (it is the embedded reply when the LLM's was not used).",
  request: { body: { required: true, content: { "application/json": { schema: ChatRequestSchema } } } },
  responses: {
    200: {
      description: "The reply, the profile learnt so far and the summary when ready",
      content: {
        "application/json": { schema: WebChatResponseSchema },
        "text/event-stream": { schema: WebChatResponseSchema },
      },
    },
    400: errorResponse("Invalid body"),
    403: errorResponse("The session belongs to a Slack or Teams conversation"),
    429: errorResponse("Too many turns from this session or client; see Retry-After"),
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
  /** Turns per session id and per client address (see `clientAddress`); none: no limit. */
  limiter?: RateLimiter;
}

export function chatRoutes({ store, newSessionId, limiter }: ChatDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  if (limiter)
    app.use(
      route.path,
      rateLimit(limiter, async (c) => [...clientIpKey(c), ...(await bodySessionKey(c))]),
    );
  return app.openapi(route, async (c) => {
    const { sessionId: asked, ...body } = c.req.valid("json");
    if (asked && isChannelSessionId(asked)) {
      return jsonError(c, 403, "forbidden", "This conversation belongs to a Slack or Teams chat; continue it there.");
    }
    // Only ids the server gave: an id that names no live session starts a new conversation under a new id.
    const play = async (onDelta?: ChatTurn["onDelta"]): Promise<ChatResponse> => {
      const extra = onDelta ? { onDelta } : {};
      if (asked) {
        const continued = await store.playTurn({ ...body, ...extra, sessionId: asked }, { existingOnly: true });
        if (continued.played) return continued.response;
      }
      return store.runTurn({ ...body, ...extra, sessionId: newSessionId() });
    };
    if (!c.req.header("Accept")?.includes("text/event-stream")) return c.json(withDisplay(await play()), 200);
    return streamSSE(c, async (stream) => {
      // Deltas of the LLM composer, written in order as they come; none with the embedded one.
      let written = Promise.resolve();
      let streamed = false;
      const onDelta = (text: string) => {
        streamed = true;
        written = written.then(() => stream.writeSSE({ event: "delta", data: JSON.stringify({ text }) }));
      };
      const response = withDisplay(await play(onDelta));
      await written;
      if (!streamed) {
        for (const text of chunks(response.display.text)) {
          await stream.writeSSE({ event: "delta", data: JSON.stringify({ text }) });
        }
      }
      await stream.writeSSE({ event: "done", data: JSON.stringify(response) });
    });
  });
}
