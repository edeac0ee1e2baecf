import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { errorResponse } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import { ack, type SlackRouteDeps } from "./context";
import type { createSeenIds } from "./dedupe";
import { fromSlackText } from "./mrkdwn";
import { AckSchema, EventEnvelopeSchema, MessageEventSchema } from "./schemas";
import { slackSessionId } from "./session";

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

const route = (deps: SlackRouteDeps) =>
  createRoute({
    method: "post",
    path: "/slack/events",
    summary: "Slack Events API: direct messages and mentions",
    description:
      "Signed by Slack. Answers `url_verification` with its challenge; acknowledges other events at once " +
      "and answers in the message's thread after the response.",
    middleware: [deps.guard],
    request: { body: { required: true, content: json(EventEnvelopeSchema) } },
    responses: {
      200: {
        description: "Acknowledged (or the URL challenge)",
        content: json(z.union([z.object({ challenge: z.string() }), AckSchema])),
      },
      400: errorResponse("Not an Events API envelope"),
      401: errorResponse("Not signed by Slack, or too old"),
    },
  });

/**
 * `POST /slack/events`. Each event is acknowledged straight away; a direct message or a
 * mention is then answered in its thread, on the session of that thread. Bot messages
 * (this bot's included), edits and other subtypes are ignored, and so are Slack's retries: here
 * when this isolate has seen the event, and in the session's Durable Object (by event id) when
 * the first delivery reached another isolate or came before a restart.
 */
export function eventRoutes(deps: SlackRouteDeps, seen: ReturnType<typeof createSeenIds>) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route(deps), (c) => {
    const body = c.req.valid("json");
    if (body.type === "url_verification") return c.json({ challenge: body.challenge ?? "" }, 200);
    if (body.type !== "event_callback" || !body.event_id) return c.json(ack("not_an_event"), 200);
    if (!seen.firstTime(body.event_id)) return c.json(ack("duplicate"), 200);
    // A retry after a timeout: the first delivery reached another isolate, which is answering it.
    if (c.req.header("X-Slack-Retry-Num") && c.req.header("X-Slack-Retry-Reason") === "http_timeout") {
      return c.json(ack("retry"), 200);
    }
    const parsed = MessageEventSchema.safeParse(body.event);
    if (!parsed.success) return c.json(ack("unsupported_event"), 200);
    const event = parsed.data;
    const self = body.authorizations?.find((a) => a.is_bot !== false)?.user_id;
    if (event.bot_id || event.subtype === "bot_message" || (self && event.user === self))
      return c.json(ack("bot_message"), 200);
    if (event.subtype) return c.json(ack(event.subtype), 200);
    if (!event.user) return c.json(ack("no_user"), 200);
    if (event.type === "message" && event.channel_type !== "im") return c.json(ack("not_a_direct_message"), 200);

    const conversation = {
      kind: "thread" as const,
      team: body.team_id ?? event.team ?? "",
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
    };
    const sessionId = slackSessionId(conversation);
    if (!sessionId) return c.json(ack("invalid_ids"), 200);
    const played = deps.later(c, {
      sessionId,
      conversation,
      user: event.user,
      message: fromSlackText(event.text),
      deliveryId: `event:${body.event_id}`,
    });
    return c.json(played ? ack() : ack("rate_limited"), 200);
  });
}
