import { z } from "zod";
import { formatDate, LangSchema } from "../core/lang";
import { EligibilitySchema, type NextStepsSummary } from "../core/summary";
import { COURSES, fundingHeadings, LABELS, schemeName } from "../summary/copy";

/** How many routes, steps and courses a card shows; the full plan has the rest. */
export const CARD_ROUTES = 4;
export const CARD_STEPS = 3;
export const CARD_COURSES = 2;

export const PlanCardSchema = z
  .object({
    lang: LangSchema,
    title: z.string(),
    draft: z.boolean().describe("Facts are still missing: the plan lists them"),
    funder: z
      .object({ label: z.string(), name: z.string(), note: z.string().optional() })
      .nullable()
      .describe("The OPCO (with how sure it is), or who funds instead"),
    routes: z
      .array(z.object({ name: z.string(), verdict: EligibilitySchema, label: z.string() }))
      .describe("The open routes (yes, maybe), at most four"),
    moreRoutes: z.number().int(),
    steps: z
      .array(z.object({ order: z.number().int(), action: z.string(), who: z.string(), when: z.string().optional() }))
      .describe("The next three steps"),
    moreSteps: z.number().int(),
    deadline: z
      .object({ label: z.string(), date: z.string().optional(), rule: z.string().optional() })
      .nullable()
      .describe("The next dated deadline (`date` in words), else the first deadline's rule"),
    unknowns: z.number().int().describe("How many facts are still to find"),
    courses: z
      .object({
        heading: z.string(),
        items: z.array(z.object({ title: z.string(), line: z.string(), url: z.string().optional() })),
      })
      .nullable()
      .optional()
      .describe("The centre's courses that match the project (two at most), with their next session and route"),
  })
  .describe("The plan in a few lines: what a chat shows, with a link to the full plan");
export type PlanCard = z.infer<typeof PlanCardSchema>;

const ISO_DAY = /^\d{4}-\d{2}(-\d{2})?$/;

/** The deadline to show: the next one with a date from `today` on, else the first one (its rule says when). */
function nextDeadline(summary: NextStepsSummary, today: string): PlanCard["deadline"] {
  const rule = (d: Record<string, unknown>) => (typeof d.rule === "string" ? { rule: d.rule } : {});
  const dated = summary.deadlines
    .filter((d): d is typeof d & { date: string } => typeof d.date === "string" && ISO_DAY.test(d.date))
    .filter((d) => d.date >= today.slice(0, d.date.length))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  if (dated) return { label: dated.label, date: formatDate(dated.date, summary.lang), ...rule(dated) };
  const first = summary.deadlines.find((d) => typeof d.date !== "string");
  return first ? { label: first.label, ...rule(first) } : null;
}

/**
 * The compact card of a plan: the funder, the open routes with their verdicts, the next three
 * steps and the next deadline. Built from the summary alone, in its language; fields the summary
 * adds later are left to the full plan.
 */
export function planCard(summary: NextStepsSummary, now: Date = new Date()): PlanCard {
  const lang = summary.lang;
  const L = LABELS[lang];
  const funder = summary.opco
    ? {
        label: fundingHeadings(summary.profile.role, lang).opco,
        name: summary.opco.name,
        note: L.confidence[summary.opco.confidence],
      }
    : summary.funder
      ? { label: L.funder, name: summary.funder }
      : null;
  const open = summary.routes.filter((route) => route.eligible !== "no");
  const steps = [...summary.steps].sort((a, b) => a.order - b.order);
  return {
    lang,
    title: L.title,
    draft: summary.unknowns.length > 0,
    funder,
    routes: open.slice(0, CARD_ROUTES).map((route) => ({
      name: schemeName(route.scheme, lang),
      verdict: route.eligible,
      label: L.eligible[route.eligible],
    })),
    moreRoutes: Math.max(0, open.length - CARD_ROUTES),
    steps: steps.slice(0, CARD_STEPS).map(({ order, action, who, when }) => ({
      order,
      action,
      who,
      ...(when ? { when } : {}),
    })),
    moreSteps: Math.max(0, steps.length - CARD_STEPS),
    deadline: nextDeadline(summary, now.toISOString().slice(0, 10)),
    unknowns: summary.unknowns.length,
    courses: summary.courses?.length
      ? {
          heading: COURSES.heading(summary.centre?.name)[lang],
          items: summary.courses
            .slice(0, CARD_COURSES)
            .map(({ title, line, url }) => ({ title, line, ...(url ? { url } : {}) })),
        }
      : null,
  };
}
