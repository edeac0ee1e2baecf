import { createServer } from "node:http";
import type { TestProject } from "vitest/node";
import { listen, startDevServer } from "../../scripts/dev-server";
import { ADMIN_TOKEN } from "./browser";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    customerUrl: string;
    strangerUrl: string;
    strictCspUrl: string;
  }
}

/** The assistant's origin, known once it is started (after the sites, whose origins it must allow). */
const assistant = { url: "" };

/** A page of another site embedding the widget from the assistant's origin, as a customer would. */
const embeddingSite = () =>
  createServer((_, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Customer site</title></head>
<body><h1>Another training centre</h1>
<script src="${assistant.url}/widget.js" defer></script>
<opco-assistant lang="en" title="Funding help"></opco-assistant></body></html>`);
  });

/** The same page under the strictest Content-Security-Policy that still lets the widget load and call its API. */
const strictSite = () =>
  createServer((_, res) => {
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": `default-src 'none'; script-src ${assistant.url}; connect-src ${assistant.url}; style-src 'self'; img-src 'self'`,
    });
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site strict</title></head>
<body><main><h1>Un site à la politique de sécurité stricte</h1></main>
<script src="${assistant.url}/widget.js" defer></script>
<opco-assistant lang="fr"></opco-assistant></body></html>`);
  });

/**
 * Starts the worker with `wrangler dev` on a free port (fresh local storage), and three other
 * local sites: one whose origin is allowed (ALLOWED_ORIGINS), one whose origin is not, and an
 * allowed one under a strict Content-Security-Policy.
 */
export default async function setup(project: TestProject) {
  const sites = [embeddingSite(), embeddingSite(), strictSite()];
  const [customerUrl, strangerUrl, strictCspUrl] = (await Promise.all(sites.map(listen))).map(
    (port) => `http://127.0.0.1:${port}`,
  );
  const server = await startDevServer({ ALLOWED_ORIGINS: `${customerUrl},${strictCspUrl}`, ADMIN_TOKEN });
  assistant.url = server.baseUrl;
  project.provide("baseUrl", server.baseUrl);
  project.provide("customerUrl", customerUrl as string);
  project.provide("strangerUrl", strangerUrl as string);
  project.provide("strictCspUrl", strictCspUrl as string);
  return async () => {
    await server.stop();
    for (const site of sites) site.close();
  };
}
