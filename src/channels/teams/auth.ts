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

/** A token that names a `serviceUrl` is only good for activities from that service URL. */
export function serviceUrlMatches(claims: JWTPayload, serviceUrl: string): boolean {
  const claimed = claims.serviceurl ?? claims.serviceUrl;
  if (claimed === undefined) return true;
  return typeof claimed === "string" && trimSlash(claimed) === trimSlash(serviceUrl);
}
