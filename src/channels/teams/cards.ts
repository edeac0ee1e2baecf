import type { ChatResponse } from "../../core/chat";
import type { Lang } from "../../core/lang";
import type { Citation, QuickReply } from "../../core/reply";
import type { NextStepsSummary } from "../../core/summary";
import { LABELS as SUMMARY_LABELS, schemeName } from "../../summary/copy";
import { CHAT_APP } from "../copy";

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

/** Quick replies as an Adaptive Card: one Action.Submit per reply, whose data carries the value. */
export function quickReplyCard(quickReplies: readonly QuickReply[], lang: Lang): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: "1.5",
    body: [{ type: "TextBlock", text: CHAT_APP.chooseAnswer[lang], wrap: true }],
    actions: quickReplies.map((reply) => ({
      type: "Action.Submit",
      title: reply.label,
      data: { action: "quickReply", value: reply.value },
    })),
  };
}

const heading = (text: string) => ({ type: "TextBlock", text, weight: "Bolder", wrap: true, spacing: "Medium" });
const line = (text: string) => ({ type: "TextBlock", text: escapeCardMarkdown(text), wrap: true, spacing: "Small" });

/** A titled list section, or nothing when the list is empty. */
const section = (title: string, items: readonly string[]) => (items.length ? [heading(title), ...items.map(line)] : []);

/** The next-steps summary as an Adaptive Card (1.5), with a button to its HTML version. */
export function summaryCard(summary: NextStepsSummary, summaryUrl: string): AdaptiveCard {
  const lang = summary.lang;
  const who: Record<string, unknown>[] = [];
  if (summary.opco) {
    who.push(
      heading("OPCO"),
      line(`${summary.opco.name} (${SUMMARY_LABELS[lang].confidence[summary.opco.confidence]})`),
    );
    if (summary.opco.basis) who.push({ ...line(summary.opco.basis), isSubtle: true });
  }
  if (summary.funder) who.push(heading(SUMMARY_LABELS[lang].funder), line(summary.funder));
  const routes = summary.routes.length
    ? [
        heading(SUMMARY_LABELS[lang].routes),
        {
          type: "FactSet",
          facts: summary.routes.map((route) => ({
            title: schemeName(route.scheme, lang),
            value: escapeCardMarkdown(
              `${SUMMARY_LABELS[lang].eligible[route.eligible]} · ${route.funder} · ${route.why}`,
            ),
          })),
        },
      ]
    : [];
  const steps = [...summary.steps]
    .sort((a, b) => a.order - b.order)
    .map((step) => `${step.order}. ${step.action} (${step.who}${step.when ? `, ${step.when}` : ""})`);
  return {
    type: "AdaptiveCard",
    $schema: CARD_SCHEMA,
    version: "1.5",
    body: [
      { type: "TextBlock", text: SUMMARY_LABELS[lang].title, size: "Large", weight: "Bolder", wrap: true },
      ...who,
      ...routes,
      ...section(SUMMARY_LABELS[lang].steps, steps),
      ...section(
        SUMMARY_LABELS[lang].deadlines,
        summary.deadlines.map((deadline) => deadline.label),
      ),
      ...section(
        SUMMARY_LABELS[lang].documents,
        summary.documents.map((document) => `• ${document.label}`),
      ),
      ...section(
        SUMMARY_LABELS[lang].unknowns,
        summary.unknowns.map((unknown) => `• ${unknown}`),
      ),
    ],
    actions: [{ type: "Action.OpenUrl", title: CHAT_APP.openSummary[lang], url: summaryUrl }],
  };
}

const adaptive = (content: AdaptiveCard) => ({
  contentType: "application/vnd.microsoft.card.adaptive" as const,
  content,
});

/** A dialogue response as the one Teams message that shows it. */
export function renderResponse(response: ChatResponse, options: RenderOptions): OutgoingMessage {
  const { reply, lang, summary } = response;
  const message: OutgoingMessage = {
    type: "message",
    textFormat: "markdown",
    text: messageText(reply.text, reply.citations, lang),
  };
  const attachments: NonNullable<OutgoingMessage["attachments"]> = [];
  if (summary) attachments.push(adaptive(summaryCard(summary, options.summaryUrl)));
  if (reply.quickReplies.length > 0) {
    if (options.personal) {
      message.suggestedActions = {
        actions: reply.quickReplies.map((quick) => ({ type: "imBack", title: quick.label, value: quick.value })),
      };
    } else {
      attachments.push(adaptive(quickReplyCard(reply.quickReplies, lang)));
    }
  }
  if (attachments.length > 0) message.attachments = attachments;
  return message;
}
