import type { Context } from "hono";

/** Runs work after the response is sent. Injected so Node tests can await what Workers hand to waitUntil. */
export type Defer = (c: Context, task: Promise<unknown>) => void;

/** Workers: keep the isolate alive until the task settles. */
export const waitUntil: Defer = (c, task) => c.executionCtx.waitUntil(task);
