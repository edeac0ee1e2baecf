import { createApp, type AppDeps } from "../src/app";
import { createLogger } from "../src/core/logger";
import { OpcoListSchema } from "../src/core/opco";
import { playTurn } from "../src/dialogue/engine";
import type { KnowledgeBase } from "../src/retrieval/knowledge";
import { createMemoryStore } from "../src/store/memory";
import type { CompanyDirectory } from "../src/tools/company-directory";
import type { CheckQualiopiDeps } from "../src/tools/check-qualiopi";
import opcos from "../knowledge/data/opcos.json";

/** The real app on a memory store, with its log lines captured. */
export function testApp(
  options: { allowedOrigins?: string[]; now?: () => number; directory?: CompanyDirectory; qualiopi?: CheckQualiopiDeps; kb?: KnowledgeBase; deps?: Partial<AppDeps> } = {},
) {
  const logs: Record<string, unknown>[] = [];
  const store = createMemoryStore({ handler: playTurn, now: options.now });
  const app = createApp({
    version: "test",
    config: { ALLOWED_ORIGINS: options.allowedOrigins ?? ["https://centre.example"] },
    logger: createLogger("debug", (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    store,
    opcos: OpcoListSchema.parse(opcos),
    knowledge: options.kb ? { cards: options.kb.size, builtAt: options.kb.builtAt } : { cards: 0, builtAt: null },
    directory: options.directory,
    qualiopi: options.qualiopi,
    kb: options.kb,
    ...options.deps,
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  return { app, store, logs, post };
}
