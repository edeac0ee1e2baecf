import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";

/** Issuer of the tokens the Bot Framework sends with every activity. */
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
/** Accepted clock difference between the Bot Framework and this worker, in seconds. */
export const CLOCK_TOLERANCE_SECONDS = 300;

export type AuthResult = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

export interface TeamsAuthDeps {
  appId: string;
  keys: JWTVerifyGetKey;
  now?: () => number;
}

/**
 * Checks the `Authorization: Bearer` token of an incoming activity: RS256 signature by a key of
 * the Bot Framework's JWKS, issuer, audience (the bot's app id) and expiry. The reason is for
 * logs only; callers answer every failure with the same 401.
 */
export function createTeamsAuth({ appId, keys, now = Date.now }: TeamsAuthDeps) {
  return async (authorization: string | undefined): Promise<AuthResult> => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match?.[1]) return { ok: false, reason: "missing bearer token" };
    try {
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: BOT_FRAMEWORK_ISSUER,
        audience: appId,
        algorithms: ["RS256"],
        requiredClaims: ["exp"],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: new Date(now()),
      });
      return { ok: true, claims: payload };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : "invalid token" };
    }
  };
}

const trimSlash = (url: string) => url.replace(/\/+$/, "").toLowerCase();

/**
 * The token must name the activity's `serviceUrl` (claim `serviceurl`): the reply, which carries
 * the bot's own access token, goes there. A token without the claim is refused (fail closed).
 */
export function serviceUrlMatches(claims: JWTPayload, serviceUrl: string): boolean {
  const claimed = claims.serviceurl ?? claims.serviceUrl;
  return typeof claimed === "string" && trimSlash(claimed) === trimSlash(serviceUrl);
}

/**
 * Hosts of the Bot Connector that replies may go to: the Bot Framework's, the public Teams service
 * (the exact host only: anyone can register another name under trafficmanager.net) and the US
 * government clouds (GCC, GCC High, DoD). `*.` allows the subdomains of a domain.
 */
export const BOT_FRAMEWORK_SERVICE_HOSTS = [
  "*.botframework.com",
  "smba.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
  "smba.infra.dod.teams.microsoft.us",
] as const;

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * True when `serviceUrl` is https on an allowed host (`hosts`: exact names, or `*.domain` for its
 * subdomains). Plain http is accepted only for a loopback host the list names (local fakes in tests).
 */
export function serviceUrlAllowed(serviceUrl: string, hosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (url.username || url.password) return false;
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(host))) return false;
  return hosts.some((pattern) => {
    const allowed = pattern.trim().toLowerCase();
    return allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) : host === allowed;
  });
}
