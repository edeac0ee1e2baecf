import type { AIMessageChunk, BaseMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { LlmTool } from "./tools";

/** The chat model as the composer sees it: one streamed completion, with the tools offered. */
export interface ChatModel {
  stream(messages: BaseMessage[], signal: AbortSignal): Promise<AsyncIterable<AIMessageChunk>>;
}

export interface ChatModelSettings {
  /** Key of the endpoint; a local server without keys gets a placeholder. */
  apiKey?: string;
  /** Any OpenAI-compatible Chat Completions base URL; OpenAI's when unset. */
  baseUrl?: string;
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** The tools in the Chat Completions format, their parameters the JSON Schema of their zod input schemas. */
export const toolDefinitions = (tools: readonly LlmTool[]) =>
  tools.map((tool) => ({
    type: "function" as const,
    function: {
      name: tool.name,
      description: tool.description,
      parameters: z.toJSONSchema(tool.schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>,
    },
  }));

/**
 * `ChatOpenAICompletions` of `@langchain/openai` on the configured endpoint, the Chat Completions
 * protocol every OpenAI-compatible server speaks. LangChain's own retries are off: the composer
 * retries once itself. The library is loaded on the first turn, so the embedded default never pays for it.
 */
export function createChatModel(settings: ChatModelSettings, tools: readonly LlmTool[]): ChatModel {
  let bound:
    | Promise<{
        stream: (messages: BaseMessage[], options: { signal: AbortSignal }) => Promise<AsyncIterable<AIMessageChunk>>;
      }>
    | undefined;
  const load = async () => {
    const { ChatOpenAICompletions } = await import("@langchain/openai");
    const model = new ChatOpenAICompletions({
      model: settings.model,
      apiKey: settings.apiKey ?? "unused",
      maxRetries: 0,
      timeout: settings.timeoutMs,
      streaming: true,
      streamUsage: true,
      configuration: { baseURL: settings.baseUrl, ...(settings.fetch ? { fetch: settings.fetch } : {}) },
    });
    return model.bindTools(toolDefinitions(tools));
  };
  return {
    async stream(messages, signal) {
      bound ??= load();
      const model = await bound;
      return model.stream(messages, { signal });
    },
  };
}
