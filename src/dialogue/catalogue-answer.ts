import type { Course } from "../core/catalogue";
import type { Centre } from "../core/centre";
import type { Lang } from "../core/lang";
import type { Profile } from "../core/profile";
import { describeCourse, matchCourses } from "../summary/courses";
import { escapeMarkdown } from "../summary/markdown";
import type { Answered } from "./answer";
import { CATALOGUE } from "./copy";

/** A question about the centre's own courses: "vos formations", "proposez-vous une formation Excel ?", "your courses". */
const ABOUT_COURSES =
  /\b(?:(?:vos|votre) (?:formations?|cours|stages?|sessions?|catalogue)|(?:formations?|cours|stages?) (?:proposez|organisez|dispensez|faites|avez)[- ]vous|(?:proposez|organisez|dispensez|avez|faites)[- ]vous (?:des|une|un|de la|du) (?:[\w'-]+ ){0,3}?(?:formations?|cours|stages?|sessions?)|prochaines? sessions?|your (?:training )?(?:courses?|trainings?|sessions?|catalog(?:ue)?)|(?:courses?|trainings?) (?:do|can) you (?:offer|run|have|teach|give)|(?:do|can) you (?:offer|run|have|teach|give) (?:[\w'-]+ ){0,4}?(?:courses?|trainings?|classes?)|next sessions?)\b/;

/** Whether a (normalised) question asks about the centre's courses. */
export const asksAboutCourses = (normalised: string) => ABOUT_COURSES.test(normalised);

export interface CatalogueScope {
  lang: Lang;
  profile?: Profile | undefined;
  today: string;
}

/**
 * The centre's answer to a question about its courses: those the question names, else all of
 * them (six at most), each with its length, price, CPF eligibility and next session, and its page.
 */
export function catalogueAnswer(
  question: string,
  courses: readonly Course[],
  centre: Centre,
  scope: CatalogueScope,
): Answered | undefined {
  if (!courses.length || !asksAboutCourses(question)) return undefined;
  const { lang } = scope;
  const named = matchCourses(courses, question, 6);
  const listed = named.length ? named : courses.slice(0, 6);
  const lines = listed.map((course) => {
    const d = describeCourse(course, {
      lang,
      profile: scope.profile ?? {},
      routes: [],
      today: scope.today,
      funderOf: (r) => r.funder,
    });
    return `- **${escapeMarkdown(d.title)}** — ${escapeMarkdown(d.line)}${d.url ? ` — [${CATALOGUE.page[lang]}](${d.url})` : ""}`;
  });
  const intro = (named.length ? CATALOGUE.matching : CATALOGUE.all)(centre.name)[lang];
  return {
    lang,
    // Before the plan, how to learn who funds them; the plan itself lists the route of each.
    text: [`${intro}\n${lines.join("\n")}`, scope.profile?.role ? "" : CATALOGUE.funding[lang]]
      .filter(Boolean)
      .join("\n\n"),
    citations: [],
    retrieved: [],
    outcome: "answered",
    toolCalls: [],
    toolLed: false,
  };
}
