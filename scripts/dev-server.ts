/**
 * Starts the worker under `wrangler dev` on a free loopback port with fresh local storage (the
 * centre's D1 migrations applied), for the browser tests and the README screenshots; `stop()` ends
 * it and removes its storage.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Listens on a free loopback port and returns it. */
export const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export interface DevServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** `wrangler dev` with `vars` (ALLOWED_ORIGINS, LOG_LEVEL...), once /health answers. */
export async function startDevServer(vars: Record<string, string> = {}): Promise<DevServer> {
  const probe = createServer();
  const port = await listen(probe);
  probe.close();
  const baseUrl = `http://127.0.0.1:${port}`;
  const persist = await mkdtemp(join(tmpdir(), "opco-dev-"));
  // The leads and analytics tables, in the fresh local database.
  await new Promise<void>((resolve, reject) =>
    execFile(
      "npx",
      ["wrangler", "d1", "migrations", "apply", "CENTRE_DB", "--local", "--persist-to", persist],
      { env: { ...process.env, CI: "true" } },
      (error, _stdout, stderr) => (error ? reject(new Error(`migrations not applied: ${stderr}`)) : resolve()),
    ),
  );
  const args = ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persist];
  for (const [name, value] of Object.entries({ LOG_LEVEL: "warn", ...vars })) args.push("--var", `${name}:${value}`);
  const wrangler: ChildProcess = spawn("npx", args, {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: { ...process.env, CI: "true" },
  });
  let output = "";
  wrangler.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  wrangler.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (wrangler.pid) {
      try {
        process.kill(-wrangler.pid, "SIGTERM");
      } catch {
        wrangler.kill("SIGTERM");
      }
    }
    await rm(persist, { recursive: true, force: true });
  };
  try {
    await waitFor(`${baseUrl}/health`, 60_000);
  } catch (error) {
    console.error(output);
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
