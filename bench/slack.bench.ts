import { renderResponse } from "../src/channels/slack/blocks";
import { slackSignature, verifySlackSignature } from "../src/channels/slack/signature";
import { welcomeReply } from "../src/dialogue/welcome";
import { percentile, round, timeEach } from "./stats";

/** Slack adapter costs on the acknowledgement path (signature check) and the answer path (Block Kit rendering). */
export async function run() {
  const secret = "bench-signing-secret";
  const body = JSON.stringify({
    type: "event_callback",
    event_id: "Ev1",
    event: { type: "message", text: "Bonjour ".repeat(50) },
  });
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = await slackSignature(secret, ts, body);
  const verify: number[] = [];
  for (let i = 0; i < 2_000; i++) {
    const started = performance.now();
    await verifySlackSignature({ secret, timestamp: ts, signature, body, nowSeconds: Number(ts) });
    verify.push(performance.now() - started);
  }
  const long = Array.from(
    { length: 60 },
    (_, i) =>
      `## Step ${i}\n\n**Send** the [request](https://www.atlas.fr) before the training & keep the quote < 3 months.`,
  ).join("\n\n");
  const response = (text: string) => ({
    sessionId: "slack:T0001:D0001:1700000000.000100",
    lang: "fr" as const,
    step: "profile" as const,
    reply: { ...welcomeReply("fr"), text },
    profile: {},
    toolCalls: [],
    summary: null,
  });
  const welcome = timeEach(5_000, () =>
    renderResponse(response(welcomeReply("fr").text), { baseUrl: "https://assistant.example" }),
  );
  const big = timeEach(1_000, () => renderResponse(response(long), { baseUrl: "https://assistant.example" }));
  return {
    slack_verify_p50_ms: round(percentile(verify, 50)),
    slack_verify_p99_ms: round(percentile(verify, 99)),
    slack_render_welcome_p50_ms: round(percentile(welcome, 50)),
    slack_render_6kb_p50_ms: round(percentile(big, 50)),
  };
}
