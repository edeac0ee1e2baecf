import { createRuntime, type Runtime } from "./runtime";
import { createD1Registry } from "./tools/qualiopi/d1-registry";

/** The runtime on Workers: the Qualiopi registry lives in the `QUALIOPI` D1 database when it is bound. */
export function workerRuntime(env: Record<string, unknown>): Runtime {
  const db = env.QUALIOPI as D1Database | undefined;
  return createRuntime(env, { qualiopi: db ? [createD1Registry(db)] : [] });
}
