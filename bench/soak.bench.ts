/**
 * Memory of `wrangler dev` (what `npm start` runs) under new sessions: `npm run bench -- soak`.
 * RSS of wrangler's whole process tree (its Node proxy and the two workerd) and of the worker's own
 * workerd, before and after SOAK_SESSIONS new conversations (default 1000, 10 at a time), then
 * after as many more once the first batch's Durable Objects have been idle SOAK_IDLE_S seconds
 * (default 30: workerd evicts an idle object well within that), then after as many turns on one
 * existing conversation. Bounded: about two minutes; loopback only; wrangler is stopped at the end.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startWranglerDev } from "../scripts/wrangler-dev";
import { round } from "./stats";

export const onlyWhenNamed = true;

const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 1000);
const IDLE_MS = Number(process.env.SOAK_IDLE_S ?? 30) * 1000;
const CONCURRENCY = 10;

interface Proc {
  pid: number;
  ppid: number;
  name: string;
  rssMb: number;
  cmdline: string;
}

/** Every process of the machine, from /proc (Linux). */
function processes(): Proc[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const status = readFileSync(`/proc/${entry}/status`, "utf8");
        const field = (name: string) => new RegExp(`^${name}:\\s+(\\S+)`, "m").exec(status)?.[1] ?? "";
        return [
          {
            pid: Number(entry),
            ppid: Number(field("PPid")),
            name: field("Name"),
            rssMb: Number(field("VmRSS") || 0) / 1024,
            cmdline: readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " "),
          },
        ];
      } catch {
        return [];
      }
    });
}

/** RSS of the tree under `root` (MB), and of the workerd that runs the worker (the one with an inspector). */
function rss(root: number) {
  const all = processes();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  const mine = all.filter((p) => tree.has(p.pid));
  const worker = mine.find((p) => p.name === "workerd" && p.cmdline.includes("--inspector-addr"));
  return { total: mine.reduce((sum, p) => sum + p.rssMb, 0), worker: worker?.rssMb ?? 0 };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `count` requests, CONCURRENCY at a time; throws on any error status. */
async function drive(count: number, send: () => Promise<Response>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        const res = await send();
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`soak: HTTP ${res.status}`);
      }
    }),
  );
}

export async function run(): Promise<Record<string, number>> {
  const persist = await mkdtemp(join(tmpdir(), "opco-soak-"));
  const server = await startWranglerDev({
    persistTo: persist,
    vars: { LOG_LEVEL: "error", RATE_LIMIT_PER_MINUTE: "0", COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" },
  });
  const chat = (body: Record<string, string>) =>
    fetch(`${server.base}/api/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  const newSession = () => chat({ message: "Bonjour, je suis employeur" });
  try {
    await drive(100, newSession);
    await pause(2000);
    const before = rss(server.pid);
    await drive(SESSIONS, newSession);
    await pause(2000);
    const after = rss(server.pid);
    await pause(IDLE_MS);
    const rested = rss(server.pid);
    await drive(SESSIONS, newSession);
    await pause(2000);
    const second = rss(server.pid);
    const { sessionId } = (await (await newSession()).json()) as { sessionId: string };
    await drive(SESSIONS, () => chat({ sessionId, message: "Bonjour" }));
    await pause(2000);
    const existing = rss(server.pid);
    const perSession = (from: number, to: number) => round(((to - from) * 1024) / SESSIONS, 1);
    return {
      soak_sessions: SESSIONS,
      soak_rss_before_mb: round(before.total, 1),
      soak_rss_after_mb: round(after.total, 1),
      soak_growth_kb_per_new_session: perSession(before.total, after.total),
      soak_worker_rss_before_mb: round(before.worker, 1),
      soak_worker_rss_after_mb: round(after.worker, 1),
      soak_worker_growth_kb_per_new_session: perSession(before.worker, after.worker),
      soak_rss_after_idle_mb: round(rested.total, 1),
      soak_second_batch_growth_kb_per_new_session: perSession(rested.total, second.total),
      soak_worker_second_batch_growth_kb_per_new_session: perSession(rested.worker, second.worker),
      soak_existing_session_growth_kb_per_turn: perSession(second.total, existing.total),
    };
  } finally {
    await server.stop();
    await rm(persist, { recursive: true, force: true });
  }
}
