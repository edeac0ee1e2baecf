import { PLAN_CARD } from "../../src/channels/copy";
import type { PlanCard } from "../../src/channels/plan-card";
import { type Lang, labelled } from "../../src/core/lang";
import { escapeMarkdown } from "../../src/summary/markdown";

/** The plan card as Markdown for the terminal renderer: the funder, routes, next steps and deadline. */
export function planCardMarkdown(card: PlanCard): string {
  const lang: Lang = card.lang;
  const e = escapeMarkdown;
  const out = [`## ${e(card.title)}`];
  if (card.funder)
    out.push(
      labelled(
        `**${e(card.funder.label)}**`,
        e(card.funder.note ? `${card.funder.name} (${card.funder.note})` : card.funder.name),
        lang,
      ),
    );
  if (card.routes.length) {
    out.push(`**${PLAN_CARD.routes[lang]}**`);
    out.push(
      [
        ...card.routes.map((r) => `- ${labelled(e(r.name), `_${e(r.label)}_`, lang)}`),
        ...(card.moreRoutes ? [`- _${e(PLAN_CARD.more(card.moreRoutes)[lang])}_`] : []),
      ].join("\n"),
    );
  }
  if (card.steps.length) {
    out.push(`**${PLAN_CARD.nextSteps[lang]}**`);
    out.push(
      card.steps.map((s) => `${s.order}. ${e(s.action)} — _${e(s.who)}${s.when ? `, ${e(s.when)}` : ""}_`).join("\n"),
    );
  }
  if (card.deadline) {
    const { label, date, rule } = card.deadline;
    out.push(
      labelled(
        `**${PLAN_CARD.nextDeadline[lang]}**`,
        `${e(label)}${date ? ` — **${e(date)}**` : ""}${rule ? ` (${e(rule)})` : ""}`,
        lang,
      ),
    );
  }
  if (card.unknowns) out.push(`_${e(PLAN_CARD.unknowns(card.unknowns)[lang])}_`);
  return out.join("\n\n");
}

/** The format `/save` writes: HTML for a .html or .htm file, Markdown otherwise. */
export const saveFormat = (file: string): "html" | "md" => (/\.html?$/i.test(file) ? "html" : "md");

/** The file `/save` writes when none is named. */
export const DEFAULT_PLAN_FILE = "plan-formation.md";
