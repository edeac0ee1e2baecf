import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/core/rate-limit";

/** A limiter on a clock the test moves. */
function limiter(perMinute: number, maxKeys?: number) {
  let now = 1_800_000_000_000;
  const limit = createRateLimiter({ perMinute, now: () => now, ...(maxKeys ? { maxKeys } : {}) });
  return { limit, advance: (ms: number) => (now += ms) };
}

describe("createRateLimiter (token bucket per key)", () => {
  it("lets a burst of perMinute requests through, then refuses with the wait until the next token", () => {
    const { limit } = limiter(20);
    for (let i = 0; i < 20; i += 1) expect(limit.take(["user:a"])).toEqual({ ok: true });
    expect(limit.take(["user:a"])).toEqual({ ok: false, retryAfterSeconds: 3, firstRefusal: true });
  });

  it("refills continuously: one token every 60/perMinute seconds, never more than perMinute", () => {
    const { limit, advance } = limiter(20);
    for (let i = 0; i < 20; i += 1) limit.take(["user:a"]);
    advance(2_999);
    expect(limit.take(["user:a"]).ok).toBe(false);
    advance(1);
    expect(limit.take(["user:a"]).ok).toBe(true);
    expect(limit.take(["user:a"]).ok).toBe(false);
    advance(60 * 60 * 1000);
    for (let i = 0; i < 20; i += 1) expect(limit.take(["user:a"]).ok).toBe(true);
    expect(limit.take(["user:a"]).ok).toBe(false);
  });

  it("counts keys apart", () => {
    const { limit } = limiter(1);
    expect(limit.take(["user:a"]).ok).toBe(true);
    expect(limit.take(["user:a"]).ok).toBe(false);
    expect(limit.take(["user:b"]).ok).toBe(true);
  });

  it("takes from every key of a request or from none: a session cannot hide behind a fresh IP, nor an IP behind fresh sessions", () => {
    const { limit } = limiter(2);
    expect(limit.take(["ip:1", "session:s1"]).ok).toBe(true);
    expect(limit.take(["ip:1", "session:s2"]).ok).toBe(true);
    expect(limit.take(["ip:1", "session:s3"]).ok).toBe(false);
    // The refusal took nothing from session s3, which still has its two tokens from another address.
    expect(limit.take(["ip:2", "session:s3"]).ok).toBe(true);
    expect(limit.take(["ip:3", "session:s3"]).ok).toBe(true);
    expect(limit.take(["ip:4", "session:s3"]).ok).toBe(false);
  });

  it("marks only the first refusal of a streak, so a chat channel tells the user once", () => {
    const { limit, advance } = limiter(1);
    limit.take(["user:a"]);
    expect(limit.take(["user:a"])).toMatchObject({ ok: false, firstRefusal: true });
    expect(limit.take(["user:a"])).toMatchObject({ ok: false, firstRefusal: false });
    advance(60_000);
    expect(limit.take(["user:a"]).ok).toBe(true);
    expect(limit.take(["user:a"])).toMatchObject({ ok: false, firstRefusal: true });
  });

  it("keeps at most maxKeys buckets, forgetting the least recently seen", () => {
    const { limit } = limiter(1, 3);
    for (const key of ["a", "b", "c"]) limit.take([key]);
    expect(limit.take(["a"]).ok).toBe(false); // a is now the most recently seen
    limit.take(["d"]); // b, the least recently seen, is forgotten
    expect(limit.size).toBe(3);
    expect(limit.take(["a"]).ok).toBe(false);
    expect(limit.take(["b"]).ok).toBe(true);
    for (let i = 0; i < 10_000; i += 1) limit.take([`k${i}`]);
    expect(limit.size).toBe(3);
  });

  it("is off with perMinute 0, and lets a request without keys through", () => {
    const off = limiter(0).limit;
    for (let i = 0; i < 100; i += 1) expect(off.take(["user:a"]).ok).toBe(true);
    expect(off.size).toBe(0);
    expect(limiter(1).limit.take([]).ok).toBe(true);
  });
});

describe("per-key rates", () => {
  it("gives a key the rate rateOf says, the others perMinute", () => {
    const limiter = createRateLimiter({ perMinute: 1, now: () => 0, rateOf: (key) => (key.startsWith("ip:") ? 3 : 1) });
    expect(limiter.take(["ip:1"]).ok).toBe(true);
    expect(limiter.take(["ip:1"]).ok).toBe(true);
    expect(limiter.take(["ip:1"]).ok).toBe(true);
    expect(limiter.take(["ip:1"]).ok).toBe(false);
    expect(limiter.take(["session:a"]).ok).toBe(true);
    expect(limiter.take(["session:a"]).ok).toBe(false);
  });
});
