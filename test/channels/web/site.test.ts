import { describe, expect, it } from "vitest";
import { siteRoutes } from "../../../src/channels/web/site";

const site = siteRoutes({ widget: { js: "/* widget */", hash: "abc" } });

describe("the demo page", () => {
  it("has no inline style or script, so a strict Content-Security-Policy serves it as is", async () => {
    const html = await (await site.request("/")).text();
    expect(html).not.toMatch(/<style|style=|<script(?![^>]*\ssrc=)/);
    expect(html).toContain('<link rel="stylesheet" href="/demo.css">');
    expect(html).toContain('<script src="/widget.js?v=abc" defer></script>');
    const css = await site.request("/demo.css");
    expect(css.headers.get("Content-Type")).toContain("text/css");
    expect(await css.text()).toContain("header{");
  });

  it("links to the privacy and terms pages, in the page's language", async () => {
    const html = await (await site.request("/")).text();
    expect(html).toContain('<a href="/privacy">Confidentialité</a>');
    const terms = await (await site.request("/terms", { headers: { "Accept-Language": "fr-FR,fr;q=0.9" } })).text();
    expect(terms).toContain("<h1>Conditions d&#39;utilisation</h1>");
    expect(terms).toContain('href="/terms?lang=en"');
  });
});
