import type { Context, MiddlewareHandler } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { timingSafeEqual } from "hono/utils/buffer";
import { errorBody } from "../core/errors";
import { jsonError } from "../http/errors";
import type { AppEnv } from "../http/types";

/** The dashboard's session cookie: HttpOnly, SameSite=Strict, for /admin only, signed with ADMIN_TOKEN. */
export const ADMIN_COOKIE = "opco_admin";
/** How long a sign-in lasts. */
export const SESSION_MS = 8 * 60 * 60 * 1000;

export const NOT_CONFIGURED = "The dashboard is off: set the ADMIN_TOKEN secret (16 characters or more).";
const UNAUTHORIZED = "This route needs the dashboard's token: Authorization: Bearer <ADMIN_TOKEN>.";

const unauthorized = () =>
  new Response(JSON.stringify(errorBody("unauthorized", UNAUTHORIZED)), {
    status: 401,
    headers: { "Content-Type": "application/json" },
  });

/**
 * `Authorization: Bearer <ADMIN_TOKEN>` for /api/admin/* (hono's bearerAuth, compared in constant
 * time): 401 with the JSON error without it or with another token; 503 when no token is configured.
 */
export function adminBearer(token: string | undefined): MiddlewareHandler<AppEnv> {
  if (!token) return async (c) => jsonError(c, 503, "not_configured", NOT_CONFIGURED);
  return bearerAuth({
    token,
    noAuthenticationHeader: { message: unauthorized },
    invalidAuthenticationHeader: { message: unauthorized },
    invalidToken: { message: unauthorized },
  });
}

/** The sign-in of the dashboard page: the token typed once, then a signed cookie until it expires. */
export function adminSession(token: string | undefined, now: () => number = Date.now) {
  return {
    enabled: token !== undefined,
    /** Whether `typed` is the token (constant time). */
    async matches(typed: string): Promise<boolean> {
      return token !== undefined && typed.length > 0 && (await timingSafeEqual(typed, token));
    },
    async open(c: Context<AppEnv>): Promise<void> {
      if (!token) return;
      await setSignedCookie(c, ADMIN_COOKIE, String(now() + SESSION_MS), token, {
        httpOnly: true,
        secure: new URL(c.req.url).protocol === "https:",
        sameSite: "Strict",
        path: "/admin",
        maxAge: SESSION_MS / 1000,
      });
    },
    async valid(c: Context<AppEnv>): Promise<boolean> {
      if (!token) return false;
      const value = await getSignedCookie(c, token, ADMIN_COOKIE);
      return typeof value === "string" && Number(value) > now();
    },
    close(c: Context<AppEnv>): void {
      deleteCookie(c, ADMIN_COOKIE, { path: "/admin" });
    },
  };
}
export type AdminSession = ReturnType<typeof adminSession>;
