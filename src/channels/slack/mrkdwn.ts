/** Escapes the three characters Slack's mrkdwn gives a meaning to. */
export const escapeMrkdwn = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const LINK = /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)/g;
const BOLD = "\u0001";

/** Inline Markdown of one stretch of text without links: escape, then bold, italic, strike. */
function inline(text: string): string {
  return escapeMrkdwn(text)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, `${BOLD}$1${BOLD}`)
    .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, "_$1_")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "~$1~")
    .replaceAll(BOLD, "*");
}

/** Link text cannot carry formatting in Slack, and `|` would end it. */
const linkLabel = (label: string) => escapeMrkdwn(label.replace(/\*\*|__/g, "").replace(/\|/g, "/"));

/** One line of Markdown with its links turned into `<url|text>`. */
function line(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label = "", url = ""] = match;
    out += `${inline(text.slice(last, match.index))}<${url.replace(/[<>|]/g, encodeURIComponent)}|${linkLabel(label)}>`;
    last = match.index + whole.length;
  }
  return out + inline(text.slice(last));
}

/**
 * Markdown (as the dialogue writes it) to Slack mrkdwn: `**b**` -> `*b*`, `*i*` -> `_i_`,
 * `[t](u)` -> `<u|t>`, headings -> bold lines, list bullets -> `•`, `&`, `<`, `>` escaped.
 * Code spans, code blocks and quotes keep Slack's own syntax, which is Markdown's.
 */
export function toMrkdwn(markdown: string): string {
  let inCode = false;
  return markdown
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((raw) => {
      if (raw.trimStart().startsWith("```")) {
        inCode = !inCode;
        return raw.trim();
      }
      if (inCode) return escapeMrkdwn(raw);
      const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
      if (heading) {
        const title = line((heading[1] ?? "").replace(/\*\*|__/g, ""));
        return title ? `*${title}*` : "";
      }
      const quote = /^\s{0,3}>\s?(.*)$/.exec(raw);
      if (quote) return `> ${line(quote[1] ?? "")}`;
      const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(raw);
      if (bullet) return `${bullet[1] ?? ""}• ${line(bullet[2] ?? "")}`;
      return line(raw);
    })
    .join("\n");
}

/**
 * What a user typed in Slack, as plain text: mentions removed, `<url|label>` links and
 * `<#C1|name>` channels as their labels, and `&amp;`, `&lt;`, `&gt;` unescaped.
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/gi, "#$1")
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/gi, "@$1")
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, "$2")
    .replace(/<((?:https?|mailto):[^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
