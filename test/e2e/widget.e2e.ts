import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { botReplies, byTestId, chip, frenchPlan, openPage, type, useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = useBrowser();
/** Screenshots of each scenario, kept as artifacts of the run (gitignored). */
const ARTIFACTS = "test-results/e2e";
mkdirSync(ARTIFACTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

const freshPage = (url = `${baseUrl}/`, viewport?: { width: number; height: number }) =>
  openPage(browser(), url, viewport);
const log = (page: Page) => page.locator("opco-assistant .log");
/** Where the log is scrolled, and where the element sits in it. */
const scroll = (page: Page) =>
  log(page).evaluate((el) => ({ top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight }));

describe("the chat widget on the demo page", () => {
  it("shows the plan as a compact card from its top, sources once, and reopens at the last message after a reload", async () => {
    const page = await freshPage();
    const bots = await frenchPlan(page);
    const card = byTestId(page, "chat-plan-card");
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("Votre plan de financement");
    expect(text).toContain("Atlas");
    expect(text).toMatch(/Prochaines étapes/);
    // Three steps at most, and the documents are left to the full plan.
    expect(await card.locator("ol > li").count()).toBeLessThanOrEqual(3);
    expect(text).not.toContain("Documents");
    // The long reply is shown from its top: its card, not its sources.
    const plan = byTestId(page, "chat-message-bot").nth(bots - 1);
    const { top } = await scroll(page);
    const offset = await plan.evaluate((el) => (el as HTMLElement).offsetTop);
    expect(Math.abs(top - offset)).toBeLessThan(40);
    // Sources once: the list under the reply, no "Sources" paragraph in its text.
    expect((await plan.textContent())?.match(/Sources/g)).toHaveLength(1);
    const links = plan.locator(".cites a");
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute("href")).toMatch(/^https:\/\//);
    // "Open the full plan" is the printable page in a new tab.
    const open = byTestId(page, "chat-plan-open");
    expect(await open.getAttribute("target")).toBe("_blank");
    expect(await open.getAttribute("href")).toMatch(/\/api\/sessions\/[0-9a-f-]{36}\/summary\?format=html$/);
    const tab = page.context().waitForEvent("page");
    await open.click();
    const printable = await tab;
    await printable.waitForLoadState();
    expect(await printable.locator("h1").textContent()).toBe("Votre plan de financement");
    await printable.close();
    await shot(page, "fr-plan");

    const users = await byTestId(page, "chat-message-user").count();
    await page.reload();
    await byTestId(page, "chat-launcher").click();
    await expect.poll(() => byTestId(page, "chat-message-user").count()).toBe(users);
    expect(await byTestId(page, "chat-message-bot").count()).toBe(bots);
    // Reopened at the last message (where the quick replies belong), not at the top of the log.
    const after = await scroll(page);
    expect(after.top).toBeGreaterThan(0);
    expect(Math.abs(after.top - offset)).toBeLessThan(40);

    const download = page.waitForEvent("download");
    await byTestId(page, "chat-plan-download").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("plan-formation.html");
    const html = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(html).toString("utf8")).toContain("Atlas");
    await page.context().close();
  });

  it("after the plan, answers a change with a short reply and a link to the updated plan, not the plan again", async () => {
    const page = await freshPage();
    const bots = await frenchPlan(page);
    await type(page, "en fait nous sommes 60 salariés");
    const reply = await botReplies(page, bots + 1);
    expect(reply).toMatch(/Plan mis à jour/);
    expect(await byTestId(page, "chat-plan-card").count()).toBe(1);
    const updated = byTestId(page, "chat-plan-link");
    expect(await updated.textContent()).toBe("Voir le plan mis à jour");
    expect(await updated.getAttribute("href")).toMatch(/summary\?format=html$/);
    expect(reply.length).toBeLessThan(400);
    await page.context().close();
  });

  it("offers the downloads in its menu only once there is a plan, and downloads Markdown too", async () => {
    const page = await freshPage();
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    await byTestId(page, "chat-menu").click();
    expect(await byTestId(page, "chat-restart").isVisible()).toBe(true);
    expect(await byTestId(page, "chat-summary-download").isVisible()).toBe(false);
    await page.keyboard.press("Escape");
    expect(await byTestId(page, "chat-menu").getAttribute("aria-expanded")).toBe("false");
    await page.context().close();

    const planned = await freshPage();
    await frenchPlan(planned);
    await byTestId(planned, "chat-menu").click();
    const download = planned.waitForEvent("download");
    await byTestId(planned, "chat-summary-download-md").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("plan-formation.md");
    const md = Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
    expect(md).toContain("## Votre plan de financement");
    await planned.context().close();
  });

  it("asks before starting over, from the menu and from the quick reply", async () => {
    const page = await freshPage();
    const bots = await frenchPlan(page);
    await byTestId(page, "chat-menu").click();
    await byTestId(page, "chat-restart").click();
    const confirm = page.locator("opco-assistant .confirm");
    expect(await confirm.textContent()).toContain("Effacer cette conversation");
    await byTestId(page, "chat-restart-cancel").click();
    expect(await confirm.isVisible()).toBe(false);
    expect(await byTestId(page, "chat-message-bot").count()).toBe(bots);
    await chip(page, /^Recommencer$/).click();
    expect(await confirm.isVisible()).toBe(true);
    await byTestId(page, "chat-restart-confirm").click();
    await expect.poll(() => byTestId(page, "chat-message-bot").count()).toBe(1);
    expect(await byTestId(page, "chat-message-user").count()).toBe(0);
    expect(await botReplies(page, 1)).toContain("qui êtes-vous");
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
    expect(plan).toContain("Next deadline");
    expect(plan).toContain("10103");
    expect(plan).toContain("Open the full plan");
    await shot(page, "en-plan");
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

  it("speaks English when the user does, interface and title included", async () => {
    const page = await freshPage();
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    const title = page.locator("opco-assistant .head h2");
    expect(await title.textContent()).toBe("Financer ma formation");
    await type(page, "Hello, I am an employee and I need funding for a training");
    expect(await botReplies(page, 2)).toMatch(/company/i);
    await expect.poll(() => byTestId(page, "chat-send").textContent()).toBe("Send");
    // The page's French title gives way to the widget's English one.
    expect(await title.textContent()).toBe("Fund a training");
    expect(await byTestId(page, "chat-launcher").textContent()).toBe("Fund a training");
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
    // The menu opens from the keyboard, arrows move in it, Escape closes it and gives the focus back.
    const focused = (id: string) =>
      byTestId(page, id).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);
    await byTestId(page, "chat-menu").focus();
    await page.keyboard.press("Enter");
    // "Be called back" first, then "start over".
    await expect.poll(() => focused("chat-callback-menu")).toBe(true);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => focused("chat-restart")).toBe(true);
    await page.keyboard.press("Escape");
    expect(await byTestId(page, "chat-menu").getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("opco-assistant .panel").isVisible()).toBe(true);
    // Escape closes the panel and gives the focus back to the launcher.
    await byTestId(page, "chat-input").focus();
    await page.keyboard.press("Escape");
    expect(await byTestId(page, "chat-launcher").getAttribute("aria-expanded")).toBe("false");
    await page.context().close();
  });

  it("counts the characters near the limit, grows the message box, and never cuts a long message", async () => {
    const page = await freshPage();
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    const input = byTestId(page, "chat-input");
    const count = byTestId(page, "chat-count");
    const before = (await input.boundingBox())?.height ?? 0;
    expect(await count.isVisible()).toBe(false);
    const long = "Nous formons nos salariés à la sécurité. ".repeat(55);
    await input.fill(long);
    expect((await input.boundingBox())?.height ?? 0).toBeGreaterThan(before + 40);
    expect(await count.textContent()).toMatch(/Message trop long : 2\s?\d{3} caractères sur 2\s?000/);
    expect(await byTestId(page, "chat-send").isDisabled()).toBe(true);
    await input.press("Enter");
    expect(await input.inputValue()).toBe(long);
    expect(await byTestId(page, "chat-message-user").count()).toBe(0);
    await input.fill(long.slice(0, 1900));
    expect(await count.textContent()).toMatch(/^1\s?\d{3} \/ 2\s?000$/);
    expect(await byTestId(page, "chat-send").isDisabled()).toBe(false);
    await page.context().close();
  });

  it("fills a small screen, with restart and downloads in a menu so the conversation keeps the room", async () => {
    const page = await freshPage(`${baseUrl}/`, { width: 375, height: 667 });
    await byTestId(page, "chat-launcher").click();
    await botReplies(page, 1);
    const box = await page.locator("opco-assistant .panel").boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375, height: 667 });
    // Eight quick replies (six profiles, the centre's two) on one scrolling row; the log keeps most of the height.
    expect(await byTestId(page, "chat-quick-reply").count()).toBe(8);
    const logBox = await log(page).boundingBox();
    expect((logBox?.height ?? 0) / 667).toBeGreaterThan(0.7);
    expect(await byTestId(page, "chat-menu").isVisible()).toBe(true);
    await shot(page, "mobile");
    await page.context().close();
  });
});
