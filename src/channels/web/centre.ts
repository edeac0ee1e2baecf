import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Course } from "../../core/catalogue";
import { type Centre, privacyUrlOf } from "../../core/centre";
import { type Lang, LangSchema } from "../../core/lang";
import { QuickReplySchema } from "../../core/reply";
import { welcomeReplies, welcomeText } from "../../dialogue/centre-words";
import type { AppEnv } from "../../http/types";
import { validationHook } from "../../http/validation";
import { describeCourse, upcomingSessions } from "../../summary/courses";

const CourseViewSchema = z.object({
  id: z.string(),
  title: z.string().describe("In the language asked"),
  duration: z.string().describe('In words: "30 h"'),
  hours: z.number(),
  price: z.number().optional().describe("Euros per trainee; absent when on quotation"),
  certification: z.object({ register: z.enum(["RNCP", "RS"]), code: z.string() }).optional(),
  cpf: z.boolean().describe("The CPF can pay for it"),
  sessions: z
    .array(z.object({ start: z.iso.date(), end: z.iso.date().optional(), place: z.string().optional() }))
    .describe("Sessions still to come, soonest first"),
  url: z.url().optional(),
  line: z.string().describe("The course in words, on one line"),
});

export const PublicCentreSchema = z
  .object({
    lang: LangSchema,
    name: z.string(),
    logoUrl: z.url().optional(),
    site: z.url().optional(),
    accentColor: z.string().optional(),
    tagline: z.string().optional(),
    contact: z.object({ email: z.string().optional(), phone: z.string().optional(), url: z.url().optional() }),
    hours: z.string().optional().describe("Opening hours in words"),
    privacyUrl: z.url().describe("The privacy notice the consent box links to"),
    welcome: z.string().describe("The first words of a conversation"),
    quickReplies: z.array(QuickReplySchema).describe("The centre's own buttons offered with the welcome"),
    provider: z
      .object({
        name: z.string(),
        siret: z.string().optional(),
        nda: z.string().optional(),
        qualiopi: z.array(z.string()).optional().describe("The Qualiopi categories the centre declares"),
      })
      .optional(),
    catalogue: z.array(CourseViewSchema),
  })
  .describe("The centre's public configuration: knowledge/centre/centre.json and catalogue.json");
export type PublicCentre = z.infer<typeof PublicCentreSchema>;

/** What a visitor may know of the centre, in one language: identity, contact, texts and upcoming courses. */
export function publicCentre(
  centre: Centre,
  courses: readonly Course[],
  options: { lang: Lang; origin: string; today: string },
): PublicCentre {
  const { lang, today } = options;
  const provider = centre.provider;
  return {
    lang,
    name: centre.name,
    ...(centre.logoUrl ? { logoUrl: centre.logoUrl } : {}),
    ...(centre.site ? { site: centre.site } : {}),
    ...(centre.accentColor ? { accentColor: centre.accentColor } : {}),
    ...(centre.tagline ? { tagline: centre.tagline[lang] } : {}),
    contact: { ...centre.contact },
    ...(centre.hours ? { hours: centre.hours[lang] } : {}),
    privacyUrl: privacyUrlOf(centre, options.origin, lang),
    welcome: welcomeText(centre, lang),
    quickReplies: welcomeReplies(centre, lang),
    ...(provider
      ? {
          provider: {
            name: provider.name,
            ...(provider.siret ? { siret: provider.siret } : {}),
            ...(provider.nda ? { nda: provider.nda } : {}),
            ...(provider.qualiopi ? { qualiopi: [...provider.qualiopi.categories] } : {}),
          },
        }
      : {}),
    catalogue: courses.map((course) => {
      const described = describeCourse(course, { lang, profile: {}, routes: [], today, funderOf: (r) => r.funder });
      return {
        id: course.id,
        title: described.title,
        duration: `${course.hours} h`,
        hours: course.hours,
        ...(course.price !== undefined ? { price: course.price } : {}),
        ...(course.certification ? { certification: { ...course.certification } } : {}),
        cpf: course.cpf,
        sessions: upcomingSessions(course, today).map((s) => ({
          start: s.start,
          ...(s.end ? { end: s.end } : {}),
          ...(s.place ? { place: s.place } : {}),
        })),
        ...(course.url ? { url: course.url } : {}),
        line: described.line,
      };
    }),
  };
}

const route = createRoute({
  method: "get",
  path: "/api/centre",
  summary: "The training centre's public configuration",
  description:
    "Its name, logo, site, contact and opening hours, its welcome and buttons, its privacy notice, its provider facts " +
    "and its courses with their upcoming sessions, in the language asked (the centre's own by default).",
  request: { query: z.object({ lang: LangSchema.optional() }) },
  responses: {
    200: { description: "The centre", content: { "application/json": { schema: PublicCentreSchema } } },
  },
});

export interface CentreRouteDeps {
  centre: Centre;
  courses: readonly Course[];
  /** Public origin of the assistant (PUBLIC_BASE_URL), else the request's. */
  publicBaseUrl?: string | undefined;
  now?: () => number;
}

/** `GET /api/centre`: what the widget and the demo page show of the centre. */
export const centreRoutes = ({ centre, courses, publicBaseUrl, now = Date.now }: CentreRouteDeps) =>
  new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(route, (c) => {
    const lang = c.req.valid("query").lang ?? centre.lang;
    const today = new Date(now()).toISOString().slice(0, 10);
    const origin = publicBaseUrl ?? new URL(c.req.url).origin;
    c.header("Cache-Control", "public, max-age=300");
    return c.json(publicCentre(centre, courses, { lang, origin, today }), 200);
  });
