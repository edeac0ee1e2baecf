import { readFileSync } from "node:fs";
import type { DialogueState } from "../src/dialogue/state";
import { createNodeAssistant } from "../src/node/assistant";
import { percentile, round } from "./stats";

// A scripted conversation, played over and over: facts, corrections, a side question, the summary.
const SCRIPT = [
  "Bonjour, je dirige une PME de 12 salariés, IDCC 1486, formation d'anglais en mars",
  "Je ne sais pas",
  "Oui",
  "en fait nous sommes 60",
  "C'est quoi Qualiopi ?",
  "recommencer",
  "I am an employee",
  "IDCC 1979",
  "30 employees",
  "a career change",
  "on March 3rd",
  "I don't know",
  "yes",
  "restart",
];

/** The first messages of the understanding corpus, as people wrote them (long ones, questions inside). */
function firstMessages(): string[] {
  const out: string[] = [];
  for (const split of ["dev", "holdout"])
    for (const lang of ["fr", "en"])
      for (const line of readFileSync(
        new URL(`../eval/datasets/understanding/${split}.${lang}.jsonl`, import.meta.url),
        "utf8",
      ).split("\n"))
        if (line.trim()) {
          const item = JSON.parse(line) as { message: string; position: string };
          if (item.position === "first") out.push(item.message);
        }
  return out;
}

/**
 * In-process latency of an embedded turn (understanding, answer, dialogue engine, tools, retrieval,
 * summary): 10,000 scripted turns, and every first message of the corpus as a new conversation.
 */
export async function run() {
  const { runtime } = createNodeAssistant({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" });
  let state: DialogueState | null = null;
  const times: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const message = SCRIPT[i % SCRIPT.length] as string;
    const started = performance.now();
    const outcome = await runtime.handler(state, { sessionId: "bench-session", message });
    times.push(performance.now() - started);
    state = outcome.state;
  }
  const firsts: number[] = [];
  const messages = firstMessages();
  for (let i = 0; i < 3 * messages.length; i++) {
    const started = performance.now();
    await runtime.handler(null, { sessionId: "bench-first", message: messages[i % messages.length] as string });
    if (i >= messages.length) firsts.push(performance.now() - started);
  }
  return {
    turn_p50_ms: round(percentile(times, 50)),
    turn_p99_ms: round(percentile(times, 99)),
    first_turn_p50_ms: round(percentile(firsts, 50)),
    first_turn_p99_ms: round(percentile(firsts, 99)),
  };
}
