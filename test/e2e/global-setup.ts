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
    strictCspUrl: string;
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

/** The same page under the strictest Content-Security-Policy that still lets the widget load and call its API. */
const strictSite = (assistant: string) =>
  createServer((_, res) => {
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": `default-src 'none'; script-src ${assistant}; connect-src ${assistant}; style-src 'self'; img-src 'self'`,
    });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site strict</title></head>
<body><main><h1>Un site à la politique de sécurité stricte</h1></main>
<script src="${assistant}/widget.js" defer></script>
<opco-assistant lang="fr"></opco-assistant></body></html>`);
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
 * Starts the worker with `wrangler dev` on a free port (fresh local storage), and three other
 * local sites: one whose origin is allowed (ALLOWED_ORIGINS), one whose origin is not, and an
 * allowed one under a strict Content-Security-Policy.
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
  const strict = strictSite(baseUrl);
  const strictCspUrl = `http://127.0.0.1:${await listen(strict)}`;
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
      `ALLOWED_ORIGINS:${customerUrl},${strictCspUrl}`,
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
  project.provide("strictCspUrl", strictCspUrl);
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
    strict.close();
    await rm(persist, { recursive: true, force: true });
  };
}
