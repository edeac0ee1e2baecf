import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { frenchPlan, useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** A page that records every Content-Security-Policy violation and every console error, from its first script on. */
async function watchedPage(): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return { page, violations, errors };
}

describe("the pages under their Content-Security-Policy", () => {
  it("lets the widget lead a conversation to its plan on the demo page, with no violation", async () => {
    const { page, violations, errors } = await watchedPage();
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(await frenchPlan(page)).toBe(7);
    // The printable plan of the conversation, as the widget's "download my plan" fetches it.
    const sessionId = await page.evaluate(() =>
      Object.values(localStorage)
        .map((value) => {
          try {
            return (JSON.parse(value) as { sessionId?: string }).sessionId;
          } catch {
            return undefined;
          }
        })
        .find(Boolean),
    );
    expect(sessionId).toBeTruthy();
    const summary = await page.goto(`${baseUrl}/api/sessions/${sessionId}/summary?format=html`);
    expect(summary?.status()).toBe(200);
    expect(summary?.headers()["cache-control"]).toBe("no-store");
    expect(summary?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await page.locator("h1").first().waitFor();
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it("cannot be framed by another site", async () => {
    const { page } = await watchedPage();
    await page.setContent(`<iframe id="framed" src="${baseUrl}/" width="400" height="300"></iframe>`);
    await page.waitForTimeout(1500);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    // Chromium refuses to render the page: the frame holds an error document, never the demo page.
    const title = await framed?.title().catch(() => "");
    expect(title ?? "").not.toContain("Centre Horizon");
    expect(
      await framed
        ?.locator("opco-assistant")
        .count()
        .catch(() => 0),
    ).toBe(0);
  });
});
