import type { Course, CourseSession } from "../core/catalogue";
import { foldAccents } from "../core/fold";
import type { Role, SchemeId, TrainingGoal } from "../core/ids";
import { formatDate, type Lang } from "../core/lang";
import type { Profile } from "../core/profile";
import type { FundingRoute, NextStepsSummary } from "../core/summary";
import { COURSES, schemeName } from "./copy";
import { mainRoute } from "./main-route";

/** Words of a course's title that say nothing of its subject. */
const GENERIC = new Set(
  "formation formations training course courses cours stage module niveau level initiation perfectionnement preparation avance advanced business professionnel professionnelle professional une des les pour and the with avec du de la le au aux en et".split(
    " ",
  ),
);

const fold = (text: string) =>
  foldAccents(text)
    .replace(/[’']/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The terms of each course, folded once (a catalogue is read for every plan and question). */
const TERMS = new WeakMap<Course, string[]>();

/** What a course is found by: its keywords, and the words of its titles that name a subject, each between spaces. */
function termsOf(course: Course): string[] {
  const known = TERMS.get(course);
  if (known) return known;
  const titleWords = [course.title.fr, course.title.en].flatMap((title) =>
    fold(title)
      .split(" ")
      .filter((word) => word.length >= 3 && !GENERIC.has(word)),
  );
  const terms = [...new Set([...course.keywords.map(fold), ...titleWords])].filter(Boolean).map((t) => ` ${t} `);
  TERMS.set(course, terms);
  return terms;
}

/**
 * The courses a training project names, best first: each term of a course (a keyword, a word of
 * its title) found as whole words in `text` counts once. At most `limit`.
 */
export function matchCourses(courses: readonly Course[], text: string, limit = 3): Course[] {
  const folded = fold(text);
  if (!folded) return [];
  // Whole words only: the text and each term between spaces.
  const padded = ` ${folded} `;
  return courses
    .map((course, order) => ({
      course,
      order,
      score: termsOf(course).filter((term) => padded.includes(term)).length,
    }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((match) => match.course);
}

/** The sessions that have not started by `today` (YYYY-MM-DD), soonest first. */
export const upcomingSessions = (course: Course, today: string): CourseSession[] =>
  course.sessions.filter((s) => s.start >= today).sort((a, b) => a.start.localeCompare(b.start));

/** Schemes that only pay for a course leading to a registered certification. */
const NEEDS_CERTIFICATION: readonly SchemeId[] = [
  "periode-reconversion",
  "projet-transition-professionnelle",
  "contrat-professionnalisation",
];
/** Schemes that are a kind of course of their own: only for a course that says it is run under them. */
const OWN_KIND: readonly SchemeId[] = ["contrat-apprentissage", "vae", "bilan-competences"];

/** Whether `scheme` can pay for `course`. */
export function schemeFits(course: Course, scheme: SchemeId): boolean {
  if (course.schemes) return course.schemes.includes(scheme);
  if (scheme === "cpf") return course.cpf;
  if (NEEDS_CERTIFICATION.includes(scheme)) return course.certification !== undefined;
  return !OWN_KIND.includes(scheme);
}

export interface RouteChoice {
  goal?: TrainingGoal | undefined;
  role?: Role | undefined;
  hiring?: boolean | undefined;
  named?: SchemeId | undefined;
}

/**
 * The funding route that fits a course: among the plan's open routes (yes, maybe) those that can pay
 * for it, the one the plan would follow (the scheme named, else the one that serves the goal first).
 */
export function courseRoute(course: Course, routes: readonly FundingRoute[], choice: RouteChoice) {
  const open = routes.filter((route) => route.eligible !== "no" && schemeFits(course, route.scheme));
  return mainRoute(open, choice.goal, choice.role, choice.hiring ?? false, choice.named);
}

/** Words a goal stands for when the training is not named ("Langues" chosen from the buttons). */
const GOAL_WORDS: Partial<Record<TrainingGoal, string>> = { languages: "langues languages" };

const money = (amount: number, lang: Lang) =>
  new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  }).format(amount);

export type PlannedCourse = NonNullable<NextStepsSummary["courses"]>[number];

export interface CoursePlanInput {
  lang: Lang;
  profile: Profile;
  /** The plan's funding routes. */
  routes: readonly FundingRoute[];
  /** YYYY-MM-DD: sessions before it are over. */
  today: string;
  /** Who pays for a route, as the plan names them (the OPCO's name for the company's OPCO). */
  funderOf(route: FundingRoute): string;
}

/** A course as a plan or an answer lists it: its facts, the plan's route that fits it, all of it on one line. */
export function describeCourse(course: Course, input: CoursePlanInput): PlannedCourse {
  const { lang, profile } = input;
  const training = profile.training ?? {};
  const next = upcomingSessions(course, input.today)[0];
  const route = courseRoute(course, input.routes, {
    goal: training.goal,
    role: profile.role,
    hiring: training.hiring,
    named: training.scheme,
  });
  const name = route ? schemeName(route.scheme, lang, profile.role) : undefined;
  const funder = route ? input.funderOf(route) : undefined;
  const parts = [
    `${course.hours} h`,
    course.price !== undefined ? money(course.price, lang) : COURSES.onQuote[lang],
    course.cpf
      ? `${COURSES.cpf[lang]}${course.certification ? ` (${course.certification.register} ${course.certification.code})` : ""}`
      : COURSES.notCpf[lang],
    next
      ? COURSES.nextSession(`${formatDate(next.start, lang)}${next.place ? `, ${next.place}` : ""}`)[lang]
      : COURSES.noSession[lang],
    ...(route && name ? [COURSES.funding(`${name} (${funder})`)[lang]] : []),
  ];
  return {
    id: course.id,
    title: course.title[lang],
    hours: course.hours,
    ...(course.price !== undefined ? { price: course.price } : {}),
    ...(course.certification ? { certification: { ...course.certification } } : {}),
    cpf: course.cpf,
    ...(next ? { nextSession: { ...next } } : {}),
    ...(course.url ? { url: course.url } : {}),
    ...(route && name && funder ? { route: { scheme: route.scheme, name, funder } } : {}),
    line: parts.join(" · "),
  };
}

/**
 * The centre's courses that match the training project (its name, or its goal when unnamed), for
 * the plan: each with its CPF eligibility, its next session and the plan's route that fits it.
 */
export function coursesForPlan(courses: readonly Course[], input: CoursePlanInput): PlannedCourse[] {
  const training = input.profile.training ?? {};
  const text = [training.title, training.goal ? GOAL_WORDS[training.goal] : undefined].filter(Boolean).join(" ");
  return matchCourses(courses, text).map((course) => describeCourse(course, input));
}
