/** An element with attributes and, optionally, its text (always as text, never as markup). */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
};

/** A button that runs `onClick`. */
export const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}) => {
  const b = h("button", { type: "button", ...attrs }, text);
  b.addEventListener("click", onClick);
  return b;
};

/** A link that opens in a new tab, https (or same-origin relative) only. */
export const link = (text: string, href: string, attrs: Record<string, string> = {}) =>
  h("a", { href, target: "_blank", rel: "noopener noreferrer", ...attrs }, text);
