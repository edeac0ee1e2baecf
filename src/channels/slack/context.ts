import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "../../core/logger";
import type { Defer } from "../../http/defer";
import type { AppEnv } from "../../http/types";
import { answerInSlack, type AnswerDeps, type SlackTurn } from "./answer";
import type { ReadySlackConfig } from "./config";
import type { Ack } from "./schemas";

/** What each Slack route gets: the signature guard, a logger, and `later` to answer after the response. */
export interface SlackRouteDeps {
  guard: MiddlewareHandler<AppEnv>;
  logger: Logger;
  /** Plays the turn and posts its answer once Slack has been acknowledged. */
  later(c: Context<AppEnv>, turn: Omit<SlackTurn, "baseUrl" | "requestId">): void;
}

export function slackRouteDeps(
  slack: ReadySlackConfig,
  answer: AnswerDeps,
  defer: Defer,
  guard: MiddlewareHandler<AppEnv>,
): SlackRouteDeps {
  return {
    guard,
    logger: answer.logger,
    later(c, turn) {
      const baseUrl = slack.publicBaseUrl ?? new URL(c.req.url).origin;
      defer(c, answerInSlack(answer, { ...turn, baseUrl, requestId: c.get("requestId") }));
    },
  };
}

export const ack = (ignored?: string): Ack => (ignored ? { ok: true, ignored } : { ok: true });
