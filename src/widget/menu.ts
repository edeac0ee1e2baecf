import { button, h } from "./dom";

export interface MenuItem {
  label: () => string;
  run: () => void;
  testId: string;
  /** Shown only when this says so (e.g. downloads once there is a plan). */
  when?: () => boolean;
}

/**
 * A small menu behind one header button ("⋮"): the actions that do not need to stay in sight
 * (start over, downloads). Arrow keys move between items; Escape or a click elsewhere closes it.
 */
export function createMenu(label: () => string, items: MenuItem[]) {
  const toggle = h("button", {
    type: "button",
    class: "menu-button",
    "aria-haspopup": "menu",
    "aria-expanded": "false",
    "data-testid": "chat-menu",
  });
  toggle.textContent = "⋮";
  const list = h("div", { class: "menu", role: "menu", hidden: "" });
  const entries = items.map((item) => {
    const b = button(
      item.label(),
      () => {
        close(false);
        item.run();
      },
      { role: "menuitem", "data-testid": item.testId },
    );
    return { item, b };
  });
  list.append(...entries.map((e) => e.b));
  const visible = () => entries.filter((e) => !e.b.hidden).map((e) => e.b);

  function open(): void {
    for (const { item, b } of entries) b.hidden = item.when ? !item.when() : false;
    list.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    visible()[0]?.focus();
  }
  function close(focus = true): void {
    if (list.hidden) return;
    list.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    if (focus) toggle.focus();
  }
  toggle.addEventListener("click", () => (list.hidden ? open() : close()));
  list.addEventListener("keydown", (event) => {
    const items = visible();
    const at = items.indexOf(event.target as HTMLButtonElement);
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      items[(at + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (event.key === "Tab") close(false);
  });
  return {
    toggle,
    list,
    close,
    /** Sets the words in the conversation's language. */
    relabel() {
      toggle.setAttribute("aria-label", label());
      for (const { item, b } of entries) b.textContent = item.label();
    },
    /** Closes the menu on a click outside it. */
    outside(event: Event) {
      if (!event.composedPath().some((n) => n === list || n === toggle)) close(false);
    },
  };
}
