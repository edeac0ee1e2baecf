const encoder = new TextEncoder();

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");

function unhex(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(text)) return null;
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export interface SummaryLinks {
  /** False when no secret is configured: links go out unsigned and guessable summaries are refused. */
  readonly enabled: boolean;
  /** Hex HMAC-SHA256 of the session id, or null without a secret. */
  sign(sessionId: string): Promise<string | null>;
  /** True when `sig` is the session id's signature (compared by Web Crypto in constant time). */
  verify(sessionId: string, sig: string): Promise<boolean>;
  /** The printable HTML summary of a session, with `&sig=` when there is a secret. */
  htmlUrl(baseUrl: string, sessionId: string): Promise<string>;
  /** The call-back form of a session (`/contact`), with `&sig=` when there is a secret. */
  contactUrl(baseUrl: string, sessionId: string, lang: string): Promise<string>;
}

/** Signs and checks summary links with `SUMMARY_LINK_SECRET` (Web Crypto HMAC-SHA256). */
export function createSummaryLinks(secret: string | undefined): SummaryLinks {
  const key = secret
    ? crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
        "sign",
        "verify",
      ])
    : undefined;
  const sign = async (sessionId: string) =>
    key ? hex(await crypto.subtle.sign("HMAC", await key, encoder.encode(sessionId))) : null;
  return {
    enabled: key !== undefined,
    sign,
    async verify(sessionId, sig) {
      const mac = unhex(sig);
      if (!key || !mac) return false;
      return crypto.subtle.verify("HMAC", await key, mac, encoder.encode(sessionId));
    },
    async htmlUrl(baseUrl, sessionId) {
      const sig = await sign(sessionId);
      const url = `${baseUrl}/api/sessions/${encodeURIComponent(sessionId)}/summary?format=html`;
      return sig ? `${url}&sig=${sig}` : url;
    },
    async contactUrl(baseUrl, sessionId, lang) {
      const sig = await sign(sessionId);
      const url = `${baseUrl}/contact?session=${encodeURIComponent(sessionId)}&lang=${lang}`;
      return sig ? `${url}&sig=${sig}` : url;
    },
  };
}
