import type { Stats, Unanswered } from "../analytics/stats";
import { daysBetween } from "../core/days";
import { formatDate, type Lang, labelled } from "../core/lang";
import { htmlPage } from "../http/page";
import { CHANNEL_LABELS, PREFERRED_TIME_LABELS } from "../leads/copy";
import type { LeadRecord } from "../leads/store";
import { ROLE_NAMES, schemeName } from "../summary/copy";
import { escapeHtml as e } from "../summary/html";
import { barChart, dailyChart } from "./charts";
import { ADMIN, STEP_NAMES } from "./copy";

const STEPS = ["profile", "company", "headcount", "training", "provider", "review", "summary"] as const;
/** The periods offered as links, in days. */
export const PERIODS = [7, 30, 90, 365] as const;

/** A page of the dashboard. */
const layout = (lang: Lang, title: string, body: string) =>
  htmlPage({ lang, title: e(title), stylesheet: "/admin/admin.css", body });

/** The sign-in page: the token, in a password field; `problem` when the last one was wrong. */
export function loginPage(lang: Lang, centre: string, problem?: string): string {
  const t = ADMIN;
  const error = problem ? `<p class="problem" role="alert" id="token-error">${e(problem)}</p>` : "";
  const invalid = problem ? ` aria-invalid="true" aria-describedby="token-error"` : "";
  return layout(
    lang,
    `${t.loginTitle[lang]} — ${centre}`,
    `<main class="narrow">
<h1>${e(t.loginTitle[lang])}</h1>
<p>${e(centre)}</p>
<p>${e(t.loginLead[lang])}</p>
${error}
<form method="post" action="/admin/login">
<label for="token">${e(t.token[lang])}</label>
<input type="password" id="token" name="token" autocomplete="current-password" required${invalid}>
<button type="submit">${e(t.signIn[lang])}</button>
</form>
</main>`,
  );
}

/** A page that only says something (the dashboard is off, no database). */
export const noticePage = (lang: Lang, title: string, text: string) =>
  layout(lang, title, `<main class="narrow"><h1>${e(title)}</h1><p>${e(text)}</p></main>`);

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const percent = (part: number, whole: number, lang: Lang) =>
  whole > 0
    ? new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(
        part / whole,
      )
    : "–";

/** A table; its caption when the section's heading does not already name it. */
const table = (caption: string | undefined, head: string[], rows: string[][]) =>
  `<table>${caption ? `<caption>${e(caption)}</caption>` : ""}<thead><tr>${head.map((h) => `<th scope="col">${e(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map(
      (r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join("")}</tr>`,
    )
    .join("")}</tbody></table>`;

export interface DashboardData {
  lang: Lang;
  centre: string;
  /** The period shown, in days (one of PERIODS), for the links. */
  days: number;
  stats: Stats;
  unanswered: Unanswered;
  leads: readonly LeadRecord[];
  opcoNames: Readonly<Record<string, string>>;
}

/** The section of the funnel: three figures, the funnel's bars, then the days and the channels. */
function funnelSection({ lang, stats }: DashboardData): string {
  const t = ADMIN;
  const { totals } = stats;
  const figures = [
    [t.conversations[lang], totals.conversations, ""],
    [t.plans[lang], totals.plans, t.ofPrevious(percent(totals.plans, totals.conversations, lang))[lang]],
    [t.leads[lang], totals.leads, t.ofPrevious(percent(totals.leads, totals.plans, lang))[lang]],
  ] as const;
  const days = daysBetween(stats.from, stats.to);
  const sum = (day: string, key: "conversations" | "plans" | "leads") =>
    stats.days.filter((d) => d.day === day).reduce((n, d) => n + d[key], 0);
  const short = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const dayLabel = (day: string) => short.format(new Date(`${day}T12:00:00Z`));
  const channels = stats.channels.map((c) => [
    e(capitalised(CHANNEL_LABELS[c.channel]?.[lang] ?? c.channel)),
    String(c.conversations),
    String(c.plans),
    String(c.leads),
    percent(c.leads, c.conversations, lang),
  ]);
  return `<section aria-labelledby="funnel">
<h2 id="funnel">${e(t.funnel[lang])}</h2>
<div class="figures">${figures
    .map(
      ([label, value, note]) =>
        `<div class="figure"><span class="number">${value}</span><span>${e(label)}</span>${note ? `<small>${e(note)}</small>` : ""}</div>`,
    )
    .join("")}</div>
${barChart(
  t.chartOf(t.funnel[lang])[lang],
  figures.map(([label, value]) => ({ label, value })),
  "funnel",
)}
<h3>${e(t.perDay[lang])}</h3>
${dailyChart(
  t.chartOf(t.perDay[lang])[lang],
  days,
  [
    { label: t.conversations[lang], values: days.map((d) => sum(d, "conversations")) },
    { label: t.plans[lang], values: days.map((d) => sum(d, "plans")) },
    { label: t.leads[lang], values: days.map((d) => sum(d, "leads")) },
  ],
  dayLabel,
)}
${channels.length ? table(t.perChannel[lang], [t.channel[lang], t.conversations[lang], t.plans[lang], t.leads[lang], "%"], channels) : ""}
<p>${e(t.answeredRate(totals.answered, totals.refused)[lang])} ${e(t.handoffs(totals.handoffs)[lang])}</p>
</section>`;
}

/** A ranking as a bar chart, or "nothing" when it is empty. */
const ranking = (id: string, title: string, bars: { label: string; value: number }[], nothing: string) =>
  `<section aria-labelledby="${id}"><h2 id="${id}">${e(title)}</h2>${bars.length ? barChart(title, bars) : `<p>${e(nothing)}</p>`}</section>`;

function unansweredSection({ lang, unanswered }: DashboardData): string {
  const t = ADMIN;
  const rows = unanswered.questions.map((q) => [
    e(q.question),
    String(q.count),
    e(formatDate(q.lastAskedAt.slice(0, 10), lang)),
  ]);
  return `<section aria-labelledby="unanswered"><h2 id="unanswered">${e(t.unanswered[lang])}</h2>
<p>${e(t.unansweredLead[lang])}</p>
${rows.length ? table(undefined, [t.question[lang], t.times[lang], t.lastAsked[lang]], rows) : `<p>${e(t.nothing[lang])}</p>`}
</section>`;
}

function leadsSection({ lang, leads, days, opcoNames }: DashboardData): string {
  const t = ADMIN;
  const rows = leads.map(({ lead, delivery }) => {
    const profile = lead.profile;
    const opco = profile.company?.opcoId;
    const start = profile.training?.startDate;
    const project = [
      profile.role ? ROLE_NAMES[profile.role][lang] : undefined,
      opco ? (opcoNames[opco] ?? opco) : undefined,
      profile.training?.title ?? profile.training?.goal,
      start ? formatDate(start, lang) : undefined,
    ]
      .filter(Boolean)
      .join(" · ");
    return [
      e(
        new Date(lead.createdAt).toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", {
          dateStyle: "short",
          timeStyle: "short",
        }),
      ),
      e(lead.name),
      [lead.phone, lead.email]
        .filter(Boolean)
        .map((v) => e(v ?? ""))
        .join("<br>"),
      lead.preferredTime ? e(PREFERRED_TIME_LABELS[lead.preferredTime][lang]) : "",
      e(project),
      `<a href="${e(lead.planUrl)}">${e(t.openPlan[lang])}</a>`,
      `<span class="status ${delivery.status}">${e(t.delivery[delivery.status][lang])}</span>`,
    ];
  });
  return `<section aria-labelledby="leads"><h2 id="leads">${e(t.leadsTable[lang])}</h2>
<p><a class="button" href="/admin/leads.csv?days=${days}" download>${e(t.exportCsv[lang])}</a></p>
${rows.length ? table(undefined, [t.when[lang], t.name[lang], t.contact[lang], t.callAt[lang], t.project[lang], t.plan[lang], t.forwarded[lang]], rows) : `<p>${e(t.nothing[lang])}</p>`}
</section>`;
}

/** The dashboard: the funnel, how far conversations go, OPCOs and schemes, the unanswered questions, the leads. */
export function dashboardPage(data: DashboardData): string {
  const { lang, stats, centre, days, opcoNames } = data;
  const t = ADMIN;
  const range = t.range(formatDate(stats.from, lang), formatDate(stats.to, lang))[lang];
  const nav = PERIODS.map((n) =>
    n === days
      ? `<a href="/admin?days=${n}" aria-current="page">${e(t.lastDays(n)[lang])}</a>`
      : `<a href="/admin?days=${n}">${e(t.lastDays(n)[lang])}</a>`,
  ).join(" ");
  const stepCount = (step: string) => stats.steps.find((s) => s.step === step)?.conversations ?? 0;
  const languages = stats.languages.map((l) => `${l.lang.toUpperCase()} ${l.conversations}`).join(" · ");
  const composers = stats.composers.map((c) => `${c.composer} ${c.answers}`).join(" · ");
  return layout(
    lang,
    `${t.title[lang]} — ${centre}`,
    `<header><div><p class="centre">${e(centre)}</p><h1>${e(t.title[lang])}</h1><p>${e(labelled(t.period[lang], range, lang))}</p></div>
<form method="post" action="/admin/logout"><button type="submit">${e(t.signOut[lang])}</button></form></header>
<nav aria-label="${e(t.period[lang])}">${nav}</nav>
<main>
${funnelSection(data)}
${ranking(
  "steps",
  t.steps[lang],
  STEPS.map((step) => ({ label: STEP_NAMES[step]?.[lang] ?? step, value: stepCount(step) })).filter((b) => b.value > 0),
  t.nothing[lang],
)}
<div class="columns">
${ranking(
  "opcos",
  t.opcos[lang],
  stats.opcos.map((o) => ({ label: opcoNames[o.opco] ?? o.opco, value: o.count })),
  t.nothing[lang],
)}
${ranking(
  "schemes",
  t.schemes[lang],
  stats.schemes.map((s) => ({ label: schemeName(s.scheme, lang), value: s.count })),
  t.nothing[lang],
)}
</div>
${ranking(
  "routes",
  t.plansByScheme[lang],
  stats.plansByScheme.map((s) => ({ label: schemeName(s.scheme, lang), value: s.count })),
  t.nothing[lang],
)}
${unansweredSection(data)}
${leadsSection(data)}
<p class="small">${e(labelled(t.languages[lang], languages || "–", lang))} · ${e(labelled(t.composers[lang], composers || "–", lang))}</p>
</main>`,
  );
}
