import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ChatResponseSchema } from "../../src/core/chat";
import { REPLY } from "./fake-chat-completions";

describe("the LLM composer inside workerd", () => {
  it("streams the model's text through the session's Durable Object as delta events, then done", async () => {
    const res = await exports.default.fetch("http://127.0.0.1:8787/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ message: "Bonjour" }),
    });
    expect(res.headers.get("Content-Type")).toContain("text/event-stream");
    const events = [...(await res.text()).matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => ({
      event: m[1],
      data: JSON.parse(m[2] ?? ""),
    }));
    const deltas = events.filter((e) => e.event === "delta").map((e) => e.data.text as string);
    const done = ChatResponseSchema.parse(events.at(-1)?.data);
    expect(done.composer).toBe("llm");
    expect(done.reply.text).toBe(REPLY);
    // The guard releases the model's text sentence by sentence, before the turn ends.
    expect(deltas.length).toBeGreaterThanOrEqual(3);
    expect(deltas.join("")).toBe(REPLY);
  });
});
