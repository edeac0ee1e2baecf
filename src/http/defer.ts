import type { Context } from "hono";

/**
 * Runs `task` after the response is sent. On Workers it is handed to `executionCtx.waitUntil`
 * so the isolate stays alive until it settles; tests inject their own to await the work.
 * The task must handle its own errors.
 */
export type Defer = (c: Context, task: Promise<unknown>) => void;

/** `waitUntil` when the platform gives an execution context; otherwise the promise simply runs on. */
export const waitUntilDefer: Defer = (c, task) => {
  try {
    c.executionCtx.waitUntil(task);
  } catch {
    // No execution context (Node): nothing keeps the process alive for it, and nothing needs to.
  }
};
