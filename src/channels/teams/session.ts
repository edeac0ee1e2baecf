import { SessionIdSchema } from "../../core/chat";
import type { Lang } from "../../core/lang";
import { TEAMS_SESSION_PREFIX } from "../session-ids";

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
  const plain = `${TEAMS_SESSION_PREFIX}${conversationId}`;
  return SessionIdSchema.safeParse(plain).success
    ? plain
    : `${TEAMS_SESSION_PREFIX}h:${await sha256Hex(conversationId)}`;
}

/** The assistant's language from a Teams locale (`fr-FR`, `en-GB`, ...), if it speaks it. */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const primary = locale?.toLowerCase().split(/[-_]/)[0];
  return primary === "fr" || primary === "en" ? primary : undefined;
}
