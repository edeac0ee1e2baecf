import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "../fakes/read-body";

/** How the fake answers the next request: as a working hook, or slowly, or with an error. */
export type HookMode = "ok" | "slow" | "500" | "429";

export interface Delivered {
  headers: Record<string, string | string[] | undefined>;
  body: { text: string; lead: { id: string; name: string } };
}

/**
 * A local stand-in for the centre's webhook (a Slack incoming webhook, an automation tool): it
 * records what it receives and answers as told, one mode per request in turn, then `ok`. `stop()`
 * closes it, so that the same URL is then down (connection refused).
 */
export async function startFakeWebhook(modes: HookMode[] = []) {
  const received: Delivered[] = [];
  const queue = [...modes];
  const open = new Set<ServerResponse>();
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const mode = queue.shift() ?? "ok";
    if (mode === "slow") {
      open.add(res);
      setTimeout(() => {
        open.delete(res);
        if (!res.writableEnded) res.end("too late");
      }, 2000);
      return;
    }
    if (mode === "500") return void res.writeHead(500).end("internal error");
    if (mode === "429") return void res.writeHead(429, { "Retry-After": "120" }).end("slow down");
    received.push({ headers: req.headers, body: JSON.parse(raw) as Delivered["body"] });
    res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    received,
    /** Answers the next requests this way. */
    next(...more: HookMode[]) {
      queue.push(...more);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
