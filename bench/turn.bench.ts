import { playTurn } from "../src/dialogue/engine";
import { percentile, round, timeEach } from "./stats";

/** In-process turn latency of the dialogue engine over 10,000 scripted turns. */
export async function run() {
  const messages = ["Bonjour", "Je suis employeur", "Hello, I am an employee", "12 salariés", "IDCC 1486"];
  let state = null as Parameters<typeof playTurn>[0];
  const times = timeEach(10_000, (i) => {
    const outcome = playTurn(state, { sessionId: "bench-session", message: messages[i % messages.length] ?? "" });
    state = outcome.state;
  });
  return { turn_p50_ms: round(percentile(times, 50)), turn_p99_ms: round(percentile(times, 99)) };
}
