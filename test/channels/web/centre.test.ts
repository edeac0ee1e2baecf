import { describe, expect, it } from "vitest";
import { PublicCentreSchema } from "../../../src/channels/web/centre";
import { siteRoutes } from "../../../src/channels/web/site";
import { parseCentre } from "../../../src/core/centre";
import { testApp } from "../../helpers";

const JANUARY = () => Date.UTC(2027, 0, 25);

describe("GET /api/centre", () => {
  it("serves the centre's public configuration in the language asked, with its upcoming sessions", async () => {
    const { app } = testApp({ deps: { now: JANUARY } });
    const res = await app.request("/api/centre?lang=en");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toContain("max-age");
    const centre = PublicCentreSchema.parse(await res.json());
    expect(centre).toMatchObject({
      lang: "en",
      name: "Centre Horizon Formation",
      contact: { email: "contact@horizon-formation.example", phone: "04 72 00 00 00" },
      hours: "Monday to Friday, 9 am to 6 pm",
      privacyUrl: "http://localhost/privacy?lang=en",
      quickReplies: [{ label: "Our courses" }, { label: "Talk to an adviser" }],
      provider: { name: "Centre Horizon Formation", qualiopi: ["actions-formation"] },
    });
    expect(centre.welcome).toContain("Centre Horizon Formation's assistant");
    const excel = centre.catalogue.find((c) => c.id === "excel-avance");
    expect(excel).toMatchObject({ title: "Advanced Excel", duration: "14 h", cpf: true, price: 690 });
    // The session of 4 February is still to come on 25 January; none before it is listed.
    expect(excel?.sessions.map((s) => s.start)).toEqual(["2027-02-04", "2027-04-01"]);
    const sst = centre.catalogue.find((c) => c.id === "sauveteur-secouriste-du-travail");
    expect(sst?.sessions.map((s) => s.start)).toEqual(["2027-03-18"]);
  });

  it("speaks the centre's language by default and refuses another", async () => {
    const { app } = testApp();
    expect(((await (await app.request("/api/centre")).json()) as { lang: string }).lang).toBe("fr");
    expect((await app.request("/api/centre?lang=de")).status).toBe(400);
  });
});

describe("the demo page, made from the centre's configuration", () => {
  it("shows the centre's name, tagline, courses with their next session, contact and colour", async () => {
    const html = await (await siteRoutes({ widget: { js: "", hash: "abc" }, now: JANUARY }).request("/")).text();
    expect(html).toContain("<h1>Centre Horizon Formation</h1>");
    expect(html).toContain("Formations en bureautique, langues, management et sécurité");
    expect(html).toContain("<li>Excel avancé — 14 h, 4 février 2027, Lyon</li>");
    expect(html).toContain("04 72 00 00 00");
    expect(html).toContain('accent-color="#0b6e4f"');
    const other = siteRoutes({
      widget: { js: "", hash: "abc" },
      centre: parseCentre({ name: "Centre Beta", privacyUrl: "https://beta.example/rgpd" }),
      courses: [],
    });
    const page = await (await other.request("/")).text();
    expect(page).toContain("<h1>Centre Beta</h1>");
    expect(page).not.toContain("Nos prochaines sessions");
    expect(page).toContain('href="https://beta.example/rgpd"');
  });
});
