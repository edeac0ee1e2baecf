import { ApiError } from "./api";
import type { Copy } from "./i18n";

/** Why a message did not go through, as the widget tells it. */
export type Failure = "offline" | "refused" | "rate" | "server" | "interrupted" | "invalid" | "expired";

let hinted = false;

/** Tells whoever installs the widget, once per page, that the assistant refuses this page's origin. */
function hintInstaller(base: string): void {
  if (hinted) return;
  hinted = true;
  const origin = location.origin;
  console.error(
    `[opco-assistant] The assistant at ${base} refuses requests from this page's origin, ${origin}: ` +
      `add "${origin}" to its ALLOWED_ORIGINS setting (comma-separated origins, e.g. in wrangler.toml [vars]) and deploy it again.`,
  );
}

/**
 * Whether the assistant answers at all: widget.js is served to any origin (no CORS needed), so
 * a request that failed while this one succeeds was refused by the API's origin check.
 */
async function reachable(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/widget.js`, { mode: "no-cors", cache: "no-store" });
    return true;
  } catch {
    return false;
  }
}

/** What went wrong, from the error a request threw; logs the installer's hint when the origin is refused. */
export async function classify(error: unknown, base: string): Promise<Failure> {
  if (error instanceof ApiError) {
    if (error.status === 429) return "rate";
    if (error.code === "forbidden_origin") {
      hintInstaller(base);
      return "refused";
    }
    if (error.status === 404) return "expired";
    if (error.status === 0) return "interrupted";
    return error.status >= 500 ? "server" : "invalid";
  }
  // A network error: the server is down, the visitor offline, or CORS refused this origin (the browser hides which).
  const crossOrigin = new URL(base || location.href, location.href).origin !== location.origin;
  if (crossOrigin && (await reachable(base))) {
    hintInstaller(base);
    return "refused";
  }
  return "offline";
}

/** The failure in plain words, in the widget's language. */
export const explain = (failure: Failure, ui: Copy, retryAfter?: number): string =>
  failure === "rate" ? ui.errors.rate(retryAfter) : ui.errors[failure];
