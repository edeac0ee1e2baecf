import { createServer, request, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { describe, expect, inject, it } from "vitest";
import { axeViolations, botReplies, byTestId, chip, frenchPlan, openPage, type, useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/**
 * A server in front of the assistant that can be stopped and started again on the same port,
 * as a deployment that goes down in the middle of a conversation. It forwards everything (SSE
 * included) and drops the Origin header, so its pages count as the assistant's own.
 */
function stoppableServer(target: string) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<string>((resolve) => {
      const running = createServer((req, res) => {
        const headers = { ...req.headers };
        delete headers.origin;
        delete headers.host;
        const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on("error", () => res.destroy());
        req.pipe(upstream);
      });
      running.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      running.listen(port, "127.0.0.1", () => {
        port = (running.address() as AddressInfo).port;
        resolve(`http://127.0.0.1:${port}`);
      });
      server = running;
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      server?.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  return { start, stop };
}

describe("when things go wrong", () => {
  it("keeps a message the stopped server did not get, says why in the UI's language, and sends it on retry", async () => {
    const server = stoppableServer(baseUrl);
    const url = await server.start();
    const page = await openPage(browser(), `${url}/`);
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    await chip(page, /employeur/i).click();
    await botReplies(page, 2);

    await server.stop();
    await type(page, "IDCC 1486, nous sommes 12 salariés");
    const failed = page.locator("opco-assistant .msg.user.failed");
    await failed.waitFor();
    expect(await failed.textContent()).toContain("IDCC 1486, nous sommes 12 salariés");
    expect(await failed.textContent()).toContain("Non envoyé. Impossible de joindre l'assistant");
    expect(await failed.textContent()).not.toMatch(/Failed to fetch/);
    expect(await byTestId(page, "chat-input").inputValue()).toBe("");

    // The server is back: after a reload the message is still there, with its retry.
    await server.start();
    await page.reload();
    await byTestId(page, "chat-launcher").click();
    await failed.waitFor();
    await byTestId(page, "chat-retry").click();
    expect(await botReplies(page, 3)).toContain("Atlas");
    expect(await page.locator("opco-assistant .msg.user.failed").count()).toBe(0);
    expect(await byTestId(page, "chat-message-user").last().textContent()).toContain("IDCC 1486");
    await page.context().close();
    await server.stop();
  });

  it("tells a rate-limited French user, in French, how long to wait", async () => {
    const page = await openPage(browser(), `${baseUrl}/`);
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    await page.route("**/api/chat", (route) =>
      route.fulfill({
        status: 429,
        headers: { "Content-Type": "application/json", "Retry-After": "12" },
        body: JSON.stringify({ error: { code: "rate_limited", message: "Too many requests; please wait 12 s." } }),
      }),
    );
    await type(page, "Je suis employeur");
    const failed = page.locator("opco-assistant .msg.user.failed");
    await failed.waitFor();
    expect(await failed.textContent()).toContain("patientez 12 s, puis réessayez");
    expect(await failed.textContent()).not.toContain("Too many requests");
    await page.context().close();
  });

  it("is refused from an origin that is not allowed: a plain message for the visitor, the fix in the console for the installer", async () => {
    const page = await openPage(browser(), inject("strangerUrl"));
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await byTestId(page, "chat-launcher").click();
    await page.locator("opco-assistant .error").waitFor({ state: "visible" });
    expect(await page.locator("opco-assistant .error").textContent()).toContain(
      "The assistant is not available on this site at the moment.",
    );
    const origin = new URL(inject("strangerUrl")).origin;
    await expect.poll(() => errors.find((e) => e.includes("ALLOWED_ORIGINS"))).toContain(`"${origin}"`);
    await page.context().close();
  });

  it("works from an allowed origin", async () => {
    const page = await openPage(browser(), inject("customerUrl"));
    await byTestId(page, "chat-launcher").click();
    expect(await botReplies(page, 1)).toContain("who are you");
    await page.context().close();
  });

  it("works, styled, on a page with a strict Content-Security-Policy (no inline script or style)", async () => {
    const page = await openPage(browser(), inject("strictCspUrl"));
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
    await page.evaluate(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective}`),
      ),
    );
    await byTestId(page, "chat-launcher").click();
    expect(await botReplies(page, 1)).toContain("qui êtes-vous");
    expect(await byTestId(page, "chat-launcher").evaluate((el) => getComputedStyle(el).position)).toBe("fixed");
    await type(page, "IDCC 1486, nous sommes 12 salariés");
    await botReplies(page, 2);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe("accessibility (axe-core)", () => {
  it("finds no violation on the demo page, closed, open, with a long scrolling conversation and on a small screen", async () => {
    const page = await openPage(browser(), `${baseUrl}/`);
    expect(await axeViolations(page)).toEqual([]);
    await frenchPlan(page);
    expect(await page.locator("opco-assistant .log").evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await byTestId(page, "chat-menu").click();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();

    const small = await openPage(browser(), `${baseUrl}/`, { width: 375, height: 667 });
    await byTestId(small, "chat-launcher").click();
    await botReplies(small, 1);
    expect(await axeViolations(small)).toEqual([]);
    await small.context().close();
  });
});
