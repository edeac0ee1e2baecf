import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompanyDirectory } from "../../../../src/tools/company-directory";
import { FindOpcoOutputSchema } from "../../../../src/tools/find-opco/schema";
import { directorySource } from "../../../../src/tools/qualiopi/directory-source";
import { nthSiren } from "../../../fakes/luhn";
import { testApp } from "../../../helpers";
import { fakeDirectory, json, searchBody, searchResult } from "../../../tools/fake-directory";

describe("find-opco and check-qualiopi against a hostile burst (fake directory counting calls)", () => {
  let server: Awaited<ReturnType<typeof fakeDirectory>>;
  beforeAll(async () => {
    server = await fakeDirectory((q, res) => {
      // A slow directory, so that identical lookups of the burst overlap.
      setTimeout(() => {
        const id = q.slice(0, 9);
        json(
          res,
          200,
          searchBody([searchResult({ siren: id, siret: `${id}00017`, name: "SAS", naf: "55.10Z", idccs: ["1979"] })]),
        );
      }, 20);
    });
  });
  afterAll(() => server.close());

  it("400 requests in a burst from one address make at most the budget of directory calls, each SIREN once", async () => {
    const directory = createCompanyDirectory({ baseUrl: server.url, fetch, callsPerMinute: 30 });
    const { postFrom } = testApp({
      directory,
      qualiopi: [directorySource(directory)],
      deps: { config: { ALLOWED_ORIGINS: [], RATE_LIMIT_PER_MINUTE: 20 } },
    });
    const before = server.queries.length;
    // 40 distinct companies, each asked ten times, by the two tools that read the directory.
    const responses = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        postFrom("203.0.113.50", i % 2 ? "/api/tools/find-opco" : "/api/tools/check-qualiopi", {
          siren: nthSiren(i % 40),
          lang: "en",
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    // The address gets ten people's allowance (200 a minute) of the tool routes; the rest is 429.
    expect(statuses.filter((s) => s === 200)).toHaveLength(200);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200);
    const calls = server.queries.slice(before);
    expect(calls.length).toBeLessThanOrEqual(30);
    expect(new Set(calls).size).toBe(calls.length);

    // Past the budget, findOpco says to try again later instead of calling.
    const bodies = await Promise.all(
      responses
        .filter((r, i) => r.status === 200 && i % 2)
        .map(async (r) => FindOpcoOutputSchema.parse(await r.json())),
    );
    const busy = bodies.filter((b) => /try again in \d+ s/.test(b.explanation));
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]).toMatchObject({ status: "not_found", directory: "unavailable" });
    expect(bodies.filter((b) => b.status === "found").length).toBeGreaterThan(0);
  });
});
