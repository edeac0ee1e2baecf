import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { errorResponse, jsonError } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import { QUICK_REPLIES_BLOCK_PREFIX, QUICK_REPLY_ACTION } from "./blocks";
import { ack, type SlackRouteDeps, triggerDeliveryId } from "./context";
import { AckSchema, BlockActionsSchema, InteractionFormSchema } from "./schemas";
import { parseSlackSessionId } from "./session";

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

export const SLACK_INTERACTIONS_PATH = "/slack/interactions";
/** Largest interaction accepted: Slack sends the clicked message back with it, up to 50 blocks. */
export const MAX_INTERACTION_BYTES = 256 * 1024;

const limit = bodyLimit({
  maxSize: MAX_INTERACTION_BYTES,
  onError: (c) =>
    jsonError(c, 413, "payload_too_large", `Interaction payloads are limited to ${MAX_INTERACTION_BYTES} bytes`),
});

const route = (deps: SlackRouteDeps) =>
  createRoute({
    method: "post",
    path: SLACK_INTERACTIONS_PATH,
    summary: "Slack interactivity: quick-reply buttons",
    description:
      "Signed by Slack. A quick-reply click is acknowledged at once and played as the user's message in the same conversation.",
    middleware: [limit, deps.guard],
    request: {
      body: { required: true, content: { "application/x-www-form-urlencoded": { schema: InteractionFormSchema } } },
    },
    responses: {
      200: { description: "Acknowledged", content: json(AckSchema) },
      400: errorResponse("Not an interaction payload"),
      401: errorResponse("Not signed by Slack, or too old"),
    },
  });

/** The session a quick-reply block belongs to: `qr|{sessionId}|{n}`. */
const sessionOfBlock = (blockId: string | undefined) =>
  blockId?.startsWith(QUICK_REPLIES_BLOCK_PREFIX)
    ? blockId.slice(QUICK_REPLIES_BLOCK_PREFIX.length, blockId.lastIndexOf("|"))
    : "";

/**
 * `POST /slack/interactions`. A click on a quick reply plays the button's value in the
 * session the buttons were rendered for, which must be of the same workspace and channel;
 * other interactions (the link to the printable plan) are only acknowledged.
 */
export function interactionRoutes(deps: SlackRouteDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route(deps), (c) => {
    let raw: unknown;
    try {
      raw = JSON.parse(c.req.valid("form").payload);
    } catch {
      return jsonError(c, 400, "invalid_request", "payload: not valid JSON");
    }
    const parsed = BlockActionsSchema.safeParse(raw);
    if (!parsed.success) return jsonError(c, 400, "invalid_request", "payload: not a Slack interaction");
    const payload = parsed.data;
    if (payload.type !== "block_actions") return c.json(ack(payload.type), 200);
    const action = payload.actions.find((a) => QUICK_REPLY_ACTION.test(a.action_id));
    if (!action?.value) return c.json(ack("not_a_quick_reply"), 200);

    const sessionId = sessionOfBlock(action.block_id);
    const conversation = parseSlackSessionId(sessionId);
    const channel = payload.channel?.id ?? payload.container?.channel_id;
    const sameConversation =
      conversation &&
      conversation.team === payload.team.id &&
      conversation.channel === channel &&
      (conversation.kind === "thread" || conversation.user === payload.user.id);
    if (!conversation || !sameConversation) {
      deps.logger.warn("slack click on an unknown conversation", { requestId: c.get("requestId") });
      return c.json(ack("unknown_conversation"), 200);
    }
    const played = deps.later(c, {
      sessionId,
      conversation,
      user: payload.user.id,
      message: action.value,
      responseUrl: payload.response_url,
      deliveryId: triggerDeliveryId(c, payload.trigger_id),
    });
    return c.json(played ? ack() : ack("rate_limited"), 200);
  });
}
