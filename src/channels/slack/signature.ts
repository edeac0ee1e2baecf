/** Requests older than this (or this far in the future) are refused, so a captured request cannot be replayed later. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type SignatureCheck = "ok" | "missing" | "stale" | "mismatch";

const encoder = new TextEncoder();

/** Hex HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret, as Slack computes it. */
export async function slackSignature(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`v0:${timestamp}:${body}`));
  return `v0=${[...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Compares two strings in a time that depends on their length only, never on where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < x.length; i += 1) diff |= (x[i] ?? 0) ^ (y[i % Math.max(y.length, 1)] ?? 0);
  return diff === 0;
}

/**
 * Checks Slack's `X-Slack-Signature` over the exact raw body: the timestamp must be within
 * five minutes of `nowSeconds`, and the signature must match in constant time.
 */
export async function verifySlackSignature(input: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  nowSeconds: number;
}): Promise<SignatureCheck> {
  const { secret, timestamp, signature, body, nowSeconds } = input;
  if (!timestamp || !signature) return "missing";
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return "stale";
  const expected = await slackSignature(secret, timestamp, body);
  return constantTimeEqual(expected, signature) ? "ok" : "mismatch";
}
