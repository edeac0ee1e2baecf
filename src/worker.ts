import { createApp, type App } from "./app";
import { createRuntime } from "./runtime";
import { createDurableStore, SessionObject } from "./store/durable";
import { createD1Registry } from "./tools/qualiopi/d1-registry";

export { SessionObject };

interface Env {
  SESSIONS: DurableObjectNamespace<SessionObject>;
  /** The official list of training organisations (migrations/, loaded by `npm run qualiopi:import`). */
  QUALIOPI?: D1Database;
  [name: string]: unknown;
}

// One app per isolate, built on the first request from the worker's environment.
let app: App | undefined;

function appFor(env: Env): App {
  if (!app) {
    const runtime = createRuntime(env);
    const qualiopi = { sources: env.QUALIOPI ? [createD1Registry(env.QUALIOPI)] : [] };
    app = createApp({ ...runtime, kb: runtime.loadKb(), store: createDurableStore(env.SESSIONS), qualiopi });
  }
  return app;
}

export default {
  fetch: (request, env, ctx) => appFor(env).fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
