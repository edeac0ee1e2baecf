import type { ChatResponse } from "../core/chat";
import { type GuardedTurn, MAX_DELIVERY_IDS, REPLAY_WINDOW_MS, type TurnGuard } from "./session-store";

/** Delivery ids a session has played, each with the time until which it is remembered (ms since the epoch). */
export type SeenDeliveries = Record<string, number>;

/** What the guard decides before a turn: refuse it, or play it and save the delivery ids from then on. */
export type GuardDecision =
  | { play: false; refusal: Extract<GuardedTurn, { played: false }> }
  | { play: true; seen: SeenDeliveries; changed: boolean };

/**
 * Checks a guarded turn against the session (null when it does not exist or has expired) and the
 * delivery ids it has seen: both stores call it inside the session's queue, so two copies of one
 * delivery can never both pass. Expired ids are dropped, and the oldest past MAX_DELIVERY_IDS.
 */
export function checkGuard(exists: boolean, seen: SeenDeliveries, guard: TurnGuard, now: number): GuardDecision {
  if (guard.existingOnly && !exists) return { play: false, refusal: { played: false, reason: "unknown_session" } };
  const live = Object.entries(seen).filter(([, until]) => until > now);
  const changed = live.length !== Object.keys(seen).length;
  if (!guard.deliveryId) return { play: true, seen: Object.fromEntries(live), changed };
  if (live.some(([id]) => id === guard.deliveryId)) {
    return { play: false, refusal: { played: false, reason: "duplicate" } };
  }
  live.push([guard.deliveryId, now + REPLAY_WINDOW_MS]);
  return { play: true, seen: Object.fromEntries(live.slice(-MAX_DELIVERY_IDS)), changed: true };
}

/** The response of a turn played without conditions (which is always played). */
export function playedResponse(result: GuardedTurn): ChatResponse {
  if (!result.played) throw new Error(`turn not played: ${result.reason}`);
  return result.response;
}
