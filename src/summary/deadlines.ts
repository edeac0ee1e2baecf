import type { Role } from "../core/ids";
import type { Lang } from "../core/lang";
import type { DocumentList } from "../tools/list-documents/schema";
import { DEADLINES, type DeadlineKey } from "./copy";

/**
 * A deadline of the plan. `kind` says how its dates read: `by` a last day, `before` the start,
 * `window` between `from` and `to`, `rule` a delay that runs from an event whose date is not known
 * (a signature, a receipt). Dates are `YYYY-MM-DD`, only when the start day is known.
 */
export interface Deadline {
  label: string;
  rule: string;
  kind: "by" | "before" | "window" | "rule";
  /** The last day (`by`, `before`). */
  date?: string;
  /** The window's first and last days. */
  from?: string;
  to?: string;
  /** The official text the rule comes from. */
  source: string;
}

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * `days` working days from `iso` (negative: before it), public holidays not counted: jours
 * ouvrables skip Sundays (the apprenticeship contract), jours ouvrés skip Saturdays too (the CPF).
 */
export function addWorkingDays(iso: string, days: number, week: "ouvrables" | "ouvres"): string {
  const step = days < 0 ? -1 : 1;
  let date = iso;
  for (let left = Math.abs(days); left > 0; ) {
    date = addDays(date, step);
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day !== 0 && (week === "ouvrables" || day !== 6)) left -= 1;
  }
  return date;
}

/** When a rule falls, from the start day. */
type Timing =
  | { kind: "by"; days: number; week?: "ouvrables" | "ouvres" }
  | { kind: "before" }
  | { kind: "window"; from: number; to: number }
  | { kind: "rule" };

export interface DeadlineRule {
  copy: DeadlineKey;
  timing: Timing;
  source: string;
  /** Only for these roles (an absence request exists only for an employee). */
  roles?: readonly Role[];
}

const SOURCES = {
  apprenticeship: "https://www.service-public.fr/particuliers/vosdroits/F2918",
  apprenticeshipAnswer: "https://code.travail.gouv.fr/code-du-travail/r6224-3",
  professionalisation: "https://www.service-public.fr/particuliers/vosdroits/F15478",
  professionalisationEarlyEnd: "https://code.travail.gouv.fr/code-du-travail/d6325-5",
  reconversion: "https://travail-emploi.gouv.fr/la-periode-de-reconversion",
  cpfLeave: "https://www.service-public.fr/particuliers/vosdroits/F10705",
  cpfCancellation: "https://www.moncompteformation.gouv.fr/espace-public/conditions-particulieres-titulaires",
  ptp: "https://code.travail.gouv.fr/code-du-travail/r6323-10",
  vae: "https://code.travail.gouv.fr/code-du-travail/r6422-3",
  aif: "https://www.service-public.fr/particuliers/vosdroits/F3147",
  plan: "https://www.service-public.fr/professionnels-entreprises/vosdroits/F22570",
  faf: "https://www.service-public.fr/professionnels-entreprises/vosdroits/F23459",
  administration: "https://travail-emploi.gouv.fr/le-compte-personnel-de-formation-cpf",
} as const;

const EMPLOYED: readonly Role[] = ["employee", "employer", "provider"];
const before = (source: string): DeadlineRule[] => [{ copy: "fundingRequest", timing: { kind: "before" }, source }];

/** The deadlines of each plan, in the order they fall. */
export const DEADLINE_RULES: Readonly<Record<DocumentList, readonly DeadlineRule[]>> = {
  "contrat-apprentissage": [
    {
      copy: "apprenticeshipContract",
      timing: { kind: "by", days: 5, week: "ouvrables" },
      source: SOURCES.apprenticeship,
    },
    { copy: "apprenticeshipAnswer", timing: { kind: "rule" }, source: SOURCES.apprenticeshipAnswer },
  ],
  "contrat-professionnalisation": [
    { copy: "professionalisationContract", timing: { kind: "rule" }, source: SOURCES.professionalisation },
    { copy: "professionalisationAnswer", timing: { kind: "rule" }, source: SOURCES.professionalisation },
    { copy: "professionalisationEarlyEnd", timing: { kind: "rule" }, source: SOURCES.professionalisationEarlyEnd },
  ],
  "periode-reconversion": [
    { copy: "reconversionFile", timing: { kind: "window", from: -30, to: -20 }, source: SOURCES.reconversion },
    { copy: "reconversionAnswer", timing: { kind: "rule" }, source: SOURCES.reconversion },
  ],
  cpf: [
    { copy: "cpfLeaveLong", timing: { kind: "by", days: -120 }, source: SOURCES.cpfLeave, roles: EMPLOYED },
    { copy: "cpfLeaveShort", timing: { kind: "by", days: -60 }, source: SOURCES.cpfLeave, roles: EMPLOYED },
    { copy: "cpfLeaveAnswer", timing: { kind: "rule" }, source: SOURCES.cpfLeave, roles: EMPLOYED },
    { copy: "cpfCancellation", timing: { kind: "by", days: -7, week: "ouvres" }, source: SOURCES.cpfCancellation },
  ],
  "projet-transition-professionnelle": [
    { copy: "ptpLeaveLong", timing: { kind: "by", days: -120 }, source: SOURCES.ptp },
    { copy: "ptpLeaveShort", timing: { kind: "by", days: -60 }, source: SOURCES.ptp },
    { copy: "ptpLeaveAnswer", timing: { kind: "rule" }, source: SOURCES.ptp },
  ],
  vae: [
    { copy: "vaeLeave", timing: { kind: "by", days: -30 }, source: SOURCES.vae, roles: EMPLOYED },
    { copy: "vaeLeaveAnswer", timing: { kind: "rule" }, source: SOURCES.vae, roles: EMPLOYED },
  ],
  aif: [{ copy: "agreementBeforeStart", timing: { kind: "before" }, source: SOURCES.aif }],
  poe: [{ copy: "agreementBeforeStart", timing: { kind: "before" }, source: SOURCES.aif }],
  "programme-regional": before(SOURCES.aif),
  "plan-developpement-competences": before(SOURCES.plan),
  "action-collective": before(SOURCES.plan),
  "bilan-competences": before(SOURCES.plan),
  faf: before(SOURCES.faf),
  administration: before(SOURCES.administration),
};

/**
 * The deadlines of a plan, each with its rule and its source, dated when the start day is known:
 * the apprenticeship contract within 5 working days after the start, the période de reconversion
 * file between 30 and 20 days before it, the CPF and PTP leave requests 60 or 120 days before, the
 * VAE leave 30 days before, the free CPF cancellation until 7 working days before; any other
 * request before the start. Without a day (a month, "as soon as possible") the rules stay undated.
 */
export function deadlinesFor(
  path: DocumentList | undefined,
  startDate: string | undefined,
  lang: Lang,
  role?: Role,
): Deadline[] {
  const day = startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? startDate : undefined;
  return (path ? DEADLINE_RULES[path] : before(SOURCES.plan))
    .filter((rule) => !rule.roles || !role || rule.roles.includes(role))
    .map(({ copy, timing, source }) => {
      const base = { label: DEADLINES[copy].label[lang], rule: DEADLINES[copy].rule[lang], source };
      if (timing.kind === "rule" || !day) return { ...base, kind: timing.kind };
      if (timing.kind === "before") return { ...base, kind: "before", date: day };
      if (timing.kind === "window")
        return { ...base, kind: "window", from: addDays(day, timing.from), to: addDays(day, timing.to) };
      const date = timing.week ? addWorkingDays(day, timing.days, timing.week) : addDays(day, timing.days);
      return { ...base, kind: "by", date };
    });
}
