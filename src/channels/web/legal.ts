import { Hono } from "hono";
import type { Lang } from "../../core/lang";
import type { AppEnv } from "../../http/types";
import { escapeHtml } from "../../summary/html";
import { LEGAL_NAV, type LegalPage, PRIVACY, TERMS } from "./legal-copy";

const PAGES = { privacy: PRIVACY, terms: TERMS } as const;
type PageName = keyof typeof PAGES;

/** One page in plain HTML: no script, no style, so any Content-Security-Policy serves it as is. */
export function legalPage(name: PageName, lang: Lang): string {
  const page: LegalPage = PAGES[name][lang];
  const other: Lang = lang === "fr" ? "en" : "fr";
  const nav = LEGAL_NAV[lang];
  const sibling: PageName = name === "privacy" ? "terms" : "privacy";
  const sections = page.sections
    .map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}`)
    .join("\n");
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main>
<p lang="${other}"><a href="/${name}?lang=${other}">${escapeHtml(nav.other)}</a></p>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.lead)}</p>
${sections}
<p><a href="/${sibling}?lang=${lang}">${escapeHtml(nav[sibling])}</a></p>
</main>
</body>
</html>
`;
}

/** `?lang=` first, then the browser's preferred language among French and English; French by default. */
function pageLang(query: string | undefined, accept: string | undefined): Lang {
  if (query === "fr" || query === "en") return query;
  const preferred = (accept ?? "").split(",").map((part) => part.trim().slice(0, 2).toLowerCase());
  return preferred.find((code): code is Lang => code === "fr" || code === "en") ?? "fr";
}

/** `GET /privacy` and `GET /terms`: the pages the Teams manifest and the site link to. */
export function legalRoutes() {
  const app = new Hono<AppEnv>();
  for (const name of Object.keys(PAGES) as PageName[]) {
    app.get(`/${name}`, (c) => {
      c.header("Cache-Control", "public, max-age=3600");
      c.header("Vary", "Accept-Language");
      return c.html(legalPage(name, pageLang(c.req.query("lang"), c.req.header("Accept-Language"))));
    });
  }
  return app;
}
