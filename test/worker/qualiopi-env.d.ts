import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      QUALIOPI: D1Database;
      /** migrations/, read by vitest.config.ts. */
      D1_MIGRATIONS: D1Migration[];
      /** test/fixtures/qualiopi-liste-publique-of.sql: what the importer generates for the fixture CSV. */
      QUALIOPI_FIXTURE_SQL: string;
    }
  }
}
