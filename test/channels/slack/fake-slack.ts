import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "../../fakes/read-body";

export interface PostedMessage {
  channel: string;
  thread_ts?: string;
  text?: string;
  blocks?: { type: string; block_id?: string; text?: { text: string }; elements?: Record<string, unknown>[] }[];
}

/** A call the fake received: where, with which token, and the JSON body. */
export interface Received {
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": typeof body === "string" ? "text/plain" : "application/json; charset=utf-8",
    ...headers,
  });
  res.end(text);
};

/** Block Kit rules Slack enforces on `chat.postMessage`; a message breaking one gets `invalid_blocks`. */
function blocksError(blocks: PostedMessage["blocks"]): string | null {
  if (!blocks) return null;
  if (blocks.length > 50) return "more than 50 blocks";
  for (const block of blocks) {
    if (block.type === "section" && (block.text?.text.length ?? 0) > 3000) return "section text over 3000";
    for (const element of block.elements ?? []) {
      const text = (element.text as { text?: string } | undefined)?.text ?? "";
      if (element.type === "button" && (text.length > 75 || String(element.value ?? "").length > 2000))
        return "button too long";
    }
  }
  return null;
}

/**
 * A local stand-in for the Slack Web API speaking its protocol: `POST /api/chat.postMessage`
 * with a JSON body and a bearer bot token, answered `{ok: true, ts}` or `{ok: false, error}`
 * (HTTP 200 either way, as Slack does), a 429 with `Retry-After` when told to, and
 * `POST /hooks/...` standing for the `response_url` of commands and interactions.
 */
export async function startFakeSlack(options: { token: string }) {
  const received: Received[] = [];
  let rateLimited = 0;
  let seq = 0;

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = req.url ?? "/";
    const contentType = req.headers["content-type"];
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return send(res, 200, { ok: false, error: "invalid_json" });
    }
    received.push({ path, authorization: req.headers.authorization, contentType, body });

    if (rateLimited > 0) {
      rateLimited -= 1;
      return send(res, 429, { ok: false, error: "ratelimited" }, { "Retry-After": "1" });
    }
    if (path.startsWith("/hooks/")) return send(res, 200, "ok");
    if (path !== "/api/chat.postMessage") return send(res, 404, { ok: false, error: "unknown_method" });
    if (req.headers.authorization !== `Bearer ${options.token}`)
      return send(res, 200, { ok: false, error: "invalid_auth" });
    if (!contentType?.startsWith("application/json")) return send(res, 200, { ok: false, error: "invalid_form_data" });
    const message = body as unknown as PostedMessage;
    if (!message.channel) return send(res, 200, { ok: false, error: "channel_not_found" });
    if (!message.text && !message.blocks?.length) return send(res, 200, { ok: false, error: "no_text" });
    const invalid = blocksError(message.blocks);
    if (invalid)
      return send(res, 200, { ok: false, error: "invalid_blocks", response_metadata: { messages: [invalid] } });
    seq += 1;
    return send(res, 200, {
      ok: true,
      channel: message.channel,
      ts: `1800000000.${String(seq).padStart(6, "0")}`,
      message,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    received,
    /** Messages Slack accepted through `chat.postMessage`. */
    posted: () =>
      received.filter((r) => r.path === "/api/chat.postMessage").map((r) => r.body as unknown as PostedMessage),
    /** Bodies posted to response URLs. */
    responses: () => received.filter((r) => r.path.startsWith("/hooks/")).map((r) => r.body),
    /** The next `n` calls get `429 Retry-After: 1`. */
    rateLimitNext(n = 1) {
      rateLimited = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;
