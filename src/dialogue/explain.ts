import type { Lang } from "../core/lang";
import type { Profile } from "../core/profile";
import { formatDate } from "../summary/labels";
import { escapeMarkdown } from "../summary/markdown";
import type { FindOpcoAnswer, QualiopiAnswer } from "./ports";
import { ROLE_LABELS } from "./questions";
import type { Slot } from "./state";

const GOAL_LABELS: Record<string, Record<Lang, string>> = {
  adaptation: { fr: "adaptation au poste / montée en compétences", en: "adapting to the job / upskilling" },
  certification: { fr: "certification (RNCP ou RS)", en: "certification (RNCP or RS)" },
  languages: { fr: "formation en langues", en: "language course" },
  apprenticeship: { fr: "apprentissage", en: "apprenticeship" },
  professionalisation: { fr: "contrat de professionnalisation", en: "professionalisation contract" },
  reconversion: { fr: "reconversion", en: "career change" },
  vae: { fr: "VAE (validation des acquis de l'expérience)", en: "VAE (validation of prior experience)" },
  bilan: { fr: "bilan de compétences", en: "skills assessment" },
};
export const goalLabel = (goal: string, lang: Lang) => GOAL_LABELS[goal]?.[lang] ?? goal;

/** One line on the OPCO found (or who funds instead), from the findOpco output. */
export function explainOpco(result: FindOpcoAnswer, lang: Lang): string {
  const fr = lang === "fr";
  if (result.status === "found" && result.opco) {
    const confidence = {
      certain: fr ? "certain" : "certain",
      probable: fr ? "probable" : "probable",
      low: fr ? "à confirmer" : "to be confirmed",
    }[result.confidence];
    return `**OPCO${fr ? " :" : ":"} ${result.opco.name}** (${confidence}). ${result.explanation}`;
  }
  return result.explanation;
}

export function explainQualiopi(result: QualiopiAnswer, lang: Lang): string {
  const label = {
    certified: { fr: "✅ Qualiopi : certifié", en: "✅ Qualiopi: certified" },
    not_certified: { fr: "⚠️ Qualiopi : non certifié", en: "⚠️ Qualiopi: not certified" },
    unknown: { fr: "Qualiopi : à vérifier", en: "Qualiopi: to be checked" },
    invalid_identifier: { fr: "Qualiopi : identifiant invalide", en: "Qualiopi: invalid identifier" },
  }[result.status][lang];
  return `**${label}.** ${result.explanation}`;
}

/** The facts gathered so far, as a Markdown list, for the review step. */
export function recap(profile: Profile, lang: Lang): string {
  const fr = lang === "fr";
  const lines: string[] = [];
  const c = profile.company ?? {};
  if (profile.role) lines.push(`${fr ? "Profil" : "Profile"} : ${ROLE_LABELS[profile.role][lang]}`);
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
  if (company) lines.push(`${fr ? "Entreprise / activité" : "Company / activity"} : ${company}`);
  if (profile.headcount !== undefined) lines.push(`${fr ? "Effectif" : "Headcount"} : ${profile.headcount}`);
  const t = profile.training ?? {};
  if (t.goal)
    lines.push(`${fr ? "Formation" : "Training"} : ${goalLabel(t.goal, lang)}${t.title ? ` (${t.title})` : ""}`);
  if (t.startDate) lines.push(`${fr ? "Début" : "Start"} : ${formatDate(t.startDate, lang)}`);
  if (t.hours) lines.push(`${fr ? "Durée" : "Length"} : ${t.hours} h`);
  const p = profile.provider ?? {};
  const provider = [p.name, p.siret && `SIRET ${p.siret}`, p.nda && `NDA ${p.nda}`].filter(Boolean).join(", ");
  if (provider) lines.push(`${fr ? "Organisme" : "Provider"} : ${provider}`);
  return lines.map((l) => `- ${escapeMarkdown(l).replace(/ : /, fr ? " : " : ": ")}`).join("\n");
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
  const fr = lang === "fr";
  const parts: string[] = [];
  if (absorbed.changed.has("role") && profile.role)
    parts.push(
      ROLE_LABELS[profile.role][lang].replace(/^(Je suis|I am an?|Je cherche)\s+/i, (m) =>
        /cherche/i.test(m) ? m : "",
      ),
    );
  if (absorbed.changed.has("headcount") && profile.headcount !== undefined)
    parts.push(`${profile.headcount} ${fr ? "salarié" : "employee"}${profile.headcount > 1 ? "s" : ""}`);
  if (absorbed.changed.has("goal") && profile.training?.goal) parts.push(goalLabel(profile.training.goal, lang));
  if (absorbed.changed.has("startDate") && profile.training?.startDate)
    parts.push(`${fr ? "début" : "start"} ${formatDate(profile.training.startDate, lang)}`);
  return parts.length ? [`${fr ? "Noté :" : "Noted:"} ${escapeMarkdown(parts.join(" · "))}.`] : [];
}
