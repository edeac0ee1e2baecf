import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./types";

/**
 * The Content-Security-Policy of every response, written for the HTML pages the app serves (the
 * demo page `/`, the printable summary, the privacy and terms pages): scripts and styles from the
 * app's own origin only (the widget and `/demo.css`; the widget's Shadow DOM takes a constructed
 * stylesheet, which the policy does not restrict), no inline script or style anywhere but the
 * summary's own stylesheet, allowed by its hash (`summaryPolicy`), fetches to its own API, no
 * plugin, no form, no `<base>`, and no framing by any site (`frame-ancestors 'none'`, with
 * `X-Frame-Options` for old browsers).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

/**
 * Hono's secure headers (HSTS, nosniff, referrer policy, CSP, X-Frame-Options...) on every response.
 * Every response is same-origin for no-cors embedding (CORP), except what a route opens on purpose:
 * /widget.js is loaded by <script> from customers' sites.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const headers = secureHeaders({
    // A route may set its own policy (the summary page adds its stylesheet's hash).
    overwrite: false,
    crossOriginResourcePolicy: false,
    xFrameOptions: "DENY",
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  });
  return async (c, next) => {
    await headers(c, next);
    if (!c.res.headers.has("Cross-Origin-Resource-Policy"))
      c.res.headers.set("Cross-Origin-Resource-Policy", "same-origin");
  };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/**
 * The policy for an HTML page that carries its own `<style>` elements (the printable summary, a
 * standalone file people save): the app's policy, with each stylesheet allowed by its SHA-256.
 */
export async function policyWithInlineStyles(html: string): Promise<string> {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
  const hashes = await Promise.all(
    styles.map(
      async (css) => `'sha256-${base64(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(css)))}'`,
    ),
  );
  return policyOf({ ...CONTENT_SECURITY_POLICY, styleSrc: [...CONTENT_SECURITY_POLICY.styleSrc, ...hashes] });
}

/** A policy as the header writes it: `default-src 'self'; script-src 'self'; ...`. */
export const policyOf = (policy: Record<string, readonly string[]>) =>
  Object.entries(policy)
    .map(([name, values]) => `${kebab(name)} ${values.join(" ")}`)
    .join("; ");

/**
 * The policy of a page whose forms post to the app itself (the sign-in of the dashboard, the
 * call-back page): the app's policy, with `form-action 'self'` instead of `'none'`.
 */
export const FORM_PAGE_POLICY = policyOf({ ...CONTENT_SECURITY_POLICY, formAction: ["'self'"] });

/** `Cache-Control: no-store` on responses that carry a conversation's profile: no shared or browser cache keeps them. */
export const noStore: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
};
