import { z } from "zod";
import { createRateLimiter } from "../core/rate-limit";
import { LegalUnitSchema } from "./legal-unit";

/** A company as the directory describes it: what findOpco and checkQualiopi need. */
export const CompanySchema = LegalUnitSchema.extend({
  naf: z.string().optional().describe("Main activity, NAF (APE) code, e.g. 62.02A"),
  headcountBand: z.string().optional().describe("INSEE headcount band code, e.g. 12 = 20 to 49 employees"),
  idccs: z
    .array(z.string())
    .describe("Collective agreements (IDCC, 4 digits) declared for the establishment or the company"),
  qualiopi: z
    .boolean()
    .nullable()
    .describe("Qualiopi-certified training provider; null when the directory does not say"),
});
export type Company = z.infer<typeof CompanySchema>;

export type DirectoryResult =
  | { status: "found"; company: Company }
  | { status: "not_found" }
  /** `retryAfterSeconds` when the directory was not asked because the outbound budget is spent: try again then. */
  | { status: "unavailable"; reason: string; retryAfterSeconds?: number };

/** Answers kept where every isolate sees them (the Workers Cache API), behind the isolate's own memory cache. */
export interface SharedDirectoryCache {
  get(id: string): Promise<DirectoryResult | undefined>;
  put(id: string, result: DirectoryResult, ttlMs: number): Promise<void>;
}

/** Looks a company up by SIREN or SIRET. Never throws: an outage is `unavailable`. */
export interface CompanyDirectory {
  lookup(id: string): Promise<DirectoryResult>;
}

// The part of the recherche-entreprises response the adapter reads (GET /search?q=...).
const Establishment = z.object({
  siret: z.string().optional(),
  activite_principale: z.string().nullish(),
  tranche_effectif_salarie: z.string().nullish(),
  liste_idcc: z.array(z.string()).nullish(),
});
const SearchResponse = z.object({
  results: z.array(
    z.object({
      siren: z.string(),
      nom_complet: z.string().nullish(),
      nom_raison_sociale: z.string().nullish(),
      activite_principale: z.string().nullish(),
      tranche_effectif_salarie: z.string().nullish(),
      siege: Establishment.nullish(),
      matching_etablissements: z.array(Establishment).nullish(),
      complements: z
        .object({ liste_idcc: z.array(z.string()).nullish(), est_qualiopi: z.boolean().nullish() })
        .nullish(),
    }),
  ),
});
type SearchResult = z.infer<typeof SearchResponse>["results"][number];

const idccs = (list: readonly string[] | null | undefined) => [
  ...new Set((list ?? []).map((i) => i.trim().padStart(4, "0"))),
];

/** Maps one directory result to a Company; for a SIRET, the matching establishment's agreements come first. */
export function toCompany(result: SearchResult, id: string): Company {
  const establishment =
    id.length === 14
      ? (result.matching_etablissements?.find((e) => e.siret === id) ??
        (result.siege?.siret === id ? result.siege : undefined))
      : result.siege;
  const list = establishment?.liste_idcc?.length ? establishment.liste_idcc : result.complements?.liste_idcc;
  const company: Company = {
    siren: result.siren,
    name: result.nom_complet ?? result.nom_raison_sociale ?? result.siren,
    idccs: idccs(list),
    qualiopi: result.complements?.est_qualiopi ?? null,
  };
  const siret = id.length === 14 ? id : result.siege?.siret;
  if (siret) company.siret = siret;
  const naf = establishment?.activite_principale ?? result.activite_principale;
  if (naf) company.naf = naf;
  const band = establishment?.tranche_effectif_salarie ?? result.tranche_effectif_salarie;
  if (band) company.headcountBand = band;
  return company;
}

export interface CompanyDirectoryOptions {
  /** Base URL of the recherche-entreprises API, without trailing slash. */
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs?: number;
  /** Bounded cache: at most `cacheSize` answers, each kept `cacheTtlMs`. */
  cacheSize?: number;
  cacheTtlMs?: number;
  /** Calls to the directory allowed a minute from this isolate (burst included); 0 or less: no budget. */
  callsPerMinute?: number;
  /** Asked after the memory cache and before the directory; found and not-found answers are written to it. */
  shared?: SharedDirectoryCache;
  now?: () => number;
}

/**
 * The public company directory "recherche-entreprises" (no key). One GET per SIREN/SIRET, with a
 * timeout; found and not-found answers are cached (in memory, bounded, least recently used out
 * first, with a TTL; and in `shared` when given); identical lookups in flight share one call; and
 * the isolate spends at most `callsPerMinute` calls, past which a lookup is `unavailable` with the
 * wait. 429, 5xx, a timeout, a network error or an unexpected body give `unavailable`, never a throw.
 */
export function createCompanyDirectory(options: CompanyDirectoryOptions): CompanyDirectory {
  const { baseUrl, timeoutMs = 2500, cacheSize = 500, cacheTtlMs = 6 * 60 * 60 * 1000, now = Date.now } = options;
  const doFetch = options.fetch;
  const cache = new Map<string, { at: number; result: DirectoryResult }>();
  const inFlight = new Map<string, Promise<DirectoryResult>>();
  const budget = createRateLimiter({ perMinute: options.callsPerMinute ?? 0, now });

  const remember = (id: string, result: DirectoryResult) => {
    cache.delete(id);
    cache.set(id, { at: now(), result });
    while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return result;
  };

  async function query(id: string): Promise<DirectoryResult> {
    let response: Response;
    try {
      const url = `${baseUrl.replace(/\/+$/, "")}/search?q=${encodeURIComponent(id)}&page=1&per_page=1`;
      response = await doFetch(url, {
        headers: { Accept: "application/json" },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "";
      return {
        status: "unavailable",
        reason: name === "TimeoutError" || name === "AbortError" ? `timeout after ${timeoutMs} ms` : "network error",
      };
    }
    if (response.status === 404) return { status: "not_found" };
    if (response.status === 429) return { status: "unavailable", reason: "rate limited (429)" };
    if (!response.ok) return { status: "unavailable", reason: `HTTP ${response.status}` };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return { status: "unavailable", reason: "invalid JSON" };
    }
    const parsed = SearchResponse.safeParse(body);
    if (!parsed.success) return { status: "unavailable", reason: "unexpected response shape" };
    const siren = id.slice(0, 9);
    const result = parsed.data.results.find((r) => r.siren === siren);
    return result ? { status: "found", company: toCompany(result, id) } : { status: "not_found" };
  }

  /** The shared cache, then the directory within the budget; what is learnt is remembered. */
  async function fetchOnce(key: string): Promise<DirectoryResult> {
    const shared = await options.shared?.get(key).catch(() => undefined);
    if (shared) return remember(key, shared);
    const spent = budget.take(["directory"]);
    if (!spent.ok) {
      return {
        status: "unavailable",
        reason: "too many directory lookups from this server: try again shortly",
        retryAfterSeconds: spent.retryAfterSeconds,
      };
    }
    const result = await query(key);
    if (result.status === "unavailable") return result;
    await options.shared?.put(key, result, cacheTtlMs).catch(() => undefined);
    return remember(key, result);
  }

  return {
    lookup(id) {
      const key = id.replace(/[\s.]/g, "");
      const hit = cache.get(key);
      if (hit && now() - hit.at < cacheTtlMs) return Promise.resolve(remember(key, hit.result));
      let pending = inFlight.get(key);
      if (!pending) {
        pending = fetchOnce(key).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
  };
}
