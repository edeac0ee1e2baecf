import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { constantTimeEqual, slackSignature, verifySlackSignature } from "../../../src/channels/slack/signature";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fopco&text=hello";
const timestamp = "1531420618";
const nodeHmac = (s: string, ts: string, b: string) =>
  `v0=${createHmac("sha256", s).update(`v0:${ts}:${b}`).digest("hex")}`;

describe("slackSignature", () => {
  it("is v0= and the hex HMAC-SHA256 of v0:{timestamp}:{body}, as node:crypto computes it", async () => {
    expect(await slackSignature(secret, timestamp, body)).toBe(nodeHmac(secret, timestamp, body));
    expect(await slackSignature(secret, timestamp, "é")).toBe(nodeHmac(secret, timestamp, "é"));
  });
});

describe("verifySlackSignature", () => {
  const check = (over: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
    verifySlackSignature({
      secret,
      timestamp,
      signature: nodeHmac(secret, timestamp, body),
      body,
      nowSeconds: Number(timestamp) + 10,
      ...over,
    });

  it("accepts the signature of the exact body within 5 minutes", async () => {
    expect(await check({})).toBe("ok");
    expect(await check({ nowSeconds: Number(timestamp) + 300 })).toBe("ok");
  });

  it("refuses another body, another secret or a truncated signature", async () => {
    expect(await check({ body: `${body} ` })).toBe("mismatch");
    expect(await check({ secret: "other" })).toBe("mismatch");
    expect(await check({ signature: nodeHmac(secret, timestamp, body).slice(0, -1) })).toBe("mismatch");
    expect(await check({ signature: nodeHmac(secret, timestamp, body).toUpperCase() })).toBe("mismatch");
  });

  it("refuses a timestamp more than 5 minutes old or ahead, or not a number", async () => {
    expect(await check({ nowSeconds: Number(timestamp) + 301 })).toBe("stale");
    expect(await check({ nowSeconds: Number(timestamp) - 301 })).toBe("stale");
    expect(await check({ timestamp: "soon" })).toBe("stale");
  });

  it("says when a header is missing", async () => {
    expect(await check({ signature: undefined })).toBe("missing");
    expect(await check({ timestamp: undefined })).toBe("missing");
  });
});

describe("constantTimeEqual", () => {
  it("compares whole strings", () => {
    expect(constantTimeEqual("v0=abc", "v0=abc")).toBe(true);
    expect(constantTimeEqual("v0=abc", "v0=abd")).toBe(false);
    expect(constantTimeEqual("v0=abc", "v0=ab")).toBe(false);
    expect(constantTimeEqual("", "")).toBe(true);
    expect(constantTimeEqual("a", "")).toBe(false);
  });
});
