/**
 * Markdown for the terminal: the assistant's replies parsed by `marked`'s lexer, then written
 * with ANSI styles (bold, italic, underlined links) and wrapped to the width of the terminal by
 * `wrap-ansi`. Headings are bold lines, lists keep their bullets and numbers with a hanging
 * indent, and a link shows its text then its URL, which terminals make clickable.
 */
import { Lexer, type Token, type Tokens } from "marked";
import wrapAnsi from "wrap-ansi";

export interface TerminalOptions {
  /** Columns to wrap to (the terminal's width); 80 by default. */
  width?: number;
  /** ANSI styles; off when the output is not a terminal or NO_COLOR is set. */
  color?: boolean;
}

const SGR = { bold: [1, 22], italic: [3, 23], underline: [4, 24], dim: [2, 22] } as const;
type Style = keyof typeof SGR;

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** The renderer of one call: styles on or off, one width. */
function renderer({ width = 80, color = true }: TerminalOptions) {
  const style = (name: Style, text: string) =>
    color && text ? `\x1b[${SGR[name][0]}m${text}\x1b[${SGR[name][1]}m` : text;

  function inline(tokens: readonly Token[] = []): string {
    return tokens.map(inlineToken).join("");
  }

  function inlineToken(token: Token): string {
    switch (token.type) {
      case "strong":
        return style("bold", inline((token as Tokens.Strong).tokens));
      case "em":
        return style("italic", inline((token as Tokens.Em).tokens));
      case "del":
        return inline((token as Tokens.Del).tokens);
      case "codespan":
        return decode((token as Tokens.Codespan).text);
      case "br":
        return "\n";
      case "link": {
        const link = token as Tokens.Link;
        const label = inline(link.tokens);
        const url = style("underline", link.href);
        return decode(link.text) === link.href || !label ? url : `${label} (${url})`;
      }
      case "text": {
        const text = token as Tokens.Text;
        return text.tokens ? inline(text.tokens) : decode(text.text);
      }
      case "escape":
        return (token as Tokens.Escape).text;
      default:
        return "raw" in token ? decode(String(token.raw)) : "";
    }
  }

  /** Wraps `text` to the width left after `first` (the bullet), indenting continuation lines under the text. */
  const hanging = (first: string, text: string, indent: number) => {
    const pad = " ".repeat(indent + first.length);
    const lines = wrapAnsi(text, Math.max(20, width - pad.length), { trim: true }).split("\n");
    return lines.map((line, i) => (i === 0 ? `${" ".repeat(indent)}${first}${line}` : `${pad}${line}`)).join("\n");
  };

  function list(token: Tokens.List, indent: number): string {
    const start = typeof token.start === "number" ? token.start : 1;
    return token.items
      .map((item, i) => {
        const bullet = token.ordered ? `${start + i}. ` : "• ";
        const own = item.tokens.filter((t) => t.type !== "list");
        const text = own.map((t) => (t.type === "paragraph" || t.type === "text" ? inlineToken(t) : "")).join("\n");
        const nested = item.tokens.filter((t): t is Tokens.List => t.type === "list").map((l) => list(l, indent + 2));
        return [hanging(bullet, text, indent), ...nested].join("\n");
      })
      .join("\n");
  }

  function block(token: Token): string | null {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        const text = style("bold", wrapAnsi(inline(heading.tokens), width, { trim: true }));
        return heading.depth <= 2 ? style("underline", text) : text;
      }
      case "paragraph":
        return wrapAnsi(inline((token as Tokens.Paragraph).tokens), width, { trim: true });
      case "text":
        return wrapAnsi(inlineToken(token), width, { trim: true });
      case "list":
        return list(token as Tokens.List, 2);
      case "blockquote":
        return (token as Tokens.Blockquote).tokens
          .map(block)
          .filter((text): text is string => text !== null)
          .join("\n\n")
          .split("\n")
          .map((line) => `│ ${line}`)
          .join("\n");
      case "code":
        return (token as Tokens.Code).text
          .split("\n")
          .map((line) => `    ${line}`)
          .join("\n");
      case "hr":
        return style("dim", "─".repeat(Math.min(width, 40)));
      case "space":
        return null;
      default:
        return "raw" in token ? String(token.raw).trim() : null;
    }
  }

  return (markdown: string) =>
    new Lexer()
      .lex(markdown)
      .map(block)
      .filter((text): text is string => Boolean(text))
      .join("\n\n");
}

/** `markdown` as the terminal shows it: styled (unless `color` is false) and wrapped to `width`. */
export const renderTerminal = (markdown: string, options: TerminalOptions = {}): string => renderer(options)(markdown);

/** Whether to use ANSI styles on `stream`: a terminal, and no NO_COLOR in the environment. */
export const wantsColor = (stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env) =>
  Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== "dumb";
