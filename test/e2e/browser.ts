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
