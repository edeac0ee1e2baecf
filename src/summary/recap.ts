import { formatDate, type Lang, labelled } from "../core/lang";
import type { NextStepsSummary } from "../core/summary";
import { DUE, LABELS, ROLE_NAMES } from "./copy";

/**
 * The recap of a plan: who the user is, the company, and the training (named, dated, with its
 * length and provider), as `label: value` pairs that the Markdown and the printable page both show.
 */
export function recapOf(summary: Pick<NextStepsSummary, "lang" | "profile">, whoLabel?: string): [string, string][] {
  const { lang, profile } = summary;
  const L = LABELS[lang];
  const t = profile.training ?? {};
  const company = profile.company ?? {};
  const who = profile.role ? ROLE_NAMES[profile.role][lang] : undefined;
  const rows: [string, string | undefined][] = [
    [whoLabel ?? L.you, who],
    [company.activity ? L.activity : L.company, company.name ?? company.activity ?? company.description],
    [L.headcount, profile.headcount !== undefined ? L.employees(profile.headcount) : undefined],
    [L.training, t.title ?? L.trainingUnnamed],
    [L.start, t.startDate ? formatDate(t.startDate, lang) : undefined],
    [L.length, t.hours ? L.hours(t.hours) : undefined],
    [L.provider, profile.provider?.name ?? profile.provider?.siret ?? profile.provider?.nda],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

/**
 * When a deadline falls, in words: "au plus tard le 7 septembre 2027", "entre le 2 et le 12 mai 2027";
 * said to be past when it falls before `today`; empty undated.
 */
export function dueOf(
  deadline: { label: string; kind?: unknown; date?: unknown; from?: unknown; to?: unknown },
  lang: Lang,
  today?: string,
): string {
  const day = (value: unknown) => formatDate(String(value), lang);
  const last = typeof deadline.to === "string" ? deadline.to : deadline.date;
  const past = today && typeof last === "string" && last < today ? `, ${DUE.past[lang]}` : "";
  if (typeof deadline.from === "string" && typeof deadline.to === "string")
    return DUE.window(day(deadline.from), day(deadline.to))[lang] + past;
  if (typeof deadline.date !== "string") return "";
  return DUE[deadline.kind === "before" ? "before" : "by"](day(deadline.date))[lang] + past;
}

/** The line under the title: the day the plan was made, and by which centre. */
export function madeLine(summary: NextStepsSummary): string | undefined {
  const L = LABELS[summary.lang];
  if (!summary.createdAt) return undefined;
  const made = `${L.made} ${formatDate(summary.createdAt, summary.lang)}`;
  return summary.centre ? `${made} ${L.by} ${summary.centre.name}` : made;
}

/** The centre's contact, or the placeholder until the centre's configuration gives one. */
export const contactLine = (summary: NextStepsSummary): string | undefined =>
  summary.centre
    ? labelled(summary.centre.name, summary.centre.contact ?? LABELS[summary.lang].contactPlaceholder, summary.lang)
    : undefined;
