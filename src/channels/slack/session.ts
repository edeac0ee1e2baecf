import { SessionIdSchema } from "../../core/chat";
import { SLACK_SESSION_PREFIX } from "../session-ids";

/** Where the answers of a Slack session go: a thread of a channel, or one user's slash commands in a channel. */
export type SlackConversation =
  | { kind: "thread"; team: string; channel: string; threadTs: string }
  | { kind: "command"; team: string; channel: string; user: string };

const ID = /^[A-Za-z0-9]{1,32}$/;
const TS = /^\d{1,12}(\.\d{1,8})?$/;

/**
 * The session id of a Slack conversation: `slack:{team}:{channel}:{thread_ts}` for a thread,
 * `slack:{team}:{channel}:cmd-{user}` for slash commands. Null when a part is not a Slack id.
 */
export function slackSessionId(conversation: SlackConversation): string | null {
  const { team, channel } = conversation;
  const last = conversation.kind === "thread" ? conversation.threadTs : conversation.user;
  if (!ID.test(team) || !ID.test(channel)) return null;
  if (conversation.kind === "thread" ? !TS.test(last) : !ID.test(last)) return null;
  const id = `${SLACK_SESSION_PREFIX}${team}:${channel}:${conversation.kind === "thread" ? last : `cmd-${last}`}`;
  return SessionIdSchema.safeParse(id).success ? id : null;
}

/** The conversation behind a Slack session id, or null for anything else. */
export function parseSlackSessionId(sessionId: string): SlackConversation | null {
  const [prefix, team = "", channel = "", last = "", ...rest] = sessionId.split(":");
  if (`${prefix}:` !== SLACK_SESSION_PREFIX || rest.length) return null;
  const conversation: SlackConversation = last.startsWith("cmd-")
    ? { kind: "command", team, channel, user: last.slice(4) }
    : { kind: "thread", team, channel, threadTs: last };
  return slackSessionId(conversation) === sessionId ? conversation : null;
}
