/** Scope of the bot's client-credentials token: the Bot Connector API. */
export const BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default";

export interface TokenClientDeps {
  tokenUrl: string;
  appId: string;
  appPassword: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** A token is renewed this long before it expires (default 5 min, at most half its lifetime). */
  marginMs?: number;
}

export interface TokenClient {
  /** A valid access token, from the cache when it has not nearly expired. */
  get(): Promise<string>;
  /** Forgets the cached token (the connector refused it). */
  invalidate(): void;
}

/** The bot's own access token (OAuth 2 client credentials), cached until shortly before expiry. */
export function createTokenClient(deps: TokenClientDeps): TokenClient {
  const fetcher = deps.fetch ?? ((input, init) => fetch(input, init));
  const now = deps.now ?? Date.now;
  const marginMs = deps.marginMs ?? 5 * 60 * 1000;
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const request = async (): Promise<string> => {
    const res = await fetcher(deps.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: deps.appId,
        client_secret: deps.appPassword,
        scope: BOT_FRAMEWORK_SCOPE,
      }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    const body = (await res.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== "string") throw new Error("token endpoint gave no access_token");
    const lifetimeMs = Number(body.expires_in ?? 3600) * 1000;
    cached = { token: body.access_token, renewAt: now() + lifetimeMs - Math.min(marginMs, lifetimeMs / 2) };
    return cached.token;
  };

  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      pending ??= request().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
