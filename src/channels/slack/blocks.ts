import type { ChatResponse } from "../../core/chat";
import { type Lang, labelled } from "../../core/lang";
import type { Citation, QuickReply } from "../../core/reply";
import { CHAT_APP } from "../copy";
import { planCard } from "../plan-card";
import { replyView } from "../reply-view";
import { escapeMrkdwn, toMrkdwn } from "./mrkdwn";
import { callbackButton, planBlocks, updatedPlanBlocks } from "./plan-blocks";

/** Block Kit limits this renderer stays within. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  buttonLabel: 75,
  buttonValue: 2000,
  buttonsPerActions: 25,
  fallbackText: 3000,
} as const;

/** Action ids of the quick-reply buttons: `quick_reply_{i}` plays the value (`open_summary`, in plan-blocks.ts, only opens a link). */
export const QUICK_REPLY_ACTION = /^quick_reply_\d+$/;
/** The quick replies' `block_id` carries the session they answer, checked when a button is clicked. */
export const QUICK_REPLIES_BLOCK_PREFIX = "qr|";

type Text = { type: "mrkdwn"; text: string } | { type: "plain_text"; text: string; emoji?: boolean };
export interface Button {
  type: "button";
  action_id: string;
  text: { type: "plain_text"; text: string; emoji: boolean };
  value?: string;
  url?: string;
  style?: "primary";
}
export type Block =
  | { type: "section"; text: Text }
  | { type: "context"; elements: Text[] }
  | { type: "actions"; block_id?: string; elements: Button[] }
  | { type: "divider" };

/** What `chat.postMessage` (or a `response_url`) gets: blocks and the notification text. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const ELLIPSIS = "…";
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}${ELLIPSIS}`;

/** Where a chunk of mrkdwn can end at or before `max` without cutting a word, a `<link>` or an `&entity;`. */
function cutAt(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let at = text.lastIndexOf("\n", max);
  if (at < max / 2) at = text.lastIndexOf(" ", max);
  if (at < max / 2) at = max;
  const open = text.lastIndexOf("<", at - 1);
  if (open > text.lastIndexOf(">", at - 1) && open > 0) at = open;
  const amp = text.lastIndexOf("&", at - 1);
  if (amp > 0 && amp > at - 6 && !text.slice(amp, at).includes(";")) at = amp;
  return at;
}

/** Splits mrkdwn into section texts of at most `max` characters, on paragraph breaks first. */
export function splitSections(mrkdwn: string, max: number = LIMITS.sectionText): string[] {
  const sections: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim()) sections.push(current.trim());
    current = "";
  };
  for (const paragraph of mrkdwn.split(/\n{2,}/)) {
    const joined = current ? `${current}\n\n${paragraph}` : paragraph;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    flush();
    let rest = paragraph;
    while (rest.length > max) {
      const at = cutAt(rest, max);
      sections.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trimStart();
    }
    current = rest;
  }
  flush();
  return sections;
}

const section = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });

/** Keeps `keep` sections; when some are dropped, the last kept one says so. */
function keepSections(sections: string[], keep: number): string[] {
  if (sections.length <= keep) return sections;
  const kept = sections.slice(0, keep);
  const last = kept.at(-1);
  if (last !== undefined) kept[kept.length - 1] = clip(`${last}\n${ELLIPSIS}`, LIMITS.sectionText);
  return kept;
}

/** Quick replies as `actions` blocks of buttons (25 per block), each button playing its value. */
export function quickReplyBlocks(quickReplies: readonly QuickReply[], sessionId: string): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < quickReplies.length; start += LIMITS.buttonsPerActions) {
    blocks.push({
      type: "actions",
      block_id: `${QUICK_REPLIES_BLOCK_PREFIX}${sessionId}|${start / LIMITS.buttonsPerActions}`,
      elements: quickReplies.slice(start, start + LIMITS.buttonsPerActions).map((reply, offset) => ({
        type: "button",
        action_id: `quick_reply_${start + offset}`,
        text: { type: "plain_text", text: clip(reply.label, LIMITS.buttonLabel), emoji: true },
        value: reply.value.slice(0, LIMITS.buttonValue),
      })),
    });
  }
  return blocks;
}

/** Citations as one context line: linked titles where the card has an official page. */
export function citationBlock(citations: readonly Citation[], lang: Lang): Block | null {
  if (!citations.length) return null;
  const links = citations.map((c) =>
    c.url ? `<${c.url}|${escapeMrkdwn(c.title.replace(/\|/g, "/"))}>` : escapeMrkdwn(c.title),
  );
  return {
    type: "context",
    elements: [
      { type: "mrkdwn", text: clip(labelled(CHAT_APP.sources[lang], links.join(" · "), lang), LIMITS.sectionText) },
    ],
  };
}

/** URL of the printable HTML summary of a session. */
export const summaryUrl = (baseUrl: string, sessionId: string) =>
  `${baseUrl}/api/sessions/${encodeURIComponent(sessionId)}/summary?format=html`;

/**
 * Renders one dialogue response as a Slack message: the reply in sections (without the plan and
 * without the sources line), its sources, the plan once as a few blocks with a button to the
 * printable plan (`summaryUrl`, signed by the caller; unsigned from `baseUrl` otherwise), or only
 * that button when the plan shown before changed, and the quick replies as buttons, within Block
 * Kit's limits (50 blocks, 3000 characters a section). When the centre offers to call back, a
 * button opens its form (`contactUrl`).
 */
export function renderResponse(
  response: ChatResponse,
  options: { baseUrl: string; summaryUrl?: string | undefined; contactUrl?: string | undefined },
): SlackMessage {
  const { reply, lang, sessionId } = response;
  const view = replyView(response);
  const mrkdwn = toMrkdwn(view.text);
  const replySections = splitSections(mrkdwn);
  const url = options.summaryUrl ?? summaryUrl(options.baseUrl, sessionId);
  const plan = [
    ...(view.plan ? (view.planUpdated ? updatedPlanBlocks(lang, url) : planBlocks(view.plan, url)) : []),
    // The centre's call-back, as a button to its form.
    ...(response.offerCallback && options.contactUrl ? [callbackButton(lang, options.contactUrl)] : []),
  ];
  const sources = citationBlock(reply.citations, lang);
  const buttons = quickReplyBlocks(reply.quickReplies, sessionId);
  const budget = Math.max(LIMITS.blocks - (sources ? 1 : 0) - plan.length - buttons.length, 1);
  const blocks: Block[] = [
    ...keepSections(replySections, Math.min(replySections.length, budget)).map(section),
    ...(sources ? [sources] : []),
    ...plan,
    ...buttons,
  ];
  const card = view.plan ? planCard(view.plan) : null;
  return {
    text: clip(mrkdwn || card?.title || "", LIMITS.fallbackText),
    blocks: blocks.slice(0, LIMITS.blocks),
  };
}
