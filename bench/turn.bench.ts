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

/** In-process latency of an embedded turn (dialogue engine, tools, retrieval, summary) over 10,000 scripted turns. */
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
  return { turn_p50_ms: round(percentile(times, 50)), turn_p99_ms: round(percentile(times, 99)) };
}
