/**
 * The assistant over HTTP as `npm start` serves it: `wrangler dev` on a free loopback port,
 * 20 concurrent sessions each playing a scripted conversation through POST /api/chat, for at
 * most 30 s (start-up excluded). wrangler is stopped afterwards, whatever happens.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { percentile, round } from "./stats";

const SESSIONS = 20;
const WINDOW_MS = 15_000;
const LIMIT_MS = 30_000;
const SCRIPT = [
  "Bonjour, je suis employeur, IDCC 1486, 12 salariés",
  "une formation d'anglais en mars",
  "je ne sais pas",
  "C'est quoi Qualiopi ?",
  "oui",
  "recommencer",
];
const root = new URL("..", import.meta.url).pathname;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForHealth(base: string, deadline: number) {
  while (performance.now() < deadline) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("wrangler dev did not answer /health in 60 s");
}

export async function run(): Promise<Record<string, number>> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it stops workerd too.
  const child = spawn(`${root}node_modules/.bin/wrangler`, ["dev", "--ip", "127.0.0.1", "--port", String(port), "--var", "LOG_LEVEL:error", "--var", "COMPANY_DIRECTORY_URL:http://127.0.0.1:9"], {
    cwd: root,
    detached: true,
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
  });
  try {
    await waitForHealth(base, performance.now() + 60_000);
    const started = performance.now();
    const stopAt = started + WINDOW_MS;
    const times: number[] = [];
    let errors = 0;
    const session = async () => {
      let sessionId: string | undefined;
      for (let i = 0; performance.now() < stopAt && performance.now() - started < LIMIT_MS; i++) {
        const message = SCRIPT[i % SCRIPT.length] as string;
        const t = performance.now();
        const response = await fetch(`${base}/api/chat`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(sessionId ? { sessionId, message } : { message }),
        });
        const body = (await response.json()) as { sessionId?: string };
        times.push(performance.now() - t);
        if (!response.ok) errors++;
        sessionId = body.sessionId ?? sessionId;
      }
    };
    await Promise.all(Array.from({ length: SESSIONS }, () => session()));
    const elapsed = performance.now() - started;
    return {
      http_sessions: SESSIONS,
      http_turns: times.length,
      http_errors: errors,
      http_turn_p50_ms: round(percentile(times, 50), 2),
      http_turn_p99_ms: round(percentile(times, 99), 2),
      http_turns_per_s: Math.round((times.length / elapsed) * 1000),
    };
  } finally {
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
}
