/**
 * Session ids by channel. The web API gives a new conversation a random UUID; a chat app's adapter
 * derives the id from the conversation (`slack:{team}:{channel}:{thread}`, `teams:{conversation}`),
 * so that every message of a thread or chat lands in the same session.
 */

export const SLACK_SESSION_PREFIX = "slack:";
export const TEAMS_SESSION_PREFIX = "teams:";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A random UUID (the id the web API gives a new conversation) cannot be guessed, so its summary is
 * served to whoever has it. Any other id can be guessed and needs a signed link.
 */
export const isRandomSessionId = (sessionId: string) => UUID.test(sessionId);

/** Sessions that belong to a chat app: only their adapter may play turns on them. */
export const isChannelSessionId = (sessionId: string) =>
  sessionId.startsWith(SLACK_SESSION_PREFIX) || sessionId.startsWith(TEAMS_SESSION_PREFIX);
