import type { PlanCard } from "./api";
import { button, h, link } from "./dom";
import type { Copy } from "./i18n";

/** Where the card's buttons lead: the printable plan (new tab) and its download. */
export interface PlanActions {
  url: string;
  download: () => void;
}

const section = (title: string, ...content: HTMLElement[]) => {
  const el = h("div", { class: "plan-part" });
  el.append(h("h4", {}, title), ...content);
  return el;
};

/**
 * The plan as a compact card: the funder, the open routes with their verdicts, the next three
 * steps, the next deadline and the centre's courses that match, then "open the full plan" (the
 * printable page, in a new tab) and "download".
 */
export function planCardElement(card: PlanCard, ui: Copy, actions: PlanActions): HTMLElement {
  const el = h("div", { class: "plan", role: "group", "aria-label": card.title, "data-testid": "chat-plan-card" });
  el.append(h("h3", {}, card.title));
  if (card.draft && card.unknowns) el.append(h("p", { class: "note" }, ui.draft(card.unknowns)));
  if (card.funder) {
    const who = h("p", { class: "funder" });
    who.append(h("span", { class: "label" }, card.funder.label), h("strong", {}, card.funder.name));
    if (card.funder.note) who.append(h("span", { class: "badge" }, card.funder.note));
    el.append(who);
  }
  if (card.routes.length) {
    const list = h("ul", { class: "routes" });
    for (const route of card.routes) {
      const li = h("li");
      li.append(h("span", { class: `badge ${route.verdict}` }, route.label), document.createTextNode(` ${route.name}`));
      list.append(li);
    }
    if (card.moreRoutes) list.append(h("li", { class: "note" }, ui.more(card.moreRoutes)));
    el.append(section(ui.routes, list));
  }
  if (card.steps.length) {
    const list = h("ol", { start: String(card.steps[0]?.order ?? 1) });
    for (const step of card.steps) {
      const li = h("li", {}, step.action);
      li.append(h("small", {}, ` — ${step.who}${step.when ? `, ${step.when}` : ""}`));
      list.append(li);
    }
    el.append(section(ui.nextSteps, list));
  }
  if (card.deadline) {
    const { label, date, rule } = card.deadline;
    const p = h("p", {}, date ? `${label}${ui.sep}` : label);
    if (date) p.append(h("strong", {}, date));
    if (rule) p.append(h("small", {}, ` (${rule})`));
    el.append(section(ui.nextDeadline, p));
  }
  if (card.courses?.items.length) {
    const list = h("ul", { class: "courses", "data-testid": "chat-plan-courses" });
    for (const course of card.courses.items) {
      const li = h("li");
      li.append(
        course.url && /^https:\/\//.test(course.url) ? link(course.title, course.url) : h("strong", {}, course.title),
        h("small", {}, ` — ${course.line}`),
      );
      list.append(li);
    }
    el.append(section(card.courses.heading, list));
  }
  const buttons = h("div", { class: "plan-actions" });
  buttons.append(
    link(ui.openPlan, actions.url, { class: "primary", "data-testid": "chat-plan-open" }),
    button(ui.download, actions.download, { "data-testid": "chat-plan-download" }),
  );
  el.append(buttons);
  return el;
}
