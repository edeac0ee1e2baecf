import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { detectLanguage } from "../../core/language";
import { errorResponse } from "../../http/errors";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import { CHAT_APP, SLASH_COMMAND } from "../copy";
import { type SlackRouteDeps, triggerDeliveryId } from "./context";
import { fromSlackText } from "./mrkdwn";
import { CommandSchema } from "./schemas";
import { slackSessionId } from "./session";

const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

/** The immediate, ephemeral answer to a slash command. */
const EphemeralSchema = z.object({ response_type: z.literal("ephemeral"), text: z.string() });

const route = (deps: SlackRouteDeps) =>
  createRoute({
    method: "post",
    path: "/slack/commands",
    summary: "Slack slash command `/opco <question>`",
    description:
      "Signed by Slack. Answers at once with an ephemeral message, then posts the answer to the command's " +
      "`response_url`; each user has one conversation per channel.",
    middleware: [deps.guard],
    request: { body: { required: true, content: { "application/x-www-form-urlencoded": { schema: CommandSchema } } } },
    responses: {
      200: { description: "Working on it (or how to use the command)", content: json(EphemeralSchema) },
      400: errorResponse("Not a slash command"),
      401: errorResponse("Not signed by Slack, or too old"),
    },
  });

/** `POST /slack/commands`: `/opco <question>` plays a turn on the user's conversation in that channel. */
export function commandRoutes(deps: SlackRouteDeps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route(deps), async (c) => {
    const command = c.req.valid("form");
    const question = fromSlackText(command.text);
    if (!question) return c.json({ response_type: "ephemeral" as const, text: SLASH_COMMAND.usage }, 200);
    const conversation = {
      kind: "command" as const,
      team: command.team_id,
      channel: command.channel_id,
      user: command.user_id,
    };
    const sessionId = slackSessionId(conversation);
    if (!sessionId) return c.json({ response_type: "ephemeral" as const, text: SLASH_COMMAND.invalid }, 200);
    const turn = {
      sessionId,
      conversation,
      user: command.user_id,
      message: question,
      responseUrl: command.response_url,
      deliveryId: triggerDeliveryId(c, command.trigger_id),
    };
    if (!deps.later(c, turn, { inlineNotice: true })) {
      return c.json({ response_type: "ephemeral" as const, text: await deps.slowDownText(sessionId, question) }, 200);
    }
    return c.json(
      { response_type: "ephemeral" as const, text: CHAT_APP.working[detectLanguage(question, "fr").lang] },
      200,
    );
  });
}
