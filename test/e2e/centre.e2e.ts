import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { ADMIN_TOKEN, axeViolations, botReplies, byTestId, chip, frenchPlan, openPage, useBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const browser = useBrowser();

/** The leads the dashboard's API lists. */
async function leads(): Promise<{ name: string; phone?: string; email?: string; profile: { role?: string } }[]> {
  const res = await fetch(`${baseUrl}/api/admin/leads`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  return ((await res.json()) as { leads: [] }).leads;
}

/** Whether the element with this test id has the focus inside the widget. */
const focused = (page: Page, id: string) =>
  byTestId(page, id).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement);

describe("the call-back form in the widget", () => {
  it("follows the plan, refuses an unticked consent box, then sends the lead with the plan's profile", async () => {
    const page = await openPage(browser(), `${baseUrl}/`);
    const bots = await frenchPlan(page);
    // The plan names the centre's course that matches the project.
    expect(await byTestId(page, "chat-plan-courses").textContent()).toContain("Anglais professionnel");
    await byTestId(page, "chat-callback").last().click();
    const form = byTestId(page, "lead-form");
    await form.waitFor();
    expect(await focused(page, "lead-name")).toBe(true);
    expect(await page.locator("opco-assistant .log").isVisible()).toBe(false);
    expect(await byTestId(page, "lead-privacy").getAttribute("href")).toMatch(/\/privacy\?lang=fr$/);
    await byTestId(page, "lead-name").fill("Marie Dupont");
    await byTestId(page, "lead-phone").fill("06 12 34 56 78");
    await byTestId(page, "lead-send").click();
    // Consent unchecked: refused, said by the box and in the summary; nothing is sent.
    expect(await byTestId(page, "lead-problems").textContent()).toContain("Cochez la case");
    expect(await byTestId(page, "lead-consent").getAttribute("aria-invalid")).toBe("true");
    expect(await focused(page, "lead-consent")).toBe(true);
    expect((await leads()).filter((l) => l.name === "Marie Dupont")).toHaveLength(0);
    expect(await axeViolations(page)).toEqual([]);

    await byTestId(page, "lead-consent").check();
    await byTestId(page, "lead-time").selectOption("morning");
    await byTestId(page, "lead-send").click();
    expect(await botReplies(page, bots + 1)).toContain("Centre Horizon Formation a bien reçu votre demande");
    expect(await form.isVisible()).toBe(false);
    const [sent] = (await leads()).filter((l) => l.name === "Marie Dupont");
    expect(sent).toMatchObject({ phone: "06 12 34 56 78", profile: { role: "employer" } });
    await page.context().close();
  });

  it("opens at once on « Parler à un conseiller », and works with the keyboard only", async () => {
    const page = await openPage(browser(), `${baseUrl}/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await botReplies(page, 1);
    await chip(page, /Parler à un conseiller/).focus();
    await page.keyboard.press("Enter");
    await byTestId(page, "lead-form").waitFor();
    // The reply (behind the form) says how to reach the centre directly.
    expect(await byTestId(page, "chat-message-bot").nth(1).textContent()).toContain("04 72 00 00 00");
    await expect.poll(() => focused(page, "lead-name")).toBe(true);
    await page.keyboard.type("Léo Martin");
    await page.keyboard.press("Tab"); // e-mail
    await page.keyboard.type("leo.martin@example.org");
    for (const _ of ["phone", "time", "message", "consent"]) await page.keyboard.press("Tab");
    expect(await focused(page, "lead-consent")).toBe(true);
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // the privacy notice
    await page.keyboard.press("Tab");
    expect(await focused(page, "lead-send")).toBe(true);
    await page.keyboard.press("Enter");
    expect(await botReplies(page, 3)).toContain("a bien reçu votre demande");
    expect((await leads()).some((l) => l.email === "leo.martin@example.org")).toBe(true);
    // From the menu, Escape gives the conversation back, the focus in the message box.
    await byTestId(page, "chat-menu").click();
    await byTestId(page, "chat-callback-menu").click();
    await byTestId(page, "lead-form").waitFor();
    await page.keyboard.press("Escape");
    expect(await byTestId(page, "lead-form").isVisible()).toBe(false);
    expect(await focused(page, "chat-input")).toBe(true);
    await page.context().close();
  });
});

describe("the dashboard", () => {
  it("asks for the token, then shows the funnel, the charts, the unanswered questions and the leads, without an axe violation", async () => {
    const page = await openPage(browser(), `${baseUrl}/admin`, { width: 1280, height: 1000 });
    expect(await page.locator("h1").textContent()).toBe("Connexion au tableau de bord");
    expect(await axeViolations(page)).toEqual([]);
    // Keyboard only: the token field, then Enter.
    await page.keyboard.press("Tab");
    await page.keyboard.type("not the token, surely");
    await page.keyboard.press("Enter");
    await page.waitForLoadState();
    expect(await page.locator('[role="alert"]').textContent()).toContain("Ce jeton n'est pas le bon");
    await page.locator("#token").fill(ADMIN_TOKEN);
    await page.keyboard.press("Enter");
    await page.locator("h1", { hasText: "Tableau de bord" }).waitFor();
    const figures = await page.locator(".figure .number").allTextContents();
    expect(figures.map(Number).every((n) => n >= 1)).toBe(true);
    expect(await page.locator("svg.chart").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator("#leads ~ table, section[aria-labelledby=leads] table").textContent()).toContain(
      "Marie Dupont",
    );
    expect(await axeViolations(page)).toEqual([]);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Exporter en CSV" }).click();
    const file = await download;
    const csv = Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
    expect(csv).toContain("Marie Dupont");
    await page.context().close();
  });
});
