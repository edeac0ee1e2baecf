import { Hono } from "hono";
import { bundledCatalogue, type Course } from "../../core/catalogue";
import { bundledCentre, type Centre } from "../../core/centre";
import { formatDate } from "../../core/lang";
import { reachLine } from "../../dialogue/centre-words";
import { WIDGET_HASH, WIDGET_JS } from "../../generated/widget";
import { CONTENT_SECURITY_POLICY, policyOf } from "../../http/security-headers";
import type { AppEnv } from "../../http/types";
import { upcomingSessions } from "../../summary/courses";
import { escapeHtml } from "../../summary/html";
import { legalRoutes } from "./legal";

export interface SiteDeps {
  /** The built widget (src/generated/widget.ts, from `npm run widget:build`). */
  widget?: { js: string; hash: string };
  /** The centre the demo page presents (the bundled `knowledge/centre/` by default). */
  centre?: Centre;
  courses?: readonly Course[];
  now?: () => number;
}

/** The demo page's styles, served as a file: the page has no inline style or script, so a strict Content-Security-Policy serves it as is. */
const DEMO_CSS = `body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#f7f5f0}
header{background:#0b6e4f;color:#fff;padding:2.5rem 1.5rem}
header h1{margin:0;font-size:2rem}main,footer{max-width:46rem;margin:0 auto;padding:1.5rem}
.card{background:#fff;border-radius:10px;padding:1.2rem 1.4rem;margin:1rem 0;box-shadow:0 1px 4px rgba(0,0,0,.08)}
code{background:#eee;padding:.1rem .3rem;border-radius:4px;font-size:.9em}
`;

/** The words of the demo page that do not come from the centre's configuration. */
const DEMO_COPY = {
  fundTitle: "Faire financer votre formation",
  fund: "Entreprise, salarié, demandeur d'emploi ou indépendant : notre assistant vous dit quel OPCO ou quel financeur contacter, quel dispositif utiliser, quels documents préparer et dans quels délais. Cliquez sur la bulle en bas à droite.",
  sessions: "Nos prochaines sessions",
  onRequest: "dates sur demande",
  embed: "Ce site de démonstration intègre l'assistant avec une seule balise\u00a0:",
  contact: "Nous joindre",
  privacy: "Confidentialité",
  terms: "Conditions d'utilisation",
};

/**
 * The demo page: a training centre, the one of `knowledge/centre/` (its name, tagline, courses with
 * their next session, contact and colour), that embeds the widget with one script tag, as a customer would.
 */
function demoPage(hash: string, centre: Centre, courses: readonly Course[], today: string): string {
  const e = escapeHtml;
  const lang = "fr";
  const items = courses.map((course) => {
    const next = upcomingSessions(course, today)[0];
    const when = next ? `${formatDate(next.start, lang)}${next.place ? `, ${next.place}` : ""}` : DEMO_COPY.onRequest;
    // Plain text, no link: the widget is the first thing a keyboard reaches on the page.
    return `<li>${e(course.title[lang])} — ${course.hours} h, ${e(when)}</li>`;
  });
  const reach = reachLine(centre, lang);
  const privacy = centre.privacyUrl ?? "/privacy";
  const accent = centre.accentColor ? ` accent-color="${e(centre.accentColor)}"` : "";
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(centre.name)} — financer votre formation</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header><h1>${e(centre.name)}</h1>${centre.tagline ? `<p>${e(centre.tagline[lang])}</p>` : ""}</header>
<main>
<div class="card"><h2>${DEMO_COPY.fundTitle}</h2>
<p>${e(DEMO_COPY.fund)}</p></div>
${items.length ? `<div class="card"><h2>${DEMO_COPY.sessions}</h2><ul>\n${items.join("\n")}\n</ul></div>` : ""}
<div class="card"><p>${e(DEMO_COPY.embed)}
<code>&lt;script src="/widget.js" defer&gt;&lt;/script&gt;</code>.</p></div>
</main>
<script src="/widget.js?v=${hash}" defer></script>
<opco-assistant lang="fr" title="Financer ma formation"${accent}></opco-assistant>
<footer>${reach ? `<p>${DEMO_COPY.contact} : ${e(reach)}</p>` : ""}<p><a href="${e(privacy)}">${DEMO_COPY.privacy}</a> · <a href="/terms">${e(DEMO_COPY.terms)}</a></p></footer>
</body>
</html>
`;
}

/**
 * `GET /` (demo page and its stylesheet), `GET /widget.js` (the widget, cacheable; immutable when versioned with `?v=`),
 * and the privacy and terms pages.
 */
export function siteRoutes({
  widget = { js: WIDGET_JS, hash: WIDGET_HASH },
  centre = bundledCentre(),
  courses = bundledCatalogue().courses,
  now = Date.now,
}: SiteDeps = {}) {
  const etag = `"${widget.hash}"`;
  return new Hono<AppEnv>()
    .route("/", legalRoutes())
    .get("/", (c) => {
      // The centre's logo, shown by the widget, may live on its own site: the page's policy lets that one image in.
      if (centre.logoUrl)
        c.header(
          "Content-Security-Policy",
          policyOf({
            ...CONTENT_SECURITY_POLICY,
            imgSrc: [...CONTENT_SECURITY_POLICY.imgSrc, new URL(centre.logoUrl).origin],
          }),
        );
      return c.html(demoPage(widget.hash, centre, courses, new Date(now()).toISOString().slice(0, 10)));
    })
    .get("/demo.css", (c) => {
      c.header("Content-Type", "text/css; charset=utf-8");
      c.header("Cache-Control", "public, max-age=300");
      return c.body(DEMO_CSS);
    })
    .get("/widget.js", (c) => {
      c.header("Content-Type", "text/javascript; charset=utf-8");
      // Loaded by <script> from customers' sites: another origin must be able to embed it.
      c.header("Cross-Origin-Resource-Policy", "cross-origin");
      c.header("ETag", etag);
      c.header(
        "Cache-Control",
        c.req.query("v") === widget.hash
          ? "public, max-age=31536000, immutable"
          : "public, max-age=300, stale-while-revalidate=86400",
      );
      if (c.req.header("If-None-Match") === etag) return c.body(null, 304);
      return c.body(widget.js);
    });
}
