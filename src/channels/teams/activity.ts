import { z } from "zod";

const AccountSchema = z
  .object({
    id: z.string().describe("Channel account id"),
    name: z.string().optional(),
    aadObjectId: z.string().optional().describe("The user's Microsoft Entra object id, the same in every conversation"),
  })
  .loose();

/**
 * The part of a Bot Framework activity the bot reads. Unknown fields pass through: Teams adds
 * many (channelData, entities, ...) that the adapter does not need.
 */
export const ActivitySchema = z
  .object({
    type: z.string().min(1).describe("message, conversationUpdate, typing, ..."),
    id: z.string().min(1).optional().describe("Activity id; replies point to it"),
    serviceUrl: z.url({ protocol: /^https?$/ }).describe("Bot Connector base URL where replies go"),
    channelId: z.string().optional(),
    conversation: z
      .object({ id: z.string().min(1).max(1024), conversationType: z.string().optional() })
      .loose()
      .describe("The conversation: one assistant session per conversation id"),
    from: AccountSchema.optional(),
    recipient: AccountSchema.optional().describe("The bot itself"),
    text: z.string().optional().describe("What the user wrote"),
    value: z.unknown().optional().describe("Data of an Adaptive Card Action.Submit"),
    locale: z.string().optional().describe("User's locale, e.g. fr-FR"),
    membersAdded: z.array(AccountSchema).optional(),
  })
  .loose();
export type Activity = z.infer<typeof ActivitySchema>;

/** What an Adaptive Card quick-reply button submits. */
export const QuickReplySubmitSchema = z.object({ action: z.literal("quickReply"), value: z.string().min(1) });

/** The quick reply a card submit carries, if any. */
export function submittedValue(value: unknown): string | undefined {
  const parsed = QuickReplySubmitSchema.safeParse(value);
  return parsed.success ? parsed.data.value : undefined;
}

/** The user's text without the `<at>Bot</at>` mentions Teams adds in channels and group chats. */
export function messageText(text: string | undefined): string {
  return (text ?? "")
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
}
