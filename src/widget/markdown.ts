/**
 * A small, safe Markdown renderer for chat replies: it builds DOM nodes with textContent, so no
 * text from the server ever becomes markup. Supports headings (##, ###), paragraphs, bullet and
 * numbered lists, **bold**, _italic_ / *italic*, `code`, and [links](https://...) (https only).
 */
const INLINE =
  /(\*\*[^*]+\*\*|\[[^\]]+\]\((?:https:\/\/|mailto:)[^)\s]+\)|_[^_\s][^_]*_|\*[^*\s][^*]*\*|`[^`]+`|<https:\/\/[^>\s]+>)/g;

function inline(doc: Document, text: string, into: Node): void {
  let last = 0;
  const unescapeMarkdown = (s: string) => s.replace(/\\([\\`*_{}[\]<>#|])/g, "$1");
  for (const match of text.matchAll(INLINE)) {
    const token = match[0];
    const at = match.index ?? 0;
    if (at > 0 && text[at - 1] === "\\") continue;
    if (at > last) into.appendChild(doc.createTextNode(unescapeMarkdown(text.slice(last, at))));
    if (token.startsWith("**")) {
      const strong = doc.createElement("strong");
      inline(doc, token.slice(2, -2), strong);
      into.appendChild(strong);
    } else if (token.startsWith("[")) {
      const [, label = "", href = ""] = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(token) ?? [];
      const a = doc.createElement("a");
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = unescapeMarkdown(label);
      into.appendChild(a);
    } else if (token.startsWith("<")) {
      const a = doc.createElement("a");
      a.href = a.textContent = token.slice(1, -1);
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      into.appendChild(a);
    } else if (token.startsWith("`")) {
      const code = doc.createElement("code");
      code.textContent = token.slice(1, -1);
      into.appendChild(code);
    } else {
      const em = doc.createElement("em");
      inline(doc, token.slice(1, -1), em);
      into.appendChild(em);
    }
    last = at + token.length;
  }
  if (last < text.length) into.appendChild(doc.createTextNode(unescapeMarkdown(text.slice(last))));
}

/** Renders `markdown` into a fragment of safe DOM nodes. */
export function renderMarkdown(doc: Document, markdown: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const blocks = markdown.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (!lines.length) continue;
    const heading = /^(#{1,4})\s+(.*)$/.exec(lines[0] ?? "");
    if (heading && lines.length === 1) {
      const h = doc.createElement(heading[1]!.length <= 2 ? "h3" : "h4");
      inline(doc, heading[2] ?? "", h);
      fragment.appendChild(h);
      continue;
    }
    let list: HTMLElement | null = null;
    let paragraph: HTMLElement | null = null;
    for (const line of lines) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*(\d+)\.\s+(.*)$/.exec(line);
      const head = /^(#{1,4})\s+(.*)$/.exec(line);
      if (head) {
        list = paragraph = null;
        const h = doc.createElement(head[1]!.length <= 2 ? "h3" : "h4");
        inline(doc, head[2] ?? "", h);
        fragment.appendChild(h);
      } else if (bullet || numbered) {
        const tag = bullet ? "ul" : "ol";
        if (!list || list.tagName.toLowerCase() !== tag) {
          list = doc.createElement(tag);
          if (numbered && numbered[1] !== "1") list.setAttribute("start", numbered[1] ?? "1");
          fragment.appendChild(list);
        }
        paragraph = null;
        const li = doc.createElement("li");
        inline(doc, (bullet ? bullet[1] : numbered?.[2]) ?? "", li);
        list.appendChild(li);
      } else {
        list = null;
        if (!paragraph) {
          paragraph = doc.createElement("p");
          fragment.appendChild(paragraph);
        } else paragraph.appendChild(doc.createElement("br"));
        inline(doc, line, paragraph);
      }
    }
  }
  return fragment;
}
