import { createRuntime, type Runtime } from "../runtime";
import { createD1Registry } from "../tools/qualiopi/d1-registry";
import { cacheApiDirectoryCache } from "./directory-cache";

let runtime: Runtime | undefined;

/**
 * The one composition root of a Workers isolate: built on first use from the worker's environment,
 * then shared by the HTTP app and every session Durable Object of the isolate. The Qualiopi
 * registry lives in the `QUALIOPI` D1 database when it is bound; company directory answers are
 * shared with the other isolates through the Cache API.
 */
export function isolateRuntime(env: Record<string, unknown>): Runtime {
  if (!runtime) {
    const db = env.QUALIOPI as D1Database | undefined;
    runtime = createRuntime(env, {
      qualiopi: db ? [createD1Registry(db)] : [],
      directoryCache: cacheApiDirectoryCache(caches.default),
    });
  }
  return runtime;
}
