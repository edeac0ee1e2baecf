import { type AppDeps, createApp } from "../src/app";
import { createLogger } from "../src/core/logger";
import { createRuntime } from "../src/runtime";
import { createMemoryStore } from "../src/store/memory";
import { bindTools } from "../src/tools/catalogue";
import type { CompanyDirectory } from "../src/tools/company-directory";
import type { QualiopiRegistry } from "../src/tools/qualiopi/registry";

/** The runtime of the tests: the real one, with the company directory on a closed local port (no network). */
export const testRuntime = (env: Record<string, unknown> = {}) =>
  createRuntime({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9", ...env });

/** The real app on a memory store, with its log lines captured. */
export function testApp(
  options: {
    allowedOrigins?: string[];
    now?: () => number;
    directory?: CompanyDirectory;
    /** Sources of the checkQualiopi route (none by default: every answer is `unknown`). */
    qualiopi?: QualiopiRegistry[];
    deps?: Partial<AppDeps>;
    /** Environment of the runtime (e.g. OPENAI_BASE_URL of a local fake model). */
    env?: Record<string, unknown>;
  } = {},
) {
  const logs: Record<string, unknown>[] = [];
  const runtime = testRuntime(options.env);
  const store = createMemoryStore({ handler: runtime.handler, now: options.now });
  const app = createApp({
    ...runtime,
    version: "test",
    config: { ALLOWED_ORIGINS: options.allowedOrigins ?? ["https://centre.example"] },
    logger: createLogger("debug", (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    store,
    // The tool routes read this directory and these registries (the dialogue keeps the runtime's).
    tools: bindTools({ ...runtime.toolDeps, directory: options.directory, qualiopi: options.qualiopi ?? [] }),
    ...options.deps,
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  /** A POST as it arrives on Cloudflare: `request.cf` set, `CF-Connecting-IP` written by the edge. */
  const postFrom = (ip: string, path: string, body: unknown) =>
    app.fetch(
      throughCloudflare(
        new Request(`http://assistant.internal${path}`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip },
          body: JSON.stringify(body),
        }),
      ),
    );
  return { app, store, logs, post, postFrom, runtime };
}

/** The request with the `cf` object Cloudflare's edge attaches (Node's Request has none). */
export function throughCloudflare(request: Request): Request {
  Object.defineProperty(request, "cf", { value: { colo: "CDG", country: "FR" } });
  return request;
}
