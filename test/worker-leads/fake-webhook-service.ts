/**
 * What the worker's outbound fetches meet in the leads' workerd tests (Miniflare's
 * outboundService, run in Node): the centre's webhook at FAKE_HOOK_URL. It behaves by the lead's
 * name, per attempt: "Down" refuses the first attempt (no answer at all), "Slow" answers the first
 * one too late, "Error" answers 500 twice; then it takes the lead. `GET /__received` lists what it
 * took. Anything else is 503: the tests never reach the network.
 */
export const FAKE_HOOK_URL = "http://hooks.test/lead";

const attempts = new Map<string, number>();
const received: unknown[] = [];

export async function fakeWebhook(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.origin !== new URL(FAKE_HOOK_URL).origin) return new Response("no network in tests", { status: 503 });
  if (url.pathname === "/__received") return Response.json(received);
  const body = (await request.json()) as { lead: { id: string; name: string } };
  const attempt = (attempts.get(body.lead.id) ?? 0) + 1;
  attempts.set(body.lead.id, attempt);
  const { name } = body.lead;
  if (name.includes("Down") && attempt === 1) throw new TypeError("connect ECONNREFUSED");
  if (name.includes("Slow") && attempt === 1) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return new Response("too late");
  }
  if (name.includes("Error") && attempt <= 2) return new Response("internal error", { status: 500 });
  received.push({ ...body, idempotencyKey: request.headers.get("Idempotency-Key") });
  return new Response("ok");
}
