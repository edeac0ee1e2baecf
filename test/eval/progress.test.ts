import { describe, expect, it } from "vitest";
import { createProgress } from "../../eval/progress";

const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
};

describe("progress bar", () => {
  it("writes plain lines, no control characters, when stderr is not a terminal", () => {
    const { chunks, stream } = sink(false);
    const p = createProgress("ask", 8, stream, () => 0);
    for (let i = 0; i < 8; i++) p.tick();
    p.done();
    expect(chunks).toEqual(["ask: 0/8\n", "ask: 2/8\n", "ask: 4/8\n", "ask: 6/8\n", "ask: 8/8 done in 0 ms\n"]);
  });

  it("redraws one bar in place on a terminal", () => {
    const { chunks, stream } = sink(true);
    const p = createProgress("tools", 2, stream, () => 0);
    p.tick();
    p.tick();
    p.done();
    expect(chunks[1]).toBe(`\rtools      [${"#".repeat(12)}${"-".repeat(12)}] 1/2`);
    expect(chunks.at(-1)).toBe(`\rtools      [${"#".repeat(24)}] 2/2 in 0 ms\n`);
  });
});
