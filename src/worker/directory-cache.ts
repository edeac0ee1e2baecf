import type { DirectoryResult, SharedDirectoryCache } from "../tools/company-directory";

/** The made-up URL an answer is kept under: one per SIREN or SIRET, never fetched. */
const keyUrl = (id: string) => `https://company-directory.cache.internal/v1/${encodeURIComponent(id)}`;

/**
 * Company directory answers in the Workers Cache API, which every isolate of a data centre
 * shares: a SIREN looked up once is not asked again there before the TTL. The Cache API does
 * nothing on workers.dev hosts (only on a zone's own routes); the isolate's memory cache still
 * works there. Failures are the caller's to ignore.
 */
export function cacheApiDirectoryCache(cache: Cache): SharedDirectoryCache {
  return {
    async get(id) {
      const hit = await cache.match(keyUrl(id));
      return hit ? ((await hit.json()) as DirectoryResult) : undefined;
    },
    async put(id, result, ttlMs) {
      const headers = {
        "Content-Type": "application/json",
        "Cache-Control": `max-age=${Math.max(1, Math.floor(ttlMs / 1000))}`,
      };
      await cache.put(keyUrl(id), new Response(JSON.stringify(result), { headers }));
    },
  };
}
