import type { ChatResponse } from "../../core/chat";
import { type Lang, labelled } from "../../core/lang";
import type { Citation, QuickReply } from "../../core/reply";
import type { NextStepsSummary } from "../../core/summary";
import { CHAT_APP, PLAN_CARD } from "../copy";
import { planCard } from "../plan-card";
import { replyView } from "../reply-view";

/** An Adaptive Card as Teams expects it in an attachment. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
}

/** One message the bot posts (the connector adds from, recipient, conversation and replyToId). */
export interface OutgoingMessage {
  type: "message";
  textFormat: "markdown";
  text: string;
  suggestedActions?: { actions: { type: "imBack"; title: string; value: string }[] };
  attachments?: { contentType: "application/vnd.microsoft.card.adaptive"; content: AdaptiveCard }[];
}

export interface RenderOptions {
  /** Where the HTML version of the session's summary is served. */
  summaryUrl: string;
  /** The call-back form of the session, shown as a button when the centre offers it. */
  contactUrl?: string | undefined;
  /**
   * Personal (1:1) chats show quick replies as suggested actions, which Teams only supports
   * there; group chats and channels get an Adaptive Card with Action.Submit buttons instead.
   */
  personal: boolean;
}

const CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

/** Teams renders some HTML in messages: user-influenced text must not open tags or mentions. */
export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Adaptive Card TextBlocks read a Markdown subset: show these characters literally. */
export const escapeCardMarkdown = (text: string) => text.replace(/[\\*_[\]`#>~|{}]/g, (char) => `\\${char}`);

/** A Markdown link, or the plain title when the citation has no https URL. */
function citationLink({ title, url }: Citation): string {
  const label = title.replace(/[[\]\\]/g, (char) => `\\${char}`);
  if (!url?.startsWith("https://")) return label;
  return `[${label}](${url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20")})`;
}

/** The reply text (Markdown) with its citations as a list of links. */
export function messageText(text: string, citations: readonly Citation[], lang: Lang): string {
  const body = escapeHtml(text);
  if (citations.length === 0) return body;
  const links = citations.map((citation) => `- ${escapeHtml(citationLink(citation))}`).join("\n");
  return `${body}\n\n**${CHAT_APP.sources[lang]}**\n${links}`;
}

/** The schema's limit of actions in one action set (the validator's "Maximum number of actions exceeded"). */
export const MAX_CARD_ACTIONS = 5;
/** Teams shows the first three suggested actions of a 1:1 chat and hides the others. */
export const MAX_SUGGESTED_ACTIONS = 3;
/** Buttons shown before "more choices": the most likely answers, as the dialogue orders them. */
export const LIKELY_REPLIES = 3;

const submit = (reply: QuickReply) => ({
  type: "Action.Submit",
  title: reply.label,
  data: { action: "quickReply", value: reply.value },
});

/** Action sets of at most five buttons each. */
function actionSets(replies: readonly QuickReply[]): Record<string, unknown>[] {
  const sets: Record<string, unknown>[] = [];
  for (let start = 0; start < replies.length; start += MAX_CARD_ACTIONS)
    sets.push({ type: "ActionSet", actions: replies.slice(start, start + MAX_CARD_ACTIONS).map(submit) });
  return sets;
}

/** "More choices…": a button that unfolds the other answers, five buttons per row at most. */
const moreChoices = (replies: readonly QuickReply[], lang: Lang) => ({
  type: "Action.ShowCard",
  title: CHAT_APP.moreChoices[lang],
  card: {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: "1.5",
    body: [{ type: "TextBlock", text: CHAT_APP.otherAnswers[lang], wrap: true }, ...actionSets(replies)],
  },
});

/**
 * Quick replies as an Adaptive Card of Action.Submit buttons, whose data carries the value. Up
 * to five fit the schema's limit; beyond, the three most likely stay in sight and the others
 * unfold under "More choices…".
 */
export function quickReplyCard(quickReplies: readonly QuickReply[], lang: Lang): AdaptiveCard {
  const fits = quickReplies.length <= MAX_CARD_ACTIONS;
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: "1.5",
    body: [{ type: "TextBlock", text: CHAT_APP.chooseAnswer[lang], wrap: true }],
    actions: fits
      ? quickReplies.map(submit)
      : [...quickReplies.slice(0, LIKELY_REPLIES).map(submit), moreChoices(quickReplies.slice(LIKELY_REPLIES), lang)],
  };
}

/** In a 1:1 chat beyond three replies: a small card whose one button unfolds the rest. */
export function moreChoicesCard(rest: readonly QuickReply[], lang: Lang): AdaptiveCard {
  return { type: "AdaptiveCard", $schema: CARD_SCHEMA, version: "1.5", body: [], actions: [moreChoices(rest, lang)] };
}

const heading = (text: string) => ({ type: "TextBlock", text, weight: "Bolder", wrap: true, spacing: "Medium" });
const line = (text: string) => ({ type: "TextBlock", text: escapeCardMarkdown(text), wrap: true, spacing: "Small" });
const subtle = (text: string) => ({ ...line(text), isSubtle: true });

/**
 * The plan as a compact Adaptive Card (1.5): the funder, the open routes with their verdicts,
 * the next three steps and the next deadline, with a button to the full printable plan.
 */
export function summaryCard(summary: NextStepsSummary, summaryUrl: string, now?: Date): AdaptiveCard {
  const lang = summary.lang;
  const card = planCard(summary, now);
  const body: Record<string, unknown>[] = [
    { type: "TextBlock", text: card.title, size: "Large", weight: "Bolder", wrap: true },
  ];
  if (card.funder)
    body.push(
      heading(card.funder.label),
      line(card.funder.note ? `${card.funder.name} (${card.funder.note})` : card.funder.name),
    );
  if (card.routes.length) {
    body.push(heading(PLAN_CARD.routes[lang]), {
      type: "FactSet",
      facts: card.routes.map((route) => ({ title: escapeCardMarkdown(route.name), value: route.label })),
    });
    if (card.moreRoutes) body.push(subtle(PLAN_CARD.more(card.moreRoutes)[lang]));
  }
  if (card.steps.length) {
    body.push(heading(PLAN_CARD.nextSteps[lang]));
    for (const step of card.steps)
      body.push(line(`${step.order}. ${step.action} (${step.who}${step.when ? `, ${step.when}` : ""})`));
  }
  if (card.deadline) {
    const { label, date, rule } = card.deadline;
    body.push(heading(PLAN_CARD.nextDeadline[lang]), line(date ? labelled(label, date, lang) : label));
    if (rule) body.push(subtle(rule));
  }
  if (card.unknowns) body.push(subtle(PLAN_CARD.unknowns(card.unknowns)[lang]));
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: "1.5",
    body,
    actions: [{ type: "Action.OpenUrl", title: PLAN_CARD.openPlan[lang], url: summaryUrl }],
  };
}

const adaptive = (content: AdaptiveCard) => ({
  contentType: "application/vnd.microsoft.card.adaptive" as const,
  content,
});

/** The centre's call-back: one button that opens its form. */
export const callbackCard = (lang: Lang, url: string): AdaptiveCard => ({
  type: "AdaptiveCard",
  $schema: CARD_SCHEMA,
  version: "1.5",
  body: [],
  actions: [{ type: "Action.OpenUrl", title: CHAT_APP.callback[lang], url }],
});

/** A dialogue response as the one Teams message that shows it: the plan once, as a card or a link when it changed. */
export function renderResponse(response: ChatResponse, options: RenderOptions): OutgoingMessage {
  const { reply, lang } = response;
  const view = replyView(response);
  const link = view.plan && view.planUpdated ? `\n\n[${CHAT_APP.updatedPlan[lang]}](${options.summaryUrl})` : "";
  const message: OutgoingMessage = {
    type: "message",
    textFormat: "markdown",
    text: `${messageText(view.text, reply.citations, lang)}${link}`.trim(),
  };
  const attachments: NonNullable<OutgoingMessage["attachments"]> = [];
  if (view.plan && !view.planUpdated) attachments.push(adaptive(summaryCard(view.plan, options.summaryUrl)));
  if (response.offerCallback && options.contactUrl) attachments.push(adaptive(callbackCard(lang, options.contactUrl)));
  const replies = reply.quickReplies;
  if (replies.length > 0) {
    if (options.personal) {
      const shown = replies.length <= MAX_SUGGESTED_ACTIONS ? replies : replies.slice(0, LIKELY_REPLIES);
      message.suggestedActions = {
        actions: shown.map((quick) => ({ type: "imBack", title: quick.label, value: quick.value })),
      };
      if (shown.length < replies.length) attachments.push(adaptive(moreChoicesCard(replies.slice(shown.length), lang)));
    } else {
      attachments.push(adaptive(quickReplyCard(replies, lang)));
    }
  }
  if (attachments.length > 0) message.attachments = attachments;
  return message;
}
