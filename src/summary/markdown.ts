import { formatDate, labelled } from "../core/lang";
import type { NextStepsSummary } from "../core/summary";
import { LABELS, schemeName } from "./copy";

/** Markdown special characters in user-given text are escaped so they cannot change the layout. */
export const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]<>#|])/g, "\\$1");

/**
 * Neutralises raw HTML in a Markdown reply (a tag echoed from user text, a tool or a card):
 * `<script>` becomes `\<script>`, shown as text by any Markdown renderer. Autolinks (`<https://...>`) stay.
 */
export const neutraliseHtml = (markdown: string) => markdown.replace(/<(?!https:\/\/)(?=[a-zA-Z/!?])/g, "\\<");

/** The summary as Markdown: what chat channels show and `?format=md` downloads. */
export function renderMarkdown(summary: NextStepsSummary, { complete }: { complete: boolean }): string {
  const lang = summary.lang;
  const L = LABELS[lang];
  const out: string[] = [`## ${L.title}`];
  if (!complete) out.push(`_${L.partial}_`);

  if (summary.opco) {
    out.push(
      `### ${L.opco}`,
      `**${summary.opco.name}** (${L.confidence[summary.opco.confidence]}) — ${escapeMarkdown(summary.opco.basis)}`,
    );
  } else if (summary.funder) {
    out.push(`### ${L.funder}`, escapeMarkdown(summary.funder));
  }

  const routes = summary.routes.filter((r) => r.eligible !== "no");
  if (routes.length) {
    out.push(
      `### ${L.routes}`,
      ...routes.map(
        (r) =>
          `- ${labelled(`**${schemeName(r.scheme, lang)}** (${L.eligible[r.eligible]}, ${r.funder})`, r.why, lang)}`,
      ),
    );
  }

  if (summary.qualiopi) {
    const explanation =
      typeof summary.qualiopi.explanation === "string" ? summary.qualiopi.explanation : summary.qualiopi.status;
    out.push(`### ${L.qualiopi}`, explanation);
  }

  out.push(
    `### ${L.steps}`,
    ...summary.steps.map((s) => `${s.order}. ${s.action} — _${s.who}${s.when ? `, ${s.when}` : ""}_`),
  );

  if (summary.deadlines.length) {
    out.push(
      `### ${L.deadlines}`,
      ...summary.deadlines.map((d) => {
        const date = typeof d.date === "string" ? ` : **${formatDate(d.date, lang)}**` : "";
        const rule = typeof d.rule === "string" ? ` (${d.rule})` : "";
        return `- ${d.label}${date}${rule}`;
      }),
    );
  }

  if (summary.documents.length) {
    out.push(`### ${L.documents}`);
    for (const phase of ["before", "after"] as const) {
      const docs = summary.documents.filter((d) => d.phase === phase);
      if (!docs.length) continue;
      out.push(
        `**${L[phase]}**`,
        ...docs.map((d) => `- ${d.label}${typeof d.who === "string" ? ` — _${d.who}_` : ""}`),
      );
    }
  }

  if (summary.unknowns.length) out.push(`### ${L.unknowns}`, ...summary.unknowns.map((u) => `- ${u}`));
  if (summary.citations.length) {
    out.push(
      `### ${L.sources}`,
      ...summary.citations.map((c) => (c.url ? `- [${c.title}](${c.url})` : `- ${c.title}`)),
    );
  }
  return out.join("\n\n").replace(/\n\n(- |\d+\. )/g, "\n$1");
}
