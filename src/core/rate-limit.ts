/** What a rate limiter answers for one request. */
export type RateDecision =
  | { ok: true }
  | {
      ok: false;
      /** Whole seconds until the request would be allowed. */
      retryAfterSeconds: number;
      /** True for the first refusal since the key last got through: chat channels tell the user once, not at every message. */
      firstRefusal: boolean;
    };

export interface RateLimiterOptions {
  /** Requests allowed per key and minute, also the burst size; 0 or less turns the limiter off. */
  perMinute: number;
  /** Clock in ms since the epoch; Date.now by default. */
  now?: () => number;
  /** Keys remembered at most; the least recently seen is forgotten first (default 10 000). */
  maxKeys?: number;
  /**
   * Requests a minute for one key, when some keys deserve more than `perMinute` (a client IP
   * is shared by a whole office behind one address); `perMinute` for every key by default.
   */
  rateOf?: (key: string) => number;
}

interface Bucket {
  /** Tokens left, in 1/60 000ths of a token (integers, so the arithmetic is exact on a ms clock). */
  units: number;
  /** Tokens a minute for this key. */
  rate: number;
  at: number;
  refused: boolean;
}

export interface RateLimiter {
  /**
   * Takes one token from the bucket of every key, or from none: a request passes only when
   * all its keys (e.g. its session and its client IP) have a token left.
   */
  take(keys: readonly string[]): RateDecision;
  /** Keys remembered now (bounded by `maxKeys`). */
  readonly size: number;
}

/**
 * A token bucket per key, in memory: `perMinute` tokens, refilled continuously at `perMinute`
 * a minute. Memory is bounded by `maxKeys` (least recently seen keys are dropped; a dropped
 * key starts again with a full bucket, which it would mostly have had anyway). It lives in one
 * isolate: each Workers isolate counts on its own.
 */
export function createRateLimiter({
  perMinute,
  now = Date.now,
  maxKeys = 10_000,
  rateOf = () => perMinute,
}: RateLimiterOptions): RateLimiter {
  const buckets = new Map<string, Bucket>();
  // One token is 60 000 units and a bucket gains `rate` units a millisecond.
  const TOKEN = 60_000;

  const bucket = (key: string, t: number): Bucket => {
    let b = buckets.get(key);
    if (b) {
      buckets.delete(key);
      b.units = Math.min(b.rate * TOKEN, b.units + Math.max(0, t - b.at) * b.rate);
      b.at = t;
    } else {
      const rate = Math.max(1, rateOf(key));
      b = { units: rate * TOKEN, rate, at: t, refused: false };
    }
    buckets.set(key, b);
    while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
    return b;
  };

  return {
    take(keys) {
      if (perMinute <= 0 || keys.length === 0) return { ok: true };
      const t = now();
      const taken = [...new Set(keys)].map((key) => bucket(key, t));
      const short = taken.filter((b) => b.units < TOKEN);
      if (short.length) {
        const waitMs = Math.max(...short.map((b) => (TOKEN - b.units) / b.rate));
        const firstRefusal = short.some((b) => !b.refused);
        for (const b of short) b.refused = true;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), firstRefusal };
      }
      for (const b of taken) {
        b.units -= TOKEN;
        b.refused = false;
      }
      return { ok: true };
    },
    get size() {
      return buckets.size;
    },
  };
}
