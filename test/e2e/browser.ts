import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "../../scripts/widget-driver";

export { botReplies, byTestId, chip, frenchPlan, launchBrowser, type } from "../../scripts/widget-driver";

/** Chromium for the tests of one file: launched before them, closed after. The browser, once launched. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is launched before the tests");
    return browser;
  };
}

const AXE_SOURCE = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

/** The dashboard's token of the browser tests' server. */
export const ADMIN_TOKEN = "e2e-dashboard-token-0123456789";

/** A new context and page (1280x800 unless told), at `url`. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Every axe-core violation on the page, as "rule (impact, nodes)". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document);
  });
  return result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
}
