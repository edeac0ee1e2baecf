import type { ChatResponse } from "../../src/core/chat";
import type { Lang } from "../../src/core/lang";
import { loadNodeAssistant } from "../../src/node/assistant";
import { renderHtml } from "../../src/summary/html";

/** What the terminal chat talks to: the assistant in-process, or a running server. */
export interface ChatClient {
  send(message: string, sessionId: string | undefined, lang?: Lang): Promise<ChatResponse>;
  /** The conversation's plan as Markdown or as the printable HTML page; null before any conversation. */
  plan(sessionId: string, format: "md" | "html"): Promise<string | null>;
}

/** A server at `base` (`--url`), through the HTTP API. */
export function remoteClient(base: string): ChatClient {
  const url = base.replace(/\/$/, "");
  return {
    async send(message, sessionId, lang) {
      const res = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message, sessionId, channel: "cli", ...(lang ? { lang } : {}) }),
      });
      const body = (await res.json()) as ChatResponse & { error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
      return body;
    },
    async plan(sessionId, format) {
      const res = await fetch(`${url}/api/sessions/${encodeURIComponent(sessionId)}/summary?format=${format}`);
      return res.ok ? res.text() : null;
    },
  };
}

/** The embedded assistant in this process (the default). */
export async function localClient(): Promise<ChatClient> {
  const assistant = await loadNodeAssistant(process.env);
  return {
    send: (message, sessionId, lang) =>
      assistant.chat({
        message,
        sessionId: sessionId ?? crypto.randomUUID(),
        channel: "cli",
        ...(lang ? { lang } : {}),
      }),
    async plan(sessionId, format) {
      const summary = await assistant.summary(sessionId);
      if (!summary) return null;
      return format === "html" ? renderHtml(summary) : summary.text;
    },
  };
}
