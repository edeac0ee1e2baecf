import { formatDate, type Lang, labelled } from "../core/lang";
import type { Profile } from "../core/profile";
import { escapeMarkdown } from "../summary/markdown";
import { EXPLAIN, GOAL_LABELS, ROLE_NAMES, TURN } from "./copy";
import type { OpcoResult, QualiopiResult } from "./ports";
import type { Slot } from "./state";

export const goalLabel = (goal: string, lang: Lang) => GOAL_LABELS[goal]?.[lang] ?? goal;

/** One line on the OPCO found (or who funds instead), from the findOpco output. */
export function explainOpco(result: OpcoResult, lang: Lang): string {
  if (result.status === "found" && result.opco) {
    const confidence = EXPLAIN.confidence[result.confidence][lang];
    return `**${labelled("OPCO", result.opco.name, lang)}** (${confidence}). ${result.explanation}`;
  }
  return result.explanation;
}

export function explainQualiopi(result: QualiopiResult, lang: Lang): string {
  return `**${EXPLAIN.qualiopi[result.status][lang]}.** ${result.explanation}`;
}

/** The facts gathered so far, as a Markdown list, for the review step. */
export function recap(profile: Profile, lang: Lang): string {
  const L = EXPLAIN.recap;
  const lines: string[] = [];
  const c = profile.company ?? {};
  if (profile.role) lines.push(labelled(L.profile[lang], ROLE_NAMES[profile.role][lang], lang));
  const company = [
    c.name,
    c.idcc && `IDCC ${c.idcc}`,
    c.siret && `SIRET ${c.siret}`,
    c.siren && `SIREN ${c.siren}`,
    c.naf && `NAF ${c.naf}`,
    c.description,
    c.activity,
  ]
    .filter(Boolean)
    .join(", ");
  if (company) lines.push(labelled(L.company[lang], company, lang));
  if (profile.headcount !== undefined) lines.push(labelled(L.headcount[lang], String(profile.headcount), lang));
  const t = profile.training ?? {};
  if (t.goal)
    lines.push(labelled(L.training[lang], `${goalLabel(t.goal, lang)}${t.title ? ` (${t.title})` : ""}`, lang));
  if (t.startDate) lines.push(labelled(L.start[lang], formatDate(t.startDate, lang), lang));
  if (t.hours) lines.push(labelled(L.length[lang], `${t.hours} h`, lang));
  const p = profile.provider ?? {};
  const provider = [p.name, p.siret && `SIRET ${p.siret}`, p.nda && `NDA ${p.nda}`].filter(Boolean).join(", ");
  if (provider) lines.push(labelled(L.provider[lang], provider, lang));
  return lines.map((line) => `- ${escapeMarkdown(line)}`).join("\n");
}

/**
 * One line saying what the message told us, so the user sees it was understood:
 * "Noté : employeur · 12 salariés · formation en langues · début mars 2027."
 * Facts a tool explains on its own (the company, the provider) are left to the tool's line.
 */
export function acknowledge(
  state: { lang: Lang; profile: Profile },
  absorbed: { changed: ReadonlySet<Slot> },
): string[] {
  const { lang, profile } = state;
  const parts: string[] = [];
  if (absorbed.changed.has("role") && profile.role) parts.push(ROLE_NAMES[profile.role][lang]);
  if (absorbed.changed.has("headcount") && profile.headcount !== undefined) {
    const [one, many] = EXPLAIN.employees[lang];
    parts.push(`${profile.headcount} ${profile.headcount > 1 ? many : one}`);
  }
  if (absorbed.changed.has("goal") && profile.training?.goal) {
    const title = profile.training.title;
    parts.push(`${goalLabel(profile.training.goal, lang)}${title && title.length <= 60 ? ` (${title})` : ""}`);
  }
  if (absorbed.changed.has("startDate") && profile.training?.startDate)
    parts.push(`${EXPLAIN.start[lang]} ${formatDate(profile.training.startDate, lang)}`);
  return parts.length ? [`${TURN.noted[lang]} ${escapeMarkdown(parts.join(" · "))}.`] : [];
}
