import type { z } from "zod";
import type { AskResponseSchema } from "../src/channels/web/ask";
import type { ChatResponse } from "../src/core/chat";
import type { Lang } from "../src/core/lang";
import type { NextStepsSummary } from "../src/core/summary";
import type { ToolName } from "../src/tools/catalogue";
import type { Asked, Understanding } from "../src/understanding/understand";

export type AskResponse = z.infer<typeof AskResponseSchema>;

/** What the suites talk to: the assistant in-process, or a running server (`--url`). */
export interface Target {
  /** "in-process" or the server's URL. */
  name: string;
  /** Whether the sample Qualiopi list is loaded (in-process only). */
  hasSampleRegistry: boolean;
  ask(question: string, lang?: Lang): Promise<AskResponse>;
  /** One turn; without sessionId a conversation starts and the response carries its id. */
  chat(message: string, sessionId?: string): Promise<ChatResponse>;
  summary(sessionId: string): Promise<NextStepsSummary | null>;
  tool(name: ToolName, input: unknown): Promise<unknown>;
  /**
   * `ask` with the search alone, without the card classifier (in-process only): the method the
   * classifier was chosen against, measured side by side.
   */
  askSearchOnly?(question: string, lang?: Lang): Promise<AskResponse>;
  /** The understanding stage itself (in-process only): intents and entities are measured on it. */
  understand?(message: string, asked?: Asked): Understanding;
  close?(): Promise<void>;
}
