import { AskResponseSchema } from "../../src/channels/web/ask";
import { ChatResponseSchema } from "../../src/core/chat";
import { NextStepsSummarySchema } from "../../src/core/summary";
import { toolPath } from "../../src/tools/tool";
import type { Target } from "../target";

/** Non-2xx answers of the server under evaluation, with the status and the body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

/** A running assistant (`npm start`, a deployed worker) through its public API: POST /api/ask, /api/chat, /api/tools/*. */
export function httpTarget(baseUrl: string, fetchImpl: typeof fetch = fetch): Target {
  const base = baseUrl.replace(/\/+$/, "");
  async function call(path: string, init: RequestInit = {}): Promise<unknown> {
    const response = await fetchImpl(`${base}${path}`, {
      ...init,
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    const text = await response.text();
    if (!response.ok) throw new HttpError(response.status, text);
    return JSON.parse(text) as unknown;
  }
  const post = (path: string, body: unknown) => call(path, { method: "POST", body: JSON.stringify(body) });
  return {
    name: base,
    hasSampleRegistry: false,
    ask: async (question, lang) =>
      AskResponseSchema.parse(await post("/api/ask", lang ? { question, lang } : { question })),
    chat: async (message, sessionId) =>
      ChatResponseSchema.parse(await post("/api/chat", sessionId ? { sessionId, message } : { message })),
    async summary(sessionId) {
      try {
        return NextStepsSummarySchema.parse(await call(`/api/sessions/${encodeURIComponent(sessionId)}/summary`));
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) return null;
        throw error;
      }
    },
    tool: (name, input) => post(toolPath(name), input),
  };
}
