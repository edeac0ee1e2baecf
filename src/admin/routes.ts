import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { EventStats } from "../analytics/stats";
import type { Centre } from "../core/centre";
import { dayIn } from "../core/days";
import type { RateLimiter } from "../core/rate-limit";
import { clientIpKey, rateLimit } from "../http/rate-limit";
import { FORM_PAGE_POLICY } from "../http/security-headers";
import type { AppEnv } from "../http/types";
import type { LeadStore } from "../leads/store";
import { adminSession } from "./auth";
import { ADMIN } from "./copy";
import { ADMIN_CSS } from "./css";
import { leadsCsv } from "./csv";
import { dashboardPage, loginPage, noticePage, PERIODS } from "./page";
import { periodOf } from "./period";

export interface AdminPageDeps {
  token?: string | undefined;
  events: EventStats | null;
  leads: LeadStore | null;
  centre: Centre;
  /** OPCO names by id, for the rankings. */
  opcoNames: Readonly<Record<string, string>>;
  /** Sign-in attempts per client IP. */
  limiter?: RateLimiter | undefined;
  now?: () => number;
}

/** The period the page shows: one of PERIODS (`?days=`), 30 days by default. */
const daysOf = (value: string | undefined) => PERIODS.find((n) => String(n) === value) ?? 30;

/**
 * The staff's dashboard, for people: `GET /admin` (the sign-in form without a valid cookie, with a
 * 401; the dashboard with one), `POST /admin/login` (the token, then an HttpOnly signed cookie),
 * `POST /admin/logout`, `GET /admin/leads.csv` and the stylesheet. No script anywhere.
 */
export function adminPageRoutes(deps: AdminPageDeps) {
  const { centre, now = Date.now } = deps;
  const lang = centre.lang;
  const session = adminSession(deps.token, now);
  const app = new Hono<AppEnv>();
  // /admin and every page under it: never cached (the stylesheet says otherwise), never indexed.
  app.use("/admin/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
    c.header("X-Robots-Tag", "noindex");
    // The sign-in and sign-out forms post to /admin: the app's policy, forms to itself allowed.
    c.header("Content-Security-Policy", FORM_PAGE_POLICY);
  });
  if (deps.limiter) app.use("/admin/login", rateLimit(deps.limiter, clientIpKey));
  // A database that fails (not migrated, unreachable) is a page that says so, never a 500.
  app.onError((error, c) =>
    error instanceof HTTPException
      ? error.getResponse()
      : c.html(noticePage(lang, ADMIN.title[lang], ADMIN.unreadable[lang]), 503),
  );

  const period = (days: number) => periodOf({ days }, dayIn(centre.timeZone)(now()), centre.timeZone);

  return app
    .get("/admin/admin.css", (c) => {
      c.header("Content-Type", "text/css; charset=utf-8");
      c.header("Cache-Control", "public, max-age=300");
      return c.body(ADMIN_CSS);
    })
    .get("/admin", async (c) => {
      if (!session.enabled) return c.html(noticePage(lang, ADMIN.title[lang], ADMIN.notConfigured[lang]), 503);
      if (!(await session.valid(c))) return c.html(loginPage(lang, centre.name), 401);
      if (!deps.events || !deps.leads) return c.html(noticePage(lang, ADMIN.title[lang], ADMIN.noDatabase[lang]), 503);
      const days = daysOf(c.req.query("days"));
      const shown = period(days);
      const [stats, unanswered, leads] = await Promise.all([
        deps.events.stats(shown),
        deps.events.unanswered(shown, "low_confidence", 20),
        deps.leads.list({ ...shown, limit: 100 }),
      ]);
      return c.html(
        dashboardPage({ lang, centre: centre.name, days, stats, unanswered, leads, opcoNames: deps.opcoNames }),
      );
    })
    .post("/admin/login", async (c) => {
      if (!session.enabled) return c.html(noticePage(lang, ADMIN.title[lang], ADMIN.notConfigured[lang]), 503);
      const form = await c.req.parseBody();
      const typed = typeof form.token === "string" ? form.token.trim() : "";
      if (!(await session.matches(typed))) return c.html(loginPage(lang, centre.name, ADMIN.wrongToken[lang]), 401);
      await session.open(c);
      return c.redirect("/admin", 303);
    })
    .post("/admin/logout", (c) => {
      session.close(c);
      return c.redirect("/admin", 303);
    })
    .get("/admin/leads.csv", async (c) => {
      if (!session.enabled) return c.html(noticePage(lang, ADMIN.title[lang], ADMIN.notConfigured[lang]), 503);
      if (!(await session.valid(c))) return c.html(loginPage(lang, centre.name), 401);
      if (!deps.leads) return c.html(noticePage(lang, ADMIN.title[lang], ADMIN.noDatabase[lang]), 503);
      const shown = period(daysOf(c.req.query("days")));
      const records = await deps.leads.list({ ...shown, limit: 5000 });
      c.header("Content-Disposition", `attachment; filename="leads-${shown.from}-${shown.to}.csv"`);
      return c.body(leadsCsv(records, lang), 200, { "Content-Type": "text/csv; charset=utf-8" });
    });
}
