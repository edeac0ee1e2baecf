import { z } from "zod";
import type { Period } from "../analytics/stats";
import { addDays, daysBetween } from "../core/days";

/** Longest period the dashboard reads, in days. */
export const MAX_DAYS = 366;

/** `?from=&to=` (days, YYYY-MM-DD) or `?days=`: the last 30 days by default, ending today. */
const PERIOD_FIELDS = {
  from: z.iso.date().optional().describe("First day, YYYY-MM-DD (the centre's time zone)"),
  to: z.iso.date().optional().describe("Last day, YYYY-MM-DD; today by default"),
  days: z.coerce.number().int().min(1).max(MAX_DAYS).default(30).describe("Days ending `to`, when `from` is absent"),
};

type Bounds = { from?: unknown; to?: unknown };
const ordered = ({ from, to }: Bounds) => typeof from !== "string" || typeof to !== "string" || from <= to;
const short = ({ from, to }: Bounds) =>
  typeof from !== "string" || typeof to !== "string" || daysBetween(from, to).length <= MAX_DAYS;

/** A query of a period and of `extra` fields: `from` not after `to`, at most MAX_DAYS days. */
export const periodQuery = <T extends z.ZodRawShape>(extra: T) =>
  z
    .object({ ...PERIOD_FIELDS, ...extra })
    .refine(ordered, { error: "must not be after to", path: ["from"] })
    .refine(short, { error: `at most ${MAX_DAYS} days`, path: ["from"] });
export const PeriodQuerySchema = periodQuery({});
export type PeriodQuery = z.infer<typeof PeriodQuerySchema>;

/** The period a query names, ending today (in the centre's time zone) by default. */
export function periodOf(query: PeriodQuery, today: string, timeZone: string): Period {
  const to = query.to ?? today;
  return { from: query.from ?? addDays(to, -(query.days - 1)), to, timeZone };
}
