/**
 * A worker that the Qualiopi benchmark runs inside workerd (Miniflare, in-memory D1):
 * `POST /sql` runs a batch of statements (the migration, then the importer's INSERTs);
 * `POST /lookup` looks the keys up with the registry the assistant uses and returns the time of
 * each lookup measured inside the runtime (workerd's clock moves at each I/O: here each query).
 */
import { createD1Registry, type D1Like } from "../src/tools/qualiopi/d1-registry";
import type { QualiopiKey } from "../src/tools/qualiopi/registry";

interface Env {
  QUALIOPI: D1Like & { batch(statements: unknown[]): Promise<unknown> };
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (path === "/sql") {
      const statements = (await request.json()) as string[];
      await env.QUALIOPI.batch(statements.map((sql) => env.QUALIOPI.prepare(sql)));
      return Response.json({ ok: true });
    }
    const keys = (await request.json()) as QualiopiKey[];
    const registry = createD1Registry(env.QUALIOPI);
    const times: number[] = [];
    let missed = 0;
    for (const key of keys) {
      const started = Date.now();
      const result = await registry.lookup(key);
      times.push(Date.now() - started);
      if (result.status !== "found") missed += 1;
    }
    return Response.json({ times, missed });
  },
};
