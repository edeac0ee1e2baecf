/**
 * The assistant over HTTP as `npm start` serves it: `wrangler dev` on a free loopback port,
 * 20 concurrent sessions each playing a scripted conversation through POST /api/chat, at most
 * 30 s in all (start-up excluded); wrangler is stopped afterwards, whatever happens.
 *
 * Three measures: GET /health flat out (what wrangler dev itself costs on this machine), the
 * chat flat out (each session sends its next message as soon as the reply arrives: throughput),
 * and the chat paced like people (each session sends a message every PACE_MS: latency).
 */
import { startWranglerDev } from "../scripts/wrangler-dev";
import { percentile, round } from "./stats";

const SESSIONS = 20;
const WINDOW_MS = 8_000;
const PACE_MS = 500;
const SCRIPT = [
  "Bonjour, je suis employeur, IDCC 1486, 12 salariés",
  "une formation d'anglais en mars",
  "je ne sais pas",
  "C'est quoi Qualiopi ?",
  "oui",
  "recommencer",
];

/** SESSIONS loops calling `call` for `windowMs`, each waiting `paceMs` between the starts of two calls. */
async function load(
  _base: string,
  windowMs: number,
  paceMs: number,
  call: (session: number, i: number) => Promise<Response>,
) {
  const started = performance.now();
  const stopAt = started + windowMs;
  const times: number[] = [];
  let errors = 0;
  const loop = async (session: number) => {
    // Paced sessions start spread over one period, as people do not all type at the same instant.
    if (paceMs) await new Promise((resolve) => setTimeout(resolve, (session * paceMs) / SESSIONS));
    for (let i = 0; performance.now() < stopAt; i++) {
      const t = performance.now();
      const response = await call(session, i);
      await response.arrayBuffer();
      times.push(performance.now() - t);
      if (!response.ok) errors++;
      const wait = paceMs - (performance.now() - t);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  await Promise.all(Array.from({ length: SESSIONS }, (_, session) => loop(session)));
  return { times, errors, perSecond: Math.round((times.length / (performance.now() - started)) * 1000) };
}

/** The scripted conversation on SESSIONS sessions, each continuing under the id the server gave it. */
function chatLoad(base: string, windowMs: number, paceMs: number) {
  const ids: (string | undefined)[] = Array.from({ length: SESSIONS });
  return load(base, windowMs, paceMs, async (session, i) => {
    const response = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sessionId: ids[session], message: SCRIPT[i % SCRIPT.length] }),
    });
    const body = (await response.clone().json()) as { sessionId?: string };
    ids[session] = body.sessionId;
    return response;
  });
}

export async function run(): Promise<Record<string, number>> {
  const server = await startWranglerDev({
    vars: { LOG_LEVEL: "error", COMPANY_DIRECTORY_URL: "http://127.0.0.1:9", RATE_LIMIT_PER_MINUTE: "0" },
  });
  const base = server.base;
  try {
    const health = await load(base, WINDOW_MS, 0, () => fetch(`${base}/health`));
    const flat = await chatLoad(base, WINDOW_MS, 0);
    const paced = await chatLoad(base, WINDOW_MS, PACE_MS);
    return {
      http_sessions: SESSIONS,
      http_health_p99_ms: round(percentile(health.times, 99), 2),
      http_health_per_s: health.perSecond,
      http_turns: flat.times.length + paced.times.length,
      http_errors: flat.errors + paced.errors,
      http_turn_p50_ms: round(percentile(flat.times, 50), 2),
      http_turn_p99_ms: round(percentile(flat.times, 99), 2),
      http_turns_per_s: flat.perSecond,
      http_paced_turn_p50_ms: round(percentile(paced.times, 50), 2),
      http_paced_turn_p99_ms: round(percentile(paced.times, 99), 2),
    };
  } finally {
    await server.stop();
  }
}
