import { type Lang, labelled } from "../../core/lang";
import type { NextStepsSummary } from "../../core/summary";
import { CHAT_APP, PLAN_CARD } from "../copy";
import { planCard } from "../plan-card";
import type { Block } from "./blocks";
import { escapeMrkdwn } from "./mrkdwn";

/** Action id of the link buttons to the printable plan: Slack opens the URL, the app only acknowledges. */
export const OPEN_SUMMARY_ACTION = "open_summary";
/** Action id of the link button to the call-back form (`/contact`): Slack opens it, the app only acknowledges. */
export const OPEN_CONTACT_ACTION = "open_contact";

const mrkdwn = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });

/** A button that opens a page of the assistant (the printable plan, the call-back form). */
const linkButton = (actionId: string, title: string, url: string): Block => ({
  type: "actions",
  elements: [
    {
      type: "button",
      action_id: actionId,
      text: { type: "plain_text", text: title, emoji: true },
      url,
      style: "primary",
    },
  ],
});

/** The button that opens the printable plan. */
export const planButton = (title: string, url: string): Block => linkButton(OPEN_SUMMARY_ACTION, title, url);

/** The button that opens the call-back form. */
export const callbackButton = (lang: Lang, url: string): Block =>
  linkButton(OPEN_CONTACT_ACTION, CHAT_APP.callback[lang], url);

/**
 * The plan in a few blocks: the funder, the open routes with their verdicts, the next three
 * steps and the next deadline, then the button to the full plan.
 */
export function planBlocks(summary: NextStepsSummary, url: string, now?: Date): Block[] {
  const lang: Lang = summary.lang;
  const card = planCard(summary, now);
  const e = escapeMrkdwn;
  const lines = [`*${e(card.title)}*`];
  if (card.funder)
    lines.push(
      labelled(
        `*${e(card.funder.label)}*`,
        e(card.funder.note ? `${card.funder.name} (${card.funder.note})` : card.funder.name),
        lang,
      ),
    );
  const blocks: Block[] = [{ type: "divider" }, mrkdwn(lines.join("\n"))];
  if (card.routes.length) {
    const routes = card.routes.map((r) => `• ${labelled(e(r.name), `_${e(r.label)}_`, lang)}`);
    if (card.moreRoutes) routes.push(`_${e(PLAN_CARD.more(card.moreRoutes)[lang])}_`);
    blocks.push(mrkdwn([`*${PLAN_CARD.routes[lang]}*`, ...routes].join("\n")));
  }
  if (card.steps.length) {
    const steps = card.steps.map((s) => `${s.order}. ${e(s.action)} _(${e(s.who)}${s.when ? `, ${e(s.when)}` : ""})_`);
    blocks.push(mrkdwn([`*${PLAN_CARD.nextSteps[lang]}*`, ...steps].join("\n")));
  }
  if (card.deadline) {
    const { label, date, rule } = card.deadline;
    const text = date ? labelled(e(label), `*${e(date)}*`, lang) : e(label);
    blocks.push(mrkdwn([`*${PLAN_CARD.nextDeadline[lang]}*`, text, ...(rule ? [`_${e(rule)}_`] : [])].join("\n")));
  }
  if (card.unknowns)
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: e(PLAN_CARD.unknowns(card.unknowns)[lang]) }] });
  blocks.push(planButton(PLAN_CARD.openPlan[lang], url));
  return blocks;
}

/** After a change to a plan already shown: only the button to the updated plan. */
export const updatedPlanBlocks = (lang: Lang, url: string): Block[] => [planButton(CHAT_APP.updatedPlan[lang], url)];
