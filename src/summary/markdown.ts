import { labelled, listed } from "../core/lang";
import type { NextStepsSummary } from "../core/summary";
import { COURSES, fundingHeadings, LABELS, schemeName } from "./copy";
import { contactLine, dueOf, madeLine, recapOf } from "./recap";

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
  const made = madeLine(summary);
  if (made) out.push(`_${escapeMarkdown(made)}_`);
  if (!complete) out.push(`_${L.partial}_`);

  out.push(
    `### ${L.project}`,
    ...recapOf(summary).map(([label, value]) => `- ${labelled(label, escapeMarkdown(value), lang)}`),
  );

  if (summary.opco) {
    const site = summary.opco.website ? ` — <${summary.opco.website}>` : "";
    out.push(
      `### ${fundingHeadings(summary.profile.role, lang).opco}`,
      `**${summary.opco.name}** (${L.confidence[summary.opco.confidence]}) — ${escapeMarkdown(summary.opco.basis)}${site}`,
    );
  } else if (summary.funder) {
    out.push(`### ${L.funder}`, escapeMarkdown(summary.funder));
  }

  const routes = summary.routes.filter((r) => r.eligible !== "no");
  const others = summary.otherFunders ?? [];
  if (routes.length || others.length) {
    out.push(
      `### ${fundingHeadings(summary.profile.role, lang).routes}`,
      ...others.map((o) => `- ${labelled(`**${o.funder}**`, o.why, lang)}`),
      ...routes.map(
        (r) =>
          `- ${labelled(`**${schemeName(r.scheme, lang, summary.profile.role)}** (${L.eligible[r.eligible]}, ${r.funder})`, r.why, lang)}`,
      ),
    );
  }

  if (summary.aids?.length) {
    out.push(
      `### ${L.aids}`,
      ...summary.aids.map(
        (a) =>
          `- **${a.label}**. ${labelled(L.conditions, listed(a.conditions, lang), lang)}. ${labelled(L.source, `<${a.source}>`, lang)}`,
      ),
    );
  }

  if (summary.courses?.length) {
    out.push(
      `### ${escapeMarkdown(COURSES.heading(summary.centre?.name)[lang])}`,
      ...summary.courses.map(
        (c) => `- **${escapeMarkdown(c.title)}** — ${escapeMarkdown(c.line)}${c.url ? ` — <${c.url}>` : ""}`,
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
        const due = dueOf(d, lang, summary.createdAt);
        const rule = typeof d.rule === "string" ? ` ${d.rule}` : "";
        const source = typeof d.source === "string" ? ` ${labelled(L.source, `<${d.source}>`, lang)}` : "";
        return `- ${due ? labelled(`**${d.label}**`, `**${due}**.`, lang) : `**${d.label}**.`}${rule}${source}`;
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
      ...summary.citations.map((c) => (c.url ? `- [${c.title}](${c.url}) — <${c.url}>` : `- ${c.title}`)),
    );
  }
  const contact = contactLine(summary);
  if (contact) out.push(`### ${L.contact}`, escapeMarkdown(contact));
  return out.join("\n\n").replace(/\n\n(- |\d+\. )/g, "\n$1");
}
