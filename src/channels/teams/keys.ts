import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from "jose";

export interface KeySourceDeps {
  /** The OpenID metadata document whose `jwks_uri` lists the signing keys. */
  metadataUrl: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Keys are refetched after this long even when they all still match (default 24 h). */
  maxAgeMs?: number;
  /** An unknown `kid` refetches the keys at most this often (default 1 min), so forged kids cannot flood the issuer. */
  refetchCooldownMs?: number;
}

interface Loaded {
  keys: ReturnType<typeof createLocalJWKSet>;
  at: number;
}

async function getJson(fetcher: typeof fetch, url: string): Promise<unknown> {
  const res = await fetcher(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return res.json();
}

/**
 * The Bot Framework signing keys as a jose key resolver: the metadata and the JWKS are fetched
 * once and cached; a token signed with a `kid` the cache does not know triggers one refetch
 * (key rotation), then fails.
 */
export function createKeySource(deps: KeySourceDeps): JWTVerifyGetKey {
  const fetcher = deps.fetch ?? ((input, init) => fetch(input, init));
  const now = deps.now ?? Date.now;
  const maxAgeMs = deps.maxAgeMs ?? 24 * 60 * 60 * 1000;
  const cooldownMs = deps.refetchCooldownMs ?? 60 * 1000;
  let loaded: Loaded | undefined;
  let loading: Promise<Loaded> | undefined;

  const load = () => {
    loading ??= (async () => {
      const metadata = (await getJson(fetcher, deps.metadataUrl)) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== "string") throw new Error("OpenID metadata has no jwks_uri");
      const jwks = (await getJson(fetcher, metadata.jwks_uri)) as JSONWebKeySet;
      loaded = { keys: createLocalJWKSet(jwks), at: now() };
      return loaded;
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  };

  return async (header, token) => {
    const current = loaded && now() - loaded.at < maxAgeMs ? loaded : await load();
    try {
      return await current.keys(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || now() - current.at < cooldownMs) throw error;
      return (await load()).keys(header, token);
    }
  };
}
