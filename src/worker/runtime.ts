import { createD1EventStore } from "../analytics/d1-store";
import { bundledCentre } from "../core/centre";
import { createD1LeadStore } from "../leads/d1-store";
import { createRuntime, type Runtime } from "../runtime";
import { createD1Registry } from "../tools/qualiopi/d1-registry";
import { cacheApiDirectoryCache } from "./directory-cache";

let runtime: Runtime | undefined;

/** The name of the one outbox Durable Object of the deployment. */
export const OUTBOX_NAME = "leads";

/** The outbox of the deployment, whose alarm also runs the daily clean-up of expired data. */
type OutboxStub = { ensureScheduled(): Promise<void> };

/** The analytics events in D1; their first write in an isolate makes sure the daily clean-up is scheduled. */
function eventsWithCleanUp(db: D1Database, timeZone: string, outbox: (() => OutboxStub) | undefined) {
  const events = createD1EventStore(db, timeZone);
  let scheduled = false;
  return {
    ...events,
    record(batch: Parameters<typeof events.record>[0]) {
      if (!scheduled && outbox) {
        scheduled = true;
        outbox()
          .ensureScheduled()
          .catch(() => {
            scheduled = false;
          });
      }
      return events.record(batch);
    },
  };
}

/**
 * The one composition root of a Workers isolate: built on first use from the worker's environment,
 * then shared by the HTTP app and every Durable Object of the isolate. The Qualiopi registry lives
 * in the `QUALIOPI` D1 database when it is bound; leads and analytics in `CENTRE_DB`; company
 * directory answers are shared with the other isolates through the Cache API.
 */
export function isolateRuntime(env: Record<string, unknown>): Runtime {
  if (!runtime) {
    const db = env.QUALIOPI as D1Database | undefined;
    const centreDb = env.CENTRE_DB as D1Database | undefined;
    const timeZone = bundledCentre().timeZone;
    const namespace = env.OUTBOX as DurableObjectNamespace | undefined;
    const outbox = namespace
      ? () => namespace.get(namespace.idFromName(OUTBOX_NAME)) as unknown as OutboxStub
      : undefined;
    runtime = createRuntime(env, {
      qualiopi: db ? [createD1Registry(db)] : [],
      directoryCache: cacheApiDirectoryCache(caches.default),
      ...(centreDb
        ? { events: eventsWithCleanUp(centreDb, timeZone, outbox), leads: createD1LeadStore(centreDb, timeZone) }
        : {}),
    });
  }
  return runtime;
}
