import type { ChatResponse } from "../core/chat";
import type { Citation } from "../core/reply";
import type { NextStepsSummary } from "../core/summary";
import { TURN } from "../dialogue/copy";
import { neutraliseHtml } from "../summary/markdown";

/** What a surface shows of one response: each thing once. */
export interface ReplyView {
  /** The reply's Markdown without the plan it carries and without the sources line its citations repeat. */
  text: string;
  /** The plan the response carries (the surface shows it as a card, or links to it), or null. */
  plan: NextStepsSummary | null;
  /** The plan had been shown before and changed: a short note and a link, not the plan again. */
  planUpdated: boolean;
}

const LINK_URLS = /\]\(([^)\s]+)\)/g;
const SOURCES_LINE = /^\*{0,2}Sources\*{0,2}\s?:/;

/**
 * A paragraph that only lists sources the citations already carry ("Sources : [a](...), [b](...)"):
 * the surfaces show the citations themselves, so the line would say it twice.
 */
export function isSourcesParagraph(paragraph: string, citations: readonly Citation[]): boolean {
  if (!SOURCES_LINE.test(paragraph.trim())) return false;
  const cited = new Set(citations.flatMap((c) => (c.url ? [c.url] : [])));
  const urls = [...paragraph.matchAll(LINK_URLS)].map((m) => m[1] ?? "");
  return urls.length > 0 && urls.every((url) => cited.has(url));
}

/** `text` without the plan's Markdown (as written, or as the reply neutralised it). */
function withoutPlan(text: string, summary: NextStepsSummary | null): string {
  if (!summary?.text) return text;
  for (const plan of new Set([summary.text, neutraliseHtml(summary.text)])) {
    if (text.includes(plan)) return text.replace(plan, "");
  }
  return text;
}

/** The response as the chat surfaces show it: the plan apart (once), sources once. */
export function replyView(response: Pick<ChatResponse, "lang" | "reply" | "summary">): ReplyView {
  const { reply, summary, lang } = response;
  const rest = withoutPlan(reply.text, summary);
  const paragraphs = rest
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p && !isSourcesParagraph(p, reply.citations));
  const updated = TURN.updated[lang];
  return {
    text: paragraphs.join("\n\n"),
    plan: summary,
    planUpdated: summary !== null && paragraphs.includes(updated),
  };
}
