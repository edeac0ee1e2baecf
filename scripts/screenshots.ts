/**
 * `npm run screenshots`: the README's pictures of the widget, taken in Chromium from the real
 * worker under `wrangler dev`: the widget in a conversation on the demo page, the plan card, and
 * a 375 px phone screen. Writes docs/screenshots/*.png (device scale 1, cropped: small files).
 */
import { mkdirSync } from "node:fs";
import { startDevServer } from "./dev-server";
import { botReplies, byTestId, frenchPlan, frenchStart, launchBrowser } from "./widget-driver";

const OUT = new URL("../docs/screenshots/", import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

const server = await startDevServer();
const browser = await launchBrowser();
try {
  // The widget on the demo page, a few turns into a conversation.
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });
  await desktop.goto(`${server.baseUrl}/`);
  await frenchStart(desktop);
  await desktop.screenshot({ path: `${OUT}widget.png`, clip: { x: 640, y: 90, width: 640, height: 710 } });

  // The plan as a card, the reply shown from its top; the panel is made taller for the picture only.
  const plan = await browser.newPage({ viewport: { width: 1280, height: 1150 }, colorScheme: "light" });
  await plan.goto(`${server.baseUrl}/`);
  await frenchPlan(plan);
  await plan.locator("opco-assistant .panel").evaluate((panel) => {
    (panel as HTMLElement).style.height = "960px";
    (panel as HTMLElement).style.maxHeight = "none";
  });
  await byTestId(plan, "chat-plan-card").evaluate((card) => card.scrollIntoView({ block: "start" }));
  await plan.locator("opco-assistant .panel").screenshot({ path: `${OUT}plan-card.png` });

  // A phone: the panel fills the screen, restart and downloads in the menu.
  const phone = await browser.newPage({ viewport: { width: 375, height: 667 }, colorScheme: "light" });
  await phone.goto(`${server.baseUrl}/`);
  await byTestId(phone, "chat-launcher").click();
  await botReplies(phone, 1);
  await phone.screenshot({ path: `${OUT}mobile.png` });
  console.log(`screenshots: ${OUT}widget.png, plan-card.png, mobile.png`);
} finally {
  await browser.close();
  await server.stop();
}
