/**
 * `npm run chat`: talk to the assistant in the terminal. In-process on the embedded core by
 * default; `--url http://127.0.0.1:8787` talks to a running server instead. Quick replies are
 * numbered: type the number to choose one. `/quit` (or Ctrl-D) ends and prints the summary.
 */
import { createInterface } from "node:readline/promises";
import type { ChatResponse } from "../src/core/chat";
import { loadNodeAssistant } from "../src/node/assistant";
import { parseFlags } from "./tool";

type Send = (message: string, sessionId?: string) => Promise<ChatResponse>;
type Summary = (sessionId: string) => Promise<string | null>;

function remote(base: string): { send: Send; summary: Summary } {
  const url = base.replace(/\/$/, "");
  return {
    async send(message, sessionId) {
      const res = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message, sessionId, channel: "cli" }),
      });
      const body = (await res.json()) as ChatResponse & { error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
      return body;
    },
    async summary(sessionId) {
      const res = await fetch(`${url}/api/sessions/${encodeURIComponent(sessionId)}/summary?format=md`);
      return res.ok ? res.text() : null;
    },
  };
}

async function local(): Promise<{ send: Send; summary: Summary }> {
  const assistant = await loadNodeAssistant(process.env);
  return {
    send: (message, sessionId) =>
      assistant.chat({ message, sessionId: sessionId ?? crypto.randomUUID(), channel: "cli" }),
    summary: async (sessionId) => (await assistant.summary(sessionId))?.text ?? null,
  };
}

const flags = parseFlags(process.argv.slice(2));
const client = typeof flags.url === "string" ? remote(flags.url) : await local();
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
let sessionId: string | undefined;
let choices: { label: string; value: string }[] = [];

const show = (response: ChatResponse) => {
  console.log(`\n${response.reply.text}\n`);
  for (const c of response.reply.citations) console.log(`  ↳ ${c.title}${c.url ? ` <${c.url}>` : ""}`);
  choices = response.reply.quickReplies;
  for (const [i, choice] of choices.entries()) console.log(`  [${i + 1}] ${choice.label}`);
};

console.log("OPCO funding assistant — type your message (/quit to end).");
rl.setPrompt("\n> ");
rl.prompt();
// Reading the lines as a stream works for a person at a terminal and for piped input alike.
for await (const raw of rl) {
  const line = raw.trim();
  if (line === "/quit" || line === "/exit") break;
  if (line) {
    const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
    try {
      const response = await client.send(picked?.value ?? line, sessionId);
      sessionId = response.sessionId;
      show(response);
    } catch (error) {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  rl.prompt();
}
rl.close();
if (sessionId) {
  const text = await client.summary(sessionId);
  if (text) console.log(`\n${text}\n`);
}
