import { describe, expect, it } from "vitest";
import centreJson from "../../knowledge/centre/centre.json";
import { bundledCentre, parseCentre } from "../../src/core/centre";

describe("the centre's configuration (knowledge/centre/centre.json)", () => {
  it("is valid and names the centre and its declared Qualiopi categories", () => {
    const centre = bundledCentre();
    expect(centre.name).toBe("Centre Horizon Formation");
    expect(centre.provider?.qualiopi?.categories).toEqual(["actions-formation"]);
  });

  it("reads null as not configured: no logo, no privacy notice of its own, no SIRET, no NDA", () => {
    const centre = parseCentre(centreJson);
    expect(centre.logoUrl).toBeUndefined();
    expect(centre.privacyUrl).toBeUndefined();
    expect(centre.provider?.siret).toBeUndefined();
    expect(centre.provider?.nda).toBeUndefined();
    expect(parseCentre({ name: "Centre Alpha", contact: null, welcome: null })).toEqual({
      name: "Centre Alpha",
      lang: "fr",
      timeZone: "Europe/Paris",
    });
  });

  it("gives its welcome, buttons and hours in both languages, and refuses a field it does not know", () => {
    const centre = bundledCentre();
    expect(centre.welcome?.en).toContain("Centre Horizon Formation");
    expect(centre.quickReplies?.fr.map((q) => q.label)).toEqual(["Nos formations", "Parler à un conseiller"]);
    expect(() => parseCentre({ name: "Centre Alpha", welcome: { fr: "Bonjour" } })).toThrow(/welcome\.en/);
    expect(() => parseCentre({ name: "Centre Alpha", adress: "Lyon" })).toThrow(/adress/);
    expect(() => parseCentre({ name: "Centre Alpha", timeZone: "Mars/Olympus" })).toThrow(/timeZone/);
    expect(() => parseCentre({ name: "Centre Alpha", accentColor: "green" })).toThrow(/accentColor/);
  });

  it("rejects a wrong file with every field at fault named, never a turn", () => {
    expect(() =>
      parseCentre({ name: "X", provider: { name: "Centre", siret: "123", qualiopi: { categories: ["cuisine"] } } }),
    ).toThrow(/centre\.json is invalid: name: .*provider\.siret: siret: 14 digits.*provider\.qualiopi\.categories\.0/);
    expect(() => parseCentre(null)).toThrow(/\(root\)/);
  });

  it("keeps a configured contact, and only https links", () => {
    const centre = parseCentre({
      name: "Centre Alpha",
      contact: { email: "contact@alpha.example", phone: "04 72 00 00 00" },
    });
    expect(centre.contact).toEqual({ email: "contact@alpha.example", phone: "04 72 00 00 00" });
    expect(() => parseCentre({ name: "Centre Alpha", site: "http://alpha.example" })).toThrow(/site/);
  });
});
