import { type App, createApp } from "../app";
import { createDurableStore } from "./durable-store";
import { OutboxObject } from "./outbox-object";
import { isolateRuntime, OUTBOX_NAME } from "./runtime";
import { SessionObject } from "./session-object";

export { OutboxObject, SessionObject };

interface Env {
  SESSIONS: DurableObjectNamespace<SessionObject>;
  /** Forwards leads to LEADS_WEBHOOK_URL and deletes what is past its retention. */
  OUTBOX: DurableObjectNamespace<OutboxObject>;
  /** The official list of training organisations (migrations/, loaded by `npm run qualiopi:import`). */
  QUALIOPI?: D1Database;
  /** Leads and analytics events (migrations/centre/). */
  CENTRE_DB?: D1Database;
  [name: string]: unknown;
}

// One app per isolate (and one outbox per deployment: deliveries never run twice at once), built on the first request from the isolate's runtime.
let app: App | undefined;

function appFor(env: Env): App {
  const outbox = () => env.OUTBOX.get(env.OUTBOX.idFromName(OUTBOX_NAME));
  app ??= createApp({
    ...isolateRuntime(env),
    store: createDurableStore(env.SESSIONS),
    wakeOutbox: () => outbox().wake(),
  });
  return app;
}

export default {
  fetch: (request, env, ctx) => appFor(env).fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
