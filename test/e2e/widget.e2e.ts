import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { botReplies, byTestId, launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
/** Screenshots of each scenario, kept as artifacts of the run (gitignored). */
const ARTIFACTS = "test-results/e2e";
mkdirSync(ARTIFACTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function freshPage(url = `${baseUrl}/`, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const chip = (page: Page, label: RegExp) => byTestId(page, "chat-quick-reply").filter({ hasText: label }).first();
async function type(page: Page, text: string) {
  await byTestId(page, "chat-input").fill(text);
  await byTestId(page, "chat-send").click();
}

describe("the chat widget on the demo page", () => {
  it("leads a French conversation to a plan with quick replies and typed text, keeps it on reload, and downloads it", async () => {
    const page = await freshPage();
    await byTestId(page, "chat-launcher").click();
    expect(await botReplies(page, 1)).toContain("qui êtes-vous");
    await chip(page, /employeur/i).click();
    expect(await botReplies(page, 2)).toMatch(/entreprise/i);
    await type(page, "IDCC 1486, nous sommes 12 salariés");
    expect(await botReplies(page, 3)).toContain("Atlas");
    await chip(page, /Langues/).click();
    await botReplies(page, 4);
    await type(page, "en mars");
    await botReplies(page, 5);
    await chip(page, /Pas encore choisi/).click();
    expect(await botReplies(page, 6)).toMatch(/correct/i);
    await chip(page, /voir mon plan/i).click();
    const plan = await botReplies(page, 7);
    expect(plan).toContain("Votre plan de financement");
    expect(plan).toContain("Atlas");
    // Citations are links to official sources.
    const links = page.locator('opco-assistant [data-testid="chat-message-bot"] .cites a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute("href")).toMatch(/^https:\/\//);

    const users = await byTestId(page, "chat-message-user").count();
    await page.reload();
    await byTestId(page, "chat-launcher").click();
    await expect.poll(() => byTestId(page, "chat-message-user").count()).toBe(users);
    expect(await byTestId(page, "chat-message-bot").count()).toBe(7);

    const download = page.waitForEvent("download");
    await byTestId(page, "chat-summary-download").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("plan-formation.html");
    const html = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(html).toString("utf8")).toContain("Atlas");
    await shot(page, "fr-plan");
    await page.context().close();
  });

  it("leads an English conversation to a plan", async () => {
    const page = await freshPage();
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    await type(page, "Hello, I am an employer with 8 employees, IDCC 1979");
    expect(await botReplies(page, 2)).toContain("AKTO");
    await chip(page, /Apprenticeship/).click();
    await botReplies(page, 3);
    await type(page, "2027-09-01");
    await botReplies(page, 4);
    await chip(page, /Not chosen yet/).click();
    expect(await botReplies(page, 5)).toMatch(/Is it right/);
    await chip(page, /show my plan/).click();
    const plan = await botReplies(page, 6);
    expect(plan).toContain("Your funding plan");
    expect(plan).toContain("10103");
    await shot(page, "en-plan");
    await page.context().close();
  });

  it("has no serious or critical accessibility violation (axe-core), closed and open", async () => {
    const page = await freshPage();
    const scan = async () => {
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
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    };
    expect(await scan()).toEqual([]);
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    expect(await scan()).toEqual([]);
    await page.context().close();
  });

  it("is interactive quickly (measured and printed)", async () => {
    const page = await freshPage();
    const ms = await page.evaluate(async () => {
      await customElements.whenDefined("opco-assistant");
      return performance.now();
    });
    console.log(`e2e: demo page interactive (widget defined) ${Math.round(ms)} ms after navigation start`);
    expect(ms).toBeGreaterThan(0);
    await page.context().close();
  });

  it("speaks English when the user does, interface included", async () => {
    const page = await freshPage();
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    await type(page, "Hello, I am an employee and I need funding for a training");
    expect(await botReplies(page, 2)).toMatch(/company/i);
    await expect.poll(() => byTestId(page, "chat-send").textContent()).toBe("Send");
    await type(page, "IDCC 1979, 30 employees");
    expect(await botReplies(page, 3)).toContain("AKTO");
    await page.context().close();
  });

  it("works with the keyboard only", async () => {
    const page = await freshPage();
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("OPCO-ASSISTANT");
    await page.keyboard.press("Enter");
    await botReplies(page, 1);
    // Focus is in the message box: type and send with Enter.
    await page.keyboard.type("Je suis salarié");
    await page.keyboard.press("Enter");
    expect(await botReplies(page, 2)).toMatch(/entreprise/i);
    // Tab reaches the quick replies and Enter picks one.
    await chip(page, /ne sais pas/i).focus();
    await page.keyboard.press("Enter");
    await botReplies(page, 3);
    // Escape closes the panel and gives the focus back to the launcher.
    await byTestId(page, "chat-input").focus();
    await page.keyboard.press("Escape");
    expect(await byTestId(page, "chat-launcher").getAttribute("aria-expanded")).toBe("false");
    await page.context().close();
  });

  it("fills a small screen", async () => {
    const page = await freshPage(`${baseUrl}/`, { width: 375, height: 667 });
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    const box = await page.locator("opco-assistant .panel").boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 667 });
    await shot(page, "mobile");
    await page.context().close();
  });
});

describe("embedding on another site", () => {
  it("works from an allowed origin", async () => {
    const page = await freshPage(inject("customerUrl"));
    await byTestId(page, "chat-launcher").click();
    expect(await botReplies(page, 1)).toContain("who are you");
    await page.context().close();
  });

  it("is refused from an origin that is not allowed, with a visible error", async () => {
    const page = await freshPage(inject("strangerUrl"));
    await byTestId(page, "chat-launcher").click();
    await page.locator("opco-assistant .error").waitFor({ state: "visible" });
    expect(await page.locator("opco-assistant .error").textContent()).toMatch(/not allowed|not sent/i);
    await page.context().close();
  });
});
