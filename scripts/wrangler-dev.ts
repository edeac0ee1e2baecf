import { type ChildProcess, spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";

const root = new URL("..", import.meta.url).pathname;

/** A free TCP port on loopback (the OS picks it; the server is closed at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface DevServerOptions {
  /** `--var NAME:value` for each entry (the worker's configuration). */
  vars?: Record<string, string>;
  /** Where local Durable Objects and D1 keep their state; wrangler's default (.wrangler/state) otherwise. */
  persistTo?: string;
  /** Port of the DevTools inspector (heap snapshots); none by default. */
  inspectorPort?: number;
  /** How long to wait for /health, in ms (default 90 s: the first start bundles the worker). */
  startTimeoutMs?: number;
}

export interface DevServer {
  base: string;
  /** Process id of wrangler, the leader of its own process group (workerd included). */
  pid: number;
  /** What wrangler printed so far. */
  output(): string;
  /** Stops wrangler and workerd (SIGTERM to the group) and waits until wrangler has exited. */
  stop(): Promise<void>;
}

/**
 * `wrangler dev` on a free loopback port, as `npm start` runs the assistant: in its own process
 * group, so that stopping it stops workerd too. Resolves once /health answers.
 */
export async function startWranglerDev(options: DevServerOptions = {}): Promise<DevServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(port)];
  if (options.persistTo) args.push("--persist-to", options.persistTo);
  args.push(...(options.inspectorPort ? ["--inspector-port", String(options.inspectorPort)] : []));
  for (const [name, value] of Object.entries(options.vars ?? {})) args.push("--var", `${name}:${value}`);
  const child: ChildProcess = spawn(`${root}node_modules/.bin/wrangler`, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // The toolchain's Node 22 first, as npm scripts have it.
    env: {
      ...process.env,
      PATH: `${root}node_modules/.bin:${process.env.PATH ?? ""}`,
      CI: "true",
      WRANGLER_SEND_METRICS: "false",
    },
  });
  let printed = "";
  child.stdout?.on("data", (d: Buffer) => (printed += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (printed += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 90_000);
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, pid: child.pid ?? 0, output: () => printed, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer /health:\n${printed.slice(-2000)}`);
}
