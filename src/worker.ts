import { type App, createApp } from "./app";
import { workerRuntime } from "./platform";
import { createDurableStore, SessionObject } from "./store/durable";

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
    const runtime = workerRuntime(env);
    app = createApp({ ...runtime, store: createDurableStore(env.SESSIONS) });
  }
  return app;
}

export default {
  fetch: (request, env, ctx) => appFor(env).fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
