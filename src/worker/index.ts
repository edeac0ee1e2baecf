import { type App, createApp } from "../app";
import { createDurableStore } from "./durable-store";
import { isolateRuntime } from "./runtime";
import { SessionObject } from "./session-object";

export { SessionObject };

interface Env {
  SESSIONS: DurableObjectNamespace<SessionObject>;
  /** The official list of training organisations (migrations/, loaded by `npm run qualiopi:import`). */
  QUALIOPI?: D1Database;
  [name: string]: unknown;
}

// One app per isolate, built on the first request from the isolate's runtime.
let app: App | undefined;

function appFor(env: Env): App {
  app ??= createApp({ ...isolateRuntime(env), store: createDurableStore(env.SESSIONS) });
  return app;
}

export default {
  fetch: (request, env, ctx) => appFor(env).fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
