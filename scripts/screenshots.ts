/**
 * `npm run screenshots`: the README's pictures, taken in Chromium from the real worker under
 * `wrangler dev`: the widget in a conversation on the demo page, the plan card, a 375 px phone
 * screen, the call-back form, and the staff's dashboard after a few conversations. Writes
 * docs/screenshots/*.png (device scale 1, cropped: small files).
 */
import { mkdirSync } from "node:fs";
import { startDevServer } from "./dev-server";
import { botReplies, byTestId, frenchPlan, frenchStart, launchBrowser, type } from "./widget-driver";

const OUT = new URL("../docs/screenshots/", import.meta.url).pathname;
mkdirSync(OUT, { recursive: true });

/** The dashboard's token of this run only. */
const ADMIN_TOKEN = "screenshots-dashboard-token-0123";
const server = await startDevServer({ ADMIN_TOKEN });
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

  // The call-back form after a plan, filled in, its consent box refused until ticked.
  await plan.reload();
  await byTestId(plan, "chat-launcher").click();
  await byTestId(plan, "chat-callback").last().click();
  await byTestId(plan, "lead-name").fill("Marie Dupont");
  await byTestId(plan, "lead-phone").fill("06 12 34 56 78");
  await byTestId(plan, "lead-time").selectOption("morning");
  await byTestId(plan, "lead-send").click();
  await plan.locator("opco-assistant .panel").evaluate((panel) => {
    (panel as HTMLElement).style.height = "900px";
  });
  await byTestId(plan, "lead-form").evaluate((form) => form.scrollTo(0, 0));
  await plan.locator("opco-assistant .panel").screenshot({ path: `${OUT}lead-form.png` });
  await byTestId(plan, "lead-consent").check();
  await byTestId(plan, "lead-send").click();
  await botReplies(plan, 8);

  // A few more visitors: an English one with questions (one no card answers), a French one who asks for an adviser.
  for (const messages of [
    [
      "Hello, I am an employer with 8 employees, IDCC 1979",
      "Do you offer first aid courses?",
      "Can I get funding for a training in Spain?",
      "What is the CPF?",
    ],
    ["Peut-on financer une formation à l'étranger ?", "Est-ce que l'OPCO finance la formation d'un stagiaire ?"],
  ]) {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(`${server.baseUrl}/`);
    await byTestId(visitor, "chat-launcher").click();
    await botReplies(visitor, 1);
    for (const [i, message] of messages.entries()) {
      await type(visitor, message);
      await botReplies(visitor, i + 2);
    }
    await visitor.close();
  }

  // The dashboard, signed in.
  const admin = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme: "light" });
  await admin.goto(`${server.baseUrl}/admin?days=7`);
  await admin.locator("#token").fill(ADMIN_TOKEN);
  await admin.keyboard.press("Enter");
  await admin.locator("h1", { hasText: "Tableau de bord" }).waitFor();
  await admin.screenshot({ path: `${OUT}dashboard.png`, fullPage: true });
  console.log(`screenshots: ${OUT}widget.png, plan-card.png, mobile.png, lead-form.png, dashboard.png`);
} finally {
  await browser.close();
  await server.stop();
}
