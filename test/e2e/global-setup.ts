import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    customerUrl: string;
    strangerUrl: string;
  }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

/** A page of another site embedding the widget from the assistant's origin, as a customer would. */
const embeddingSite = (assistant: string) =>
  createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer site</title></head>
<body><h1>Another training centre</h1>
<script src="${assistant}/widget.js" defer></script>
<opco-assistant lang="en" title="Funding help"></opco-assistant></body></html>`);
  });

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

/**
 * Starts the worker with `wrangler dev` on a free port (fresh local storage), and two other
 * local sites: one whose origin is allowed (ALLOWED_ORIGINS) and one whose origin is not.
 */
export default async function setup(project: TestProject) {
  const probe = createServer();
  const port = await listen(probe);
  probe.close();
  const baseUrl = `http://127.0.0.1:${port}`;
  const customer = embeddingSite(baseUrl);
  const stranger = embeddingSite(baseUrl);
  const customerUrl = `http://127.0.0.1:${await listen(customer)}`;
  const strangerUrl = `http://127.0.0.1:${await listen(stranger)}`;
  const persist = await mkdtemp(join(tmpdir(), "opco-e2e-"));
  const wrangler: ChildProcess = spawn(
    "npx",
    [
      "wrangler",
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persist,
      "--var",
      `ALLOWED_ORIGINS:${customerUrl}`,
      "--var",
      "LOG_LEVEL:warn",
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, CI: "true" } },
  );
  let output = "";
  wrangler.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  wrangler.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  try {
    await waitFor(`${baseUrl}/health`, 60_000);
  } catch (error) {
    console.error(output);
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  project.provide("customerUrl", customerUrl);
  project.provide("strangerUrl", strangerUrl);
  return async () => {
    if (wrangler.pid) {
      try {
        process.kill(-wrangler.pid, "SIGTERM");
      } catch {
        wrangler.kill("SIGTERM");
      }
    }
    customer.close();
    stranger.close();
    await rm(persist, { recursive: true, force: true });
  };
}
