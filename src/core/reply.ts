import { z } from "zod";

export const CitationSchema = z.object({
  id: z.string().describe("Knowledge card id"),
  title: z.string(),
  url: z.url().optional().describe("Official source page"),
});
export type Citation = z.infer<typeof CitationSchema>;

export const QuickReplySchema = z.object({
  label: z.string().describe("Text shown on the button"),
  value: z.string().describe("Text sent back when the button is chosen"),
});
export type QuickReply = z.infer<typeof QuickReplySchema>;

export const ReplySchema = z.object({
  text: z.string().describe("Reply in Markdown"),
  citations: z.array(CitationSchema),
  quickReplies: z.array(QuickReplySchema),
});
export type Reply = z.infer<typeof ReplySchema>;

export const ToolCallSchema = z.object({
  name: z.string(),
  input: z.unknown(),
  output: z.unknown(),
});
export type ToolCall = z.infer<typeof ToolCallSchema>;
