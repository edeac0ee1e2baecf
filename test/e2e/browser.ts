import type { Browser, Page } from "playwright-core";

export { botReplies, byTestId, chip, frenchPlan, launchBrowser, type } from "../../scripts/widget-driver";

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
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
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
