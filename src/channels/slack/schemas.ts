import { z } from "@hono/zod-openapi";

/** Body of `POST /slack/events`: Slack's Events API envelope (only the fields the bot reads). */
export const EventEnvelopeSchema = z
  .object({
    type: z.string().describe("`url_verification` or `event_callback`"),
    challenge: z.string().optional().describe("Echoed back when Slack verifies the URL"),
    team_id: z.string().optional(),
    event_id: z.string().optional().describe("Unique per event; Slack's retries repeat it"),
    event: z.record(z.string(), z.unknown()).optional(),
    authorizations: z
      .array(z.object({ user_id: z.string().optional(), is_bot: z.boolean().optional() }).loose())
      .optional(),
  })
  .loose();

/** A `message` (in a direct message) or `app_mention` event. */
export const MessageEventSchema = z
  .object({
    type: z.enum(["message", "app_mention"]),
    subtype: z.string().optional().describe("Set on edits, deletions, bot messages, joins"),
    channel_type: z.string().optional().describe("`im` for a direct message"),
    user: z.string().optional(),
    bot_id: z.string().optional(),
    text: z.string().default(""),
    ts: z.string(),
    thread_ts: z.string().optional(),
    channel: z.string(),
    team: z.string().optional(),
  })
  .loose();

/** A form-encoded body carrying one JSON `payload` (interactions). */
export const InteractionFormSchema = z.object({ payload: z.string().min(2).describe("The interaction, as JSON") });

/** The `block_actions` interaction sent when a button is clicked. */
export const BlockActionsSchema = z
  .object({
    type: z.string(),
    team: z.object({ id: z.string() }).loose(),
    user: z.object({ id: z.string() }).loose(),
    channel: z.object({ id: z.string() }).loose().optional(),
    container: z.object({ channel_id: z.string().optional(), is_ephemeral: z.boolean().optional() }).loose().optional(),
    response_url: z.string().optional(),
    trigger_id: z.string().optional().describe("Unique per click: a replay carries the same"),
    actions: z
      .array(z.object({ action_id: z.string(), block_id: z.string().optional(), value: z.string().optional() }).loose())
      .default([]),
  })
  .loose();

/** Body of `POST /slack/commands`: a slash command, form-encoded. */
export const CommandSchema = z
  .object({
    team_id: z.string(),
    channel_id: z.string(),
    user_id: z.string(),
    command: z.string().describe("`/opco`"),
    text: z.string().default("").describe("The question after the command"),
    response_url: z.string().optional().describe("Where the answer goes (valid 30 minutes)"),
    trigger_id: z.string().optional().describe("Unique per invocation: a replay carries the same"),
  })
  .loose();

/** What the Slack routes acknowledge with; `ignored` says why nothing more happens. */
export const AckSchema = z.object({ ok: z.literal(true), ignored: z.string().optional() });
export type Ack = z.infer<typeof AckSchema>;
