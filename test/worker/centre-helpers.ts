import { exports } from "cloudflare:workers";
import { PLAN_CONVERSATION } from "../fixtures/plan-conversation";

const BASE = "http://127.0.0.1:8787";

/** A request to the real worker (routes, Durable Objects, D1). */
export const call = (path: string, init: RequestInit = {}) => exports.default.fetch(`${BASE}${path}`, init);

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

/** A conversation played to its plan; its session id. */
export async function plannedConversation(messages?: readonly string[]): Promise<string> {
  let sessionId: string | undefined;
  for (const message of messages ?? PLAN_CONVERSATION) {
    const res = await postJson("/api/chat", { message, sessionId, channel: "web" });
    sessionId = ((await res.json()) as { sessionId: string }).sessionId;
  }
  return sessionId ?? "";
}

/** Waits until `check` holds (the work after a response, an alarm), or fails after `ms`. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > until) throw new Error(`not reached in ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
