import type { Lang } from "../../core/lang";

const VALID_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{7,127}$/;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * One assistant session per Teams conversation: `teams:{conversation.id}` when that is a valid
 * session id as it stands, else `teams:h:{SHA-256 hex}` (ids with `@`, `;` or over 128 characters),
 * so two conversations never share a session.
 */
export async function teamsSessionId(conversationId: string): Promise<string> {
  const plain = `teams:${conversationId}`;
  return VALID_ID.test(plain) ? plain : `teams:h:${await sha256Hex(conversationId)}`;
}

/** The assistant's language from a Teams locale (`fr-FR`, `en-GB`, ...), if it speaks it. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  return primary === "fr" || primary === "en" ? primary : undefined;
}
