import { afterEach, describe, expect, it } from "vitest";
import { createCompanyDirectory } from "../../src/tools/company-directory";
import { fakeDirectory, json, searchBody, searchResult } from "./fake-directory";

const SIREN = "732829320";
const SIRET = "73282932000074";
const company = (idccs: string[], extra: Partial<Parameters<typeof searchResult>[0]> = {}) =>
  searchResult({
    siren: SIREN,
    siret: SIRET,
    name: "BOULANGERIE DU MARCHE",
    naf: "10.71C",
    idccs,
    qualiopi: false,
    ...extra,
  });

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});
async function serve(handle: Parameters<typeof fakeDirectory>[0]) {
  const server = await fakeDirectory(handle);
  close = server.close;
  return server;
}

describe("company directory adapter (recherche-entreprises)", () => {
  it("maps a found company: name, NAF, headcount band, agreements, Qualiopi flag", async () => {
    const server = await serve((_, res) => json(res, 200, searchBody([company(["843"], { qualiopi: true })])));
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch });
    expect(await directory.lookup(SIRET)).toEqual({
      status: "found",
      company: {
        siren: SIREN,
        siret: SIRET,
        name: "BOULANGERIE DU MARCHE",
        naf: "10.71C",
        headcountBand: "12",
        idccs: ["0843"],
        qualiopi: true,
      },
    });
    expect(server.queries).toEqual([`/search?q=${SIRET}`]);
  });

  it("keeps several agreements of one company", async () => {
    const server = await serve((_, res) => json(res, 200, searchBody([company(["1486", "2120"])])));
    const result = await createCompanyDirectory({ baseUrl: server.url, fetch }).lookup(SIREN);
    expect(result).toMatchObject({ status: "found", company: { idccs: ["1486", "2120"], qualiopi: false } });
  });

  it("answers not_found for no result and for a 404", async () => {
    const server = await serve((q, res) =>
      q === SIREN ? json(res, 200, searchBody([])) : json(res, 404, { erreur: "not found" }),
    );
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch });
    expect(await directory.lookup(SIREN)).toEqual({ status: "not_found" });
    expect(await directory.lookup(SIRET)).toEqual({ status: "not_found" });
  });

  it("ignores a result for another SIREN (the search is full-text)", async () => {
    const server = await serve((_, res) =>
      json(
        res,
        200,
        searchBody([
          searchResult({ siren: "552100554", siret: "55210055400013", name: "OTHER", naf: "62.01Z", idccs: [] }),
        ]),
      ),
    );
    expect(await createCompanyDirectory({ baseUrl: server.url, fetch }).lookup(SIREN)).toEqual({ status: "not_found" });
  });

  it("turns 429, 5xx and an unexpected body into unavailable, never a throw, and does not cache them", async () => {
    let status = 429;
    const server = await serve((_, res) =>
      status === 200 ? json(res, 200, { unexpected: true }) : json(res, status, { erreur: "busy" }),
    );
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch });
    expect(await directory.lookup(SIREN)).toEqual({ status: "unavailable", reason: "rate limited (429)" });
    status = 503;
    expect(await directory.lookup(SIREN)).toEqual({ status: "unavailable", reason: "HTTP 503" });
    status = 200;
    expect(await directory.lookup(SIREN)).toEqual({ status: "unavailable", reason: "unexpected response shape" });
    expect(server.queries).toHaveLength(3);
  });

  it("gives up after the timeout", async () => {
    const server = await serve(() => undefined); // never answers
    const started = performance.now();
    const result = await createCompanyDirectory({ baseUrl: server.url, fetch, timeoutMs: 150 }).lookup(SIREN);
    expect(result).toEqual({ status: "unavailable", reason: "timeout after 150 ms" });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("answers unavailable when nothing listens", async () => {
    const server = await serve(() => undefined);
    await server.close();
    close = undefined;
    expect(await createCompanyDirectory({ baseUrl: server.url, fetch }).lookup(SIREN)).toEqual({
      status: "unavailable",
      reason: "network error",
    });
  });

  it("caches answers for the TTL, bounded in size", async () => {
    let now = 0;
    const server = await serve((q, res) => json(res, 200, searchBody([company(["843"], { siren: q.slice(0, 9) })])));
    const directory = createCompanyDirectory({
      baseUrl: server.url,
      fetch,
      cacheSize: 2,
      cacheTtlMs: 1000,
      now: () => now,
    });
    await directory.lookup(SIREN);
    await directory.lookup("732 829 320");
    expect(server.queries).toHaveLength(1);
    now = 1001;
    await directory.lookup(SIREN);
    expect(server.queries).toHaveLength(2);
    await directory.lookup("552100554");
    await directory.lookup("542065479");
    await directory.lookup(SIREN); // pushed out by the two others
    expect(server.queries).toHaveLength(5);
  });

  it("shares one call between identical lookups in flight", async () => {
    const server = await serve((q, res) => {
      setTimeout(() => json(res, 200, searchBody([company(["843"], { siren: q.slice(0, 9) })])), 30);
    });
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => directory.lookup(i % 2 ? SIREN : SIRET)));
    expect(results.every((r) => r.status === "found")).toBe(true);
    expect(server.queries.sort()).toEqual([`/search?q=${SIREN}`, `/search?q=${SIRET}`]);
  });

  it("spends at most callsPerMinute calls, then answers unavailable with the wait, and calls again once it has passed", async () => {
    let now = 0;
    const server = await serve((q, res) => json(res, 200, searchBody([company(["843"], { siren: q.slice(0, 9) })])));
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch, callsPerMinute: 3, now: () => now });
    const sirens = ["732829320", "552100554", "542065479", "443061841", "775665019"];
    const results = [];
    for (const siren of sirens) results.push(await directory.lookup(siren));
    expect(server.queries).toHaveLength(3);
    expect(results.slice(3)).toEqual([
      expect.objectContaining({ status: "unavailable", retryAfterSeconds: 20 }),
      expect.objectContaining({ status: "unavailable", retryAfterSeconds: 20 }),
    ]);
    // Cached answers cost nothing from the budget.
    expect((await directory.lookup(sirens[0] as string)).status).toBe("found");
    now += 20_000;
    expect((await directory.lookup(sirens[3] as string)).status).toBe("found");
    expect(server.queries).toHaveLength(4);
  });

  it("reads and fills a cache shared with other isolates, and never stores an outage in it", async () => {
    const stored = new Map<string, unknown>();
    const shared = {
      get: async (id: string) => stored.get(id) as never,
      put: async (id: string, result: unknown) => void stored.set(id, result),
    };
    let down = true;
    const server = await serve((_, res) =>
      down ? json(res, 503, { erreur: "maintenance" }) : json(res, 200, searchBody([company(["843"])])),
    );
    const first = createCompanyDirectory({ baseUrl: server.url, fetch, shared });
    expect((await first.lookup(SIREN)).status).toBe("unavailable");
    expect(stored.size).toBe(0);
    down = false;
    expect((await first.lookup(SIREN)).status).toBe("found");
    // Another isolate: its memory is empty, the shared cache answers.
    const other = createCompanyDirectory({ baseUrl: server.url, fetch, shared });
    expect((await other.lookup(SIREN)).status).toBe("found");
    expect(server.queries).toHaveLength(2);
  });
});
