import { Hono } from "hono";
import { WIDGET_HASH, WIDGET_JS } from "../../generated/widget";
import type { AppEnv } from "../../http/types";
import { legalRoutes } from "./legal";

export interface SiteDeps {
  /** The built widget (src/generated/widget.ts, from `npm run widget:build`). */
  widget?: { js: string; hash: string };
}

/** The demo page's styles, served as a file: the page has no inline style or script, so a strict Content-Security-Policy serves it as is. */
const DEMO_CSS = `body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#f7f5f0}
header{background:#0b6e4f;color:#fff;padding:2.5rem 1.5rem}
header h1{margin:0;font-size:2rem}main,footer{max-width:46rem;margin:0 auto;padding:1.5rem}
.card{background:#fff;border-radius:10px;padding:1.2rem 1.4rem;margin:1rem 0;box-shadow:0 1px 4px rgba(0,0,0,.08)}
code{background:#eee;padding:.1rem .3rem;border-radius:4px;font-size:.9em}
`;

/** The demo page: a fictional training centre that embeds the widget with one script tag, as a customer would. */
const demoPage = (hash: string) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Centre Horizon Formation — financer votre formation</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header><h1>Centre Horizon Formation</h1><p>Formations en bureautique, langues, management et sécurité — Lyon et à distance.</p></header>
<main>
<div class="card"><h2>Faire financer votre formation</h2>
<p>Entreprise, salarié, demandeur d'emploi ou indépendant : notre assistant vous dit quel OPCO ou quel financeur
contacter, quel dispositif utiliser, quels documents préparer et dans quels délais. Cliquez sur la bulle en bas à droite.</p></div>
<div class="card"><h2>Nos prochaines sessions</h2><ul>
<li>Anglais professionnel (TOEIC) — 30 h, mars</li><li>Excel avancé — 14 h, février</li><li>Manager une équipe — 21 h, avril</li></ul></div>
<div class="card"><p>Ce site de démonstration intègre l'assistant avec une seule balise&nbsp;:
<code>&lt;script src="/widget.js" defer&gt;&lt;/script&gt;</code>.</p></div>
</main>
<script src="/widget.js?v=${hash}" defer></script>
<opco-assistant lang="fr" title="Financer ma formation" accent-color="#0b6e4f"></opco-assistant>
<footer><p><a href="/privacy">Confidentialité</a> · <a href="/terms">Conditions d'utilisation</a></p></footer>
</body>
</html>
`;

/**
 * `GET /` (demo page and its stylesheet), `GET /widget.js` (the widget, cacheable; immutable when versioned with `?v=`),
 * and the privacy and terms pages.
 */
export function siteRoutes({ widget = { js: WIDGET_JS, hash: WIDGET_HASH } }: SiteDeps = {}) {
  const etag = `"${widget.hash}"`;
  const page = demoPage(widget.hash);
  return new Hono<AppEnv>()
    .route("/", legalRoutes())
    .get("/", (c) => c.html(page))
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
