import { labelled } from "../core/lang";
import type { NextStepsSummary } from "../core/summary";
import { COURSES, fundingHeadings, LABELS, schemeName } from "./copy";
import { contactLine, dueOf, madeLine, recapOf } from "./recap";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Every text that goes into the page is escaped: nothing from the user or a tool becomes markup. */
export const escapeHtml = (value: unknown) => String(value ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
const safeUrl = (url: string) => (/^https:\/\//.test(url) ? escapeHtml(url) : "#");

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2430;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.25rem}h3{font-size:1rem;margin:1rem 0 .3rem}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d8dee6;padding-bottom:.2rem}
.note{color:#5b6572;font-style:italic}.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;background:#eef2f7;font-size:.85rem}
.yes{background:#e3f5e9}.maybe{background:#fff4d6}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #eef1f5;vertical-align:top}
a{color:#1554b3}.url{color:#5b6572;font-size:.85rem;word-break:break-all}th{font-weight:600;width:11rem}
@media print{body{margin:0;max-width:none}a{color:inherit}}`;

/** A link whose address is printed after it: a printed plan keeps its sources. */
const linkWithUrl = (title: string, url: string) =>
  `<a href="${safeUrl(url)}">${escapeHtml(title)}</a> <span class="url">${escapeHtml(url)}</span>`;

/** The summary as a standalone, printable HTML page (`?format=html`), in the session's language. */
export function renderHtml(summary: NextStepsSummary): string {
  const lang = summary.lang;
  const L = LABELS[lang];
  const parts: string[] = [];
  const made = madeLine(summary);
  if (made) parts.push(`<p class="note">${escapeHtml(made)}</p>`);
  parts.push(
    `<h2>${L.project}</h2><table>${recapOf(summary)
      .map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
      .join("")}</table>`,
  );
  if (summary.opco) {
    const site = summary.opco.website
      ? `<br>${labelled(escapeHtml(L.website), linkWithUrl(summary.opco.name, summary.opco.website), lang)}`
      : "";
    parts.push(
      `<h2>${fundingHeadings(summary.profile.role, lang).opco}</h2><p><strong>${escapeHtml(summary.opco.name)}</strong> <span class="badge">${L.confidence[summary.opco.confidence]}</span><br>${escapeHtml(summary.opco.basis)}${site}</p>`,
    );
  } else if (summary.funder) {
    parts.push(`<h2>${L.funder}</h2><p>${escapeHtml(summary.funder)}</p>`);
  }
  const routes = summary.routes.filter((r) => r.eligible !== "no");
  const others = summary.otherFunders ?? [];
  if (routes.length || others.length) {
    parts.push(
      `<h2>${fundingHeadings(summary.profile.role, lang).routes}</h2><table>${others
        .map((o) => `<tr><td><strong>${escapeHtml(o.funder)}</strong></td><td>${escapeHtml(o.why)}</td></tr>`)
        .join("")}${routes
        .map(
          (r) =>
            `<tr><td><strong>${escapeHtml(schemeName(r.scheme, lang, summary.profile.role))}</strong><br><span class="badge ${r.eligible}">${L.eligible[r.eligible]}</span></td><td>${escapeHtml(r.why)}<br><em>${escapeHtml(r.funder)}</em></td></tr>`,
        )
        .join("")}</table>`,
    );
  }
  if (summary.aids?.length) {
    parts.push(
      `<h2>${L.aids}</h2><ul>${summary.aids
        .map(
          (a) =>
            `<li><strong>${escapeHtml(a.label)}</strong><ul>${a.conditions.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul>${labelled(escapeHtml(L.source), linkWithUrl(a.source, a.source), lang)}</li>`,
        )
        .join("")}</ul>`,
    );
  }
  if (summary.courses?.length) {
    parts.push(
      `<h2>${escapeHtml(COURSES.heading(summary.centre?.name)[lang])}</h2><ul>${summary.courses
        .map(
          (c) =>
            `<li><strong>${c.url ? linkWithUrl(c.title, c.url) : escapeHtml(c.title)}</strong><br>${escapeHtml(c.line)}</li>`,
        )
        .join("")}</ul>`,
    );
  }
  if (summary.qualiopi)
    parts.push(`<h2>${L.qualiopi}</h2><p>${escapeHtml(summary.qualiopi.explanation ?? summary.qualiopi.status)}</p>`);
  parts.push(
    `<h2>${L.steps}</h2><ol>${summary.steps.map((s) => `<li>${escapeHtml(s.action)} <em>${escapeHtml(s.who)}${s.when ? `, ${escapeHtml(s.when)}` : ""}</em></li>`).join("")}</ol>`,
  );
  if (summary.deadlines.length) {
    parts.push(
      `<h2>${L.deadlines}</h2><ul>${summary.deadlines
        .map((d) => {
          const due = dueOf(d, lang, summary.createdAt);
          const source =
            typeof d.source === "string"
              ? `<br>${labelled(escapeHtml(L.source), linkWithUrl(d.source, d.source), lang)}`
              : "";
          return `<li><strong>${escapeHtml(d.label)}</strong>${due ? labelled("", `<strong>${escapeHtml(due)}</strong>`, lang) : ""}. ${typeof d.rule === "string" ? escapeHtml(d.rule) : ""}${source}</li>`;
        })
        .join("")}</ul>`,
    );
  }
  if (summary.documents.length) {
    parts.push(`<h2>${L.documents}</h2>`);
    for (const phase of ["before", "after"] as const) {
      const docs = summary.documents.filter((d) => d.phase === phase);
      if (docs.length)
        parts.push(
          `<h3>${L[phase]}</h3><ul>${docs.map((d) => `<li>${escapeHtml(d.label)}${d.who ? ` <em>${escapeHtml(d.who)}</em>` : ""}</li>`).join("")}</ul>`,
        );
    }
  }
  if (summary.unknowns.length)
    parts.push(`<h2>${L.unknowns}</h2><ul>${summary.unknowns.map((u) => `<li>${escapeHtml(u)}</li>`).join("")}</ul>`);
  if (summary.citations.length) {
    parts.push(
      `<h2>${L.sources}</h2><ul>${summary.citations.map((c) => `<li>${c.url ? linkWithUrl(c.title, c.url) : escapeHtml(c.title)}</li>`).join("")}</ul>`,
    );
  }
  const contact = contactLine(summary);
  if (contact) parts.push(`<h2>${L.contact}</h2><p>${escapeHtml(contact)}</p>`);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${L.title}</title><style>${STYLE}</style></head>
<body><h1>${L.title}</h1>${parts.join("\n")}</body></html>
`;
}
