/**
 * Drives the chat widget in Chromium (playwright-core, Debian's Chromium): the browser tests and
 * the README screenshots play the same conversations with it.
 */
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Elements inside the widget's Shadow DOM, by test id (Playwright's CSS pierces open shadow roots). */
export const byTestId = (page: Page, id: string) => page.locator(`opco-assistant [data-testid="${id}"]`);

/** Waits until the widget has shown `count` bot messages, and returns the text of the last one. */
export async function botReplies(page: Page, count: number): Promise<string> {
  const bots = byTestId(page, "chat-message-bot");
  await bots.nth(count - 1).waitFor({ timeout: 15_000 });
  return (await bots.nth(count - 1).textContent()) ?? "";
}

/** The quick reply whose label matches. */
export const chip = (page: Page, label: RegExp) =>
  byTestId(page, "chat-quick-reply").filter({ hasText: label }).first();

/** Types a message and sends it with the button. */
export async function type(page: Page, text: string): Promise<void> {
  await byTestId(page, "chat-input").fill(text);
  await byTestId(page, "chat-send").click();
}

/** Opens the widget and plays the first turns of a small employer (role, then company and headcount). */
export async function frenchStart(page: Page): Promise<void> {
  await byTestId(page, "chat-launcher").click();
  await botReplies(page, 1);
  await chip(page, /employeur/i).click();
  await botReplies(page, 2);
  await type(page, "IDCC 1486, nous sommes 12 salariés");
  await botReplies(page, 3);
}

/** Plays the French conversation of a small employer up to its plan; returns the number of bot messages. */
export async function frenchPlan(page: Page): Promise<number> {
  await frenchStart(page);
  await chip(page, /Langues/).click();
  await botReplies(page, 4);
  await type(page, "en mars");
  await botReplies(page, 5);
  await chip(page, /Pas encore choisi/).click();
  await botReplies(page, 6);
  await chip(page, /voir mon plan/i).click();
  await botReplies(page, 7);
  await byTestId(page, "chat-plan-card").waitFor();
  return 7;
}
