import {
  type AIMessageChunk,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from "@langchain/core/messages";
import { type Bilingual, otherLang } from "../core/lang";
import type { Logger } from "../core/logger";
import type { Citation, ToolCall } from "../core/reply";
import type { TurnHandler, TurnOutcome } from "../dialogue/turn";
import type { KnowledgeBase } from "../retrieval/knowledge";
import { neutraliseHtml } from "../summary/markdown";
import type { OpcoNames } from "./facts";
import { createGrounding, createStreamGuard, type Grounding } from "./guard";
import type { ChatModel } from "./model";
import { type PromptBundle, promptVersions, renderPrompt, systemPrompt } from "./prompts";
import type { LlmTool } from "./tools";

export interface LlmComposerDeps {
  model: ChatModel;
  tools: readonly LlmTool[];
  kb: KnowledgeBase;
  opcos: readonly OpcoNames[];
  prompts: PromptBundle;
  logger: Logger;
  /** Time budget of the LLM for one turn (all its calls). */
  timeoutMs: number;
  /** Tokens one session may spend; past it the embedded reply is used without calling the LLM. */
  tokenBudget: number;
  /** Wait before the one retry of a 429 or 5xx. */
  retryDelayMs?: number;
  /** Most model calls in one turn (tool rounds included). */
  maxCalls?: number;
}

/** Why a turn fell back to the embedded reply. */
export type FallbackReason =
  | "budget"
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "malformed_tool_arguments"
  | "ungrounded"
  | "empty"
  | "too_many_calls"
  | "error";

class Fallback extends Error {
  constructor(readonly reason: FallbackReason) {
    super(reason);
  }
}

const MAX_JSON = 6000;
const json = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > MAX_JSON ? `${text.slice(0, MAX_JSON)}…` : text;
};
const textOf = (message: AIMessageChunk): string =>
  typeof message.content === "string"
    ? message.content
    : message.content
        .map((part) =>
          typeof part === "object" && part && "text" in part && typeof part.text === "string" ? part.text : "",
        )
        .join("");
const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
};
const LANGUAGE: Bilingual = { fr: "French", en: "English" };

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Fallback("timeout"));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new Fallback("timeout"));
      },
      { once: true },
    );
  });
}

/** The data block of a turn: the embedded draft, the tool results and the cited cards, as data. */
function dataBlock(outcome: TurnOutcome, kb: KnowledgeBase): { text: string; sources: string[] } {
  const { response } = outcome;
  const lang = response.lang;
  const sources = [response.reply.text, json(response.profile)];
  const parts = ["## Draft reply (guided dialogue)", response.reply.text];
  if (response.toolCalls.length) {
    parts.push("## Tool results of this turn");
    for (const call of response.toolCalls) {
      const output = json(call.output);
      sources.push(output);
      parts.push(`### ${call.name}`, `input: ${json(call.input)}`, `output: ${output}`);
    }
  }
  const cards = [...new Set(response.reply.citations.map((c) => c.id))].flatMap((id) => {
    const card = kb.cards[lang].get(id) ?? kb.cards[otherLang(lang)].get(id);
    return card ? [card] : [];
  });
  if (cards.length) {
    parts.push("## Cited cards");
    for (const card of cards) {
      const text = `${card.title}\n${card.shortAnswer}`;
      sources.push(text);
      parts.push(`### [${card.id}] ${text}`);
    }
  }
  parts.push("## What the user told so far", json(response.profile));
  return { text: fence(parts.join("\n\n")), sources };
}

/** Text put inside a delimited block cannot open or close a block of the prompt. */
const fence = (text: string) => text.replace(/<\/?\s*(data|user_message)\s*>/gi, "[$1]");

/** A reply the LLM composer wrote, or the embedded one it fell back to, with what it cost. */
export interface Composed {
  response: TurnOutcome["response"];
  composer: "llm" | "embedded";
  reason?: FallbackReason;
  tokens: number;
}

/**
 * The LLM composer: given a reply the engine wrote (its text, tool results and cited cards), the
 * model rewrites it, answers from the cards and may call the tools. Every reply passes the
 * grounding guard; on any failure (timeout, 429 or 5xx after one retry, malformed tool arguments
 * twice, an ungrounded fact, the token budget spent) the embedded reply stays.
 */
export function createLlmComposer(deps: LlmComposerDeps) {
  const versions = promptVersions(deps.prompts);
  const toolByName = new Map(deps.tools.map((tool) => [tool.name, tool]));
  const maxCalls = deps.maxCalls ?? 4;
  const retryDelayMs = deps.retryDelayMs ?? 500;

  /** Composes one reply; `spent` is what the conversation already used of its token budget. */
  async function composeReply(
    outcome: TurnOutcome,
    message: string,
    spent: number,
    onDelta?: (text: string) => void,
  ): Promise<Composed> {
    const started = Date.now();
    const usage = { input: 0, output: 0, total: 0, calls: 0 };
    const lang = outcome.response.lang;
    const kind = outcome.response.summary && outcome.response.step === "summary" ? "summary" : "answer";
    const prompts = { system: systemPrompt(deps.prompts, lang).version, [kind]: versions[kind] };
    const finish = (
      composer: "llm" | "embedded",
      response: TurnOutcome["response"],
      reason?: FallbackReason,
    ): Composed => {
      deps.logger.info("llm turn", {
        composer,
        ...(reason ? { reason } : {}),
        kind,
        prompts,
        tokens: { input: usage.input, output: usage.output, total: usage.total },
        calls: usage.calls,
        sessionTokens: spent + usage.total,
        ms: Date.now() - started,
      });
      return { response: { ...response, composer }, composer, ...(reason ? { reason } : {}), tokens: usage.total };
    };
    if (spent >= deps.tokenBudget) return finish("embedded", outcome.response, "budget");

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), deps.timeoutMs);
    try {
      const composed = await compose(outcome, message, kind, controller.signal, usage, onDelta);
      return finish("llm", composed);
    } catch (error) {
      const reason: FallbackReason =
        error instanceof Fallback
          ? error.reason
          : controller.signal.aborted
            ? "timeout"
            : statusOf(error) === 429
              ? "rate_limited"
              : (statusOf(error) ?? 0) >= 500
                ? "server_error"
                : "error";
      if (reason === "error")
        deps.logger.warn("llm error", { error: error instanceof Error ? error.message : String(error) });
      return finish("embedded", outcome.response, reason);
    } finally {
      clearTimeout(timer);
    }
  }

  async function compose(
    outcome: TurnOutcome,
    message: string,
    kind: "answer" | "summary",
    signal: AbortSignal,
    usage: { input: number; output: number; total: number; calls: number },
    onDelta?: (text: string) => void,
  ): Promise<TurnOutcome["response"]> {
    const { response } = outcome;
    const lang = response.lang;
    const data = dataBlock(outcome, deps.kb);
    const grounding: Grounding = createGrounding(deps.opcos, data.sources);
    const guard = createStreamGuard(grounding, (text) => onDelta?.(text));
    const user = renderPrompt(deps.prompts[kind].text, {
      message: fence(message),
      step: response.step,
      language: LANGUAGE[lang],
      data: data.text,
    });
    const messages: BaseMessage[] = [new SystemMessage(systemPrompt(deps.prompts, lang).text), new HumanMessage(user)];
    const calls: ToolCall[] = [];
    const citations: Citation[] = [...response.reply.citations];
    let malformed = 0;
    let text = "";

    for (;;) {
      if (usage.calls >= maxCalls) throw new Fallback("too_many_calls");
      const answer = await callModel(messages, signal, usage, (delta) => guard.push(delta));
      messages.push(answer);
      const valid = answer.tool_calls ?? [];
      const invalid = answer.invalid_tool_calls ?? [];
      if (!valid.length && !invalid.length) {
        text = textOf(answer).trim();
        break;
      }
      for (const call of invalid) {
        if (++malformed > 1) throw new Fallback("malformed_tool_arguments");
        messages.push(
          new ToolMessage({
            tool_call_id: call.id ?? "",
            content: json({
              error: "invalid_arguments",
              message: "The arguments are not valid JSON; call again with a JSON object.",
            }),
          }),
        );
      }
      for (const call of valid) {
        const tool = toolByName.get(call.name);
        const parsed = tool?.schema.safeParse(call.args);
        if (!tool || !parsed?.success) {
          if (++malformed > 1) throw new Fallback("malformed_tool_arguments");
          const issues = parsed?.error?.issues.map(
            (issue) => `${issue.path.join(".") || "(arguments)"}: ${issue.message}`,
          ) ?? [`unknown tool ${call.name}`];
          messages.push(
            new ToolMessage({ tool_call_id: call.id ?? "", content: json({ error: "invalid_arguments", issues }) }),
          );
          continue;
        }
        const result = await tool.run(parsed.data, lang);
        const output = json(result.output);
        grounding.add(output);
        calls.push({ name: call.name, input: parsed.data, output: result.output });
        for (const citation of result.citations ?? []) {
          if (!citations.some((c) => c.id === citation.id && c.url === citation.url)) citations.push(citation);
        }
        messages.push(new ToolMessage({ tool_call_id: call.id ?? "", content: output }));
      }
    }

    if (!text) throw new Fallback("empty");
    if (!guard.finish() || grounding.unsupported(text).length) {
      deps.logger.info("llm reply not grounded", { facts: grounding.unsupported(text).map((fact) => fact.key) });
      throw new Fallback("ungrounded");
    }
    let reply = neutraliseHtml(text);
    if (kind === "summary" && response.summary) {
      onDelta?.(`\n\n${response.summary.text}`);
      reply = `${reply}\n\n${response.summary.text}`;
    }
    return {
      ...response,
      reply: { ...response.reply, text: reply, citations },
      toolCalls: [...response.toolCalls, ...calls],
    };
  }

  /** One streamed completion; a 429 or 5xx before any text is retried once after a pause. */
  async function callModel(
    messages: BaseMessage[],
    signal: AbortSignal,
    usage: { input: number; output: number; total: number; calls: number },
    onText: (text: string) => void,
  ): Promise<AIMessageChunk> {
    for (let attempt = 0; ; attempt += 1) {
      usage.calls += 1;
      let full: AIMessageChunk | undefined;
      let streamed = false;
      try {
        for await (const chunk of await deps.model.stream(messages, signal)) {
          full = full ? full.concat(chunk) : chunk;
          const text = textOf(chunk);
          if (text) {
            streamed = true;
            onText(text);
          }
        }
      } catch (error) {
        const status = statusOf(error);
        if (attempt === 0 && !streamed && !signal.aborted && (status === 429 || (status ?? 0) >= 500)) {
          deps.logger.info("llm retry", { status });
          await sleep(retryDelayMs, signal);
          continue;
        }
        throw error;
      }
      if (!full) throw new Fallback("empty");
      const used = full.usage_metadata;
      if (used) {
        usage.input += used.input_tokens;
        usage.output += used.output_tokens;
        usage.total += used.total_tokens;
      }
      return full;
    }
  }

  return { composeReply };
}

/**
 * The LLM composer as a decorator of the dialogue's turn handler: the engine plays the turn (state,
 * slots, tools, the embedded reply), the LLM rewrites the reply; the conversation's token budget
 * is kept in its state. The response says which composer answered.
 */
export function withLlmComposer(inner: TurnHandler, deps: LlmComposerDeps): TurnHandler {
  const { composeReply } = createLlmComposer(deps);
  return async function composeTurn(previous, turn) {
    const outcome = await inner(previous, turn);
    const spent = previous?.llmTokens ?? 0;
    const composed = await composeReply(outcome, turn.message, spent, turn.onDelta);
    return { state: { ...outcome.state, llmTokens: spent + composed.tokens }, response: composed.response };
  };
}
