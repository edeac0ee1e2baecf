import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "../../core/logger";
import type { RateLimiter } from "../../core/rate-limit";
import type { Defer } from "../../http/defer";
import type { AppEnv } from "../../http/types";
import { playAndDeliver, slowDownText, tellToSlowDown } from "../play";
import { type AnswerDeps, chatAppTurn, type SlackTurn, slackDelivery } from "./answer";
import type { ReadySlackConfig } from "./config";
import type { Ack } from "./schemas";

/** A turn as a route hands it over: who sent it, to be counted by the rate limit. */
export type SlackRequestTurn = Omit<SlackTurn, "baseUrl" | "requestId"> & { user: string };

/** What each Slack route gets: the signature guard, a logger, and `later` to answer after the response. */
export interface SlackRouteDeps {
  guard: MiddlewareHandler<AppEnv>;
  logger: Logger;
  /**
   * Plays the turn and posts its answer once Slack has been acknowledged, and returns true;
   * false when the user (workspace + user id) is over the rate limit: no turn is played, and
   * unless `inlineNotice` (the route answers itself) the user is told once, in the conversation.
   */
  later(c: Context<AppEnv>, turn: SlackRequestTurn, options?: { inlineNotice?: boolean }): boolean;
  /** The rate-limit notice for a conversation, for routes that answer it themselves. */
  slowDownText(sessionId: string, message: string): Promise<string>;
}

/** Rate-limit key of a Slack user: one bucket per workspace and user, whatever the channel or thread. */
export const slackUserKey = (team: string, user: string) => `slack:${team}:${user}`;

export function slackRouteDeps(
  slack: ReadySlackConfig,
  answer: AnswerDeps,
  defer: Defer,
  guard: MiddlewareHandler<AppEnv>,
  limiter?: RateLimiter,
): SlackRouteDeps {
  return {
    guard,
    logger: answer.logger,
    slowDownText: (sessionId, message) => slowDownText(answer.store, { sessionId, message, channel: "slack" }),
    later(c, { user, ...turn }, options = {}) {
      const baseUrl = slack.publicBaseUrl ?? new URL(c.req.url).origin;
      const full: SlackTurn = { ...turn, baseUrl, requestId: c.get("requestId") };
      const decision = limiter?.take([slackUserKey(turn.conversation.team, user)]) ?? { ok: true };
      const delivery = slackDelivery(answer, full);
      if (decision.ok) {
        defer(c, playAndDeliver(answer, chatAppTurn(full), delivery));
        return true;
      }
      answer.logger.warn("slack user rate limited", {
        requestId: full.requestId,
        retryAfter: decision.retryAfterSeconds,
      });
      if (decision.firstRefusal && !options.inlineNotice) defer(c, tellToSlowDown(answer, chatAppTurn(full), delivery));
      return false;
    },
  };
}

export const ack = (ignored?: string): Ack => (ignored ? { ok: true, ignored } : { ok: true });

/**
 * The delivery id of a command or a click: Slack's trigger id, else the request's signature,
 * which a replay of the same signed request repeats (a new request has a new timestamp).
 */
export const triggerDeliveryId = (c: Context<AppEnv>, triggerId: string | undefined) =>
  triggerId ? `trigger:${triggerId}` : `sig:${c.req.header("X-Slack-Signature") ?? ""}`;
