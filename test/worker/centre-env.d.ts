import type { D1Migration } from "cloudflare:test";
import type { OutboxObject } from "../../src/worker/outbox-object";

declare global {
  namespace Cloudflare {
    interface Env {
      CENTRE_DB: D1Database;
      OUTBOX: DurableObjectNamespace<OutboxObject>;
      /** migrations/centre/, read by vitest.config.ts. */
      CENTRE_MIGRATIONS: D1Migration[];
      ADMIN_TOKEN: string;
    }
  }
}
