import { runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { ChatResponse } from "../../src/core/chat";
import { cacheApiDirectoryCache } from "../../src/worker/directory-cache";

const BASE = "http://127.0.0.1:8787";
const ask = (init: RequestInit & { cf?: Record<string, unknown> } = {}) =>
  exports.default.fetch(`${BASE}/api/ask`, {
    method: "POST",
    ...init,
    headers: { "Content-Type": "application/json", ...(init.headers as Record<string, string>) },
    body: JSON.stringify({ question: "Qualiopi est-il obligatoire ?" }),
  });

describe("hardening in workerd", () => {
  it("never stores a session under an id the client chose", async () => {
    const chosen = "00000000-0000-0000-0000-000000000000";
    const res = await exports.default.fetch(`${BASE}/api/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sessionId: chosen, message: "Bonjour, je suis employeur" }),
    });
    const body = (await res.json()) as ChatResponse;
    expect(body.sessionId).not.toBe(chosen);
    const stored = await runInDurableObject(env.SESSIONS.get(env.SESSIONS.idFromName(chosen)), async (_, state) => [
      ...(await state.storage.list()).keys(),
    ]);
    expect(stored).toEqual([]);
    expect((await exports.default.fetch(`${BASE}/api/sessions/${chosen}/summary`)).status).toBe(404);
  });

  it("serves the pages with their CSP and the summaries with no-store", async () => {
    const { sessionId } = (await (
      await exports.default.fetch(`${BASE}/api/chat`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message: "Je suis employeur, IDCC 1486" }),
      })
    ).json()) as ChatResponse;
    const page = await exports.default.fetch(`${BASE}/`);
    expect(page.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
    const summary = await exports.default.fetch(`${BASE}/api/sessions/${sessionId}/summary?format=html`);
    expect(summary.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    expect(summary.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers a long URL with the app's JSON 414", async () => {
    const res = await exports.default.fetch(`${BASE}/api/search?q=${"a".repeat(20_000)}`);
    expect(res.status).toBe(414);
    expect(await res.json()).toMatchObject({ error: { code: "uri_too_long" } });
  });

  it("trusts CF-Connecting-IP only when the request came through Cloudflare (request.cf)", async () => {
    // Without cf, every claimed address lands in the one "unknown" bucket (200 questions a minute);
    // with cf, the address is the edge's and has a bucket of its own.
    const statuses: number[] = [];
    for (let i = 0; i < 210; i += 1) {
      statuses.push((await ask({ headers: { "CF-Connecting-IP": `192.0.2.${i % 250}` } })).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const viaEdge = await ask({ headers: { "CF-Connecting-IP": "198.51.100.77" }, cf: { colo: "CDG" } });
    expect(viaEdge.status).toBe(200);
  });

  it("keeps company directory answers in the Cache API, where other isolates find them", async () => {
    const cache = cacheApiDirectoryCache(await caches.open("directory-test"));
    expect(await cache.get("732829320")).toBeUndefined();
    await cache.put("732829320", { status: "not_found" }, 60_000);
    expect(await cache.get("732829320")).toEqual({ status: "not_found" });
  });
});
