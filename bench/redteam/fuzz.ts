import fc from "fast-check";
import type { Stack } from "./stack";

/** Every route of the app, and paths that are not. */
const PATHS = [
  "/",
  "/health",
  "/widget.js",
  "/demo.css",
  "/privacy",
  "/terms",
  "/openapi.json",
  "/api/opcos",
  "/api/chat",
  "/api/ask",
  "/api/search",
  "/api/tools/find-opco",
  "/api/tools/check-qualiopi",
  "/api/tools/list-documents",
  "/api/tools/funding-routes",
  "/api/sessions/00000000-0000-4000-8000-000000000000/summary",
  "/api/sessions/slack%3AT1%3AC1%3A1.1/summary",
  "/slack/events",
  "/slack/commands",
  "/slack/interactions",
  "/teams/messages",
  "/../../etc/passwd",
  "/api/%00",
  "/api/tools/",
];
const MARKER = "<script>redteam()</script>";
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  // A template placeholder as users might paste it: "$" and "{7*7}" kept apart so no linter takes it for a mistake.
  fc.constantFrom(MARKER, "' OR 1=1 --", `$${"{7*7}"}`, "{{7*7}}", "\u0000\uffff\ud800", "%00%ff", "../".repeat(20)),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.nat({ max: 20_000 }).map((n) => "x".repeat(n)),
);
const jsonValue = fc.jsonValue({ maxDepth: 3 });
const plausibleBody = fc.record(
  {
    message: nasty,
    sessionId: fc.oneof(nasty, fc.uuid()),
    question: nasty,
    q: nasty,
    idcc: nasty,
    siret: nasty,
    siren: nasty,
    naf: nasty,
    query: nasty,
    scheme: nasty,
    status: nasty,
    headcount: fc.oneof(fc.integer(), nasty),
    lang: fc.constantFrom("fr", "en", "de", ""),
    type: fc.constantFrom("message", "event_callback", "url_verification", "block_actions"),
  },
  { requiredKeys: [] },
);
const requestArb = fc.record({
  method: fc.constantFrom("GET", "POST", "POST", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"),
  path: fc.oneof(
    fc.constantFrom(...PATHS),
    nasty.map((s) => `/${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\ufffd")).slice(0, 2000)}`),
  ),
  query: fc.dictionary(fc.constantFrom("q", "lang", "limit", "format", "sig", "v", "x"), nasty, { maxKeys: 3 }),
  contentType: fc.constantFrom(
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "multipart/form-data; boundary=x",
    "",
  ),
  accept: fc.constantFrom("*/*", "text/event-stream", "application/json"),
  origin: fc.constantFrom(undefined, "https://evil.example", "null", "http://127.0.0.1"),
  body: fc.oneof(
    plausibleBody.map((b) => JSON.stringify(b)),
    jsonValue.map((v) => JSON.stringify(v)),
    nasty,
    fc.constant("{not json"),
  ),
});

/**
 * `count` requests drawn by fast-check (fixed seed: the same run every time) over every route:
 * methods, paths, query strings, content types, origins and bodies, hostile and clumsy. Counts the
 * statuses, the 5xx, the hangs (no answer in 10 s), the errors that are not the API's JSON envelope
 * and the pages that echo the script marker unescaped.
 */
export async function fuzz(stack: Stack, count: number, concurrency = 8) {
  const requests = fc.sample(requestArb, { numRuns: count, seed: 14 });
  const counts = { "2xx": 0, "3xx": 0, "4xx": 0, "429": 0, "5xx": 0, hangs: 0, bad_errors: 0, unescaped_echo: 0 };
  let next = 0;
  const one = async (i: number) => {
    const r = requests[i] as (typeof requests)[number];
    const query = new URLSearchParams(r.query).toString();
    const headers: Record<string, string> = { Accept: r.accept, "CF-Connecting-IP": `10.14.${i >> 8}.${i & 255}` };
    if (r.contentType) headers["Content-Type"] = r.contentType;
    if (r.origin) headers.Origin = r.origin;
    try {
      const res = await fetch(`${stack.base}${r.path}${query ? `?${query}` : ""}`, {
        method: r.method,
        headers,
        body: ["GET", "OPTIONS"].includes(r.method) ? undefined : r.body,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await res.text();
      const type = res.headers.get("Content-Type") ?? "";
      const kind = `${Math.floor(res.status / 100)}xx` as keyof typeof counts;
      counts[kind] = (counts[kind] ?? 0) + 1;
      if (res.status === 429) counts["429"] += 1;
      if (res.status >= 400 && !(type.includes("json") && /"error":\{"code":"[a-z_]+","message":/.test(text))) {
        counts.bad_errors += 1;
      }
      if (type.includes("html") && text.includes(MARKER)) counts.unescaped_echo += 1;
    } catch {
      counts.hangs += 1;
    }
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) await one(next++);
    }),
  );
  return Object.fromEntries(Object.entries(counts).map(([k, v]) => [`redteam_fuzz_${k}`, v]));
}
