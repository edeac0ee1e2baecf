import type { Logger } from "../../core/logger";
import type { Activity } from "./activity";
import type { OutgoingMessage } from "./cards";
import type { TokenClient } from "./token";

export interface ConnectorDeps {
  tokens: TokenClient;
  logger: Logger;
  fetch?: typeof fetch;
}

/** `{serviceUrl}/v3/conversations/{conversation.id}/activities/{activity.id}`: the reply endpoint of the Bot Connector. */
export function replyUrl(activity: Pick<Activity, "serviceUrl" | "conversation" | "id">): string {
  const base = activity.serviceUrl.replace(/\/+$/, "");
  const conversation = encodeURIComponent(activity.conversation.id);
  return activity.id
    ? `${base}/v3/conversations/${conversation}/activities/${encodeURIComponent(activity.id)}`
    : `${base}/v3/conversations/${conversation}/activities`;
}

/**
 * Posts replies to the Bot Connector with the bot's token. A refused token (401/403) is renewed
 * once. Failures are logged (status and ids, never the text) and never thrown: the user's turn
 * is already saved, and Teams has long had its acknowledgement.
 */
export function createConnector({
  tokens,
  logger,
  fetch: fetcher = (input, init) => fetch(input, init),
}: ConnectorDeps) {
  const post = async (url: string, body: string) => {
    const send = async () =>
      fetcher(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${await tokens.get()}`, "Content-Type": "application/json" },
        body,
      });
    let res = await send();
    if (res.status === 401 || res.status === 403) {
      tokens.invalidate();
      res = await send();
    }
    return res;
  };

  return async (activity: Activity, messages: OutgoingMessage[]): Promise<boolean> => {
    const url = replyUrl(activity);
    for (const message of messages) {
      const body = JSON.stringify({
        ...message,
        from: activity.recipient,
        recipient: activity.from,
        conversation: { id: activity.conversation.id },
        ...(activity.id ? { replyToId: activity.id } : {}),
        ...(activity.locale ? { locale: activity.locale } : {}),
      });
      try {
        const res = await post(url, body);
        if (!res.ok) {
          logger.error("teams reply refused", {
            status: res.status,
            conversationType: activity.conversation.conversationType,
          });
          return false;
        }
      } catch (error) {
        logger.error("teams reply failed", {
          error: error instanceof Error ? `${error.name}: ${error.message}` : "unknown",
        });
        return false;
      }
    }
    return true;
  };
}

export type Connector = ReturnType<typeof createConnector>;
