import { describe, expect, it } from "vitest";
import centreJson from "../../knowledge/centre/centre.json";
import { bundledCentre, parseCentre } from "../../src/core/centre";

describe("the centre's configuration (knowledge/centre/centre.json)", () => {
  it("is valid and names the centre and its declared Qualiopi categories", () => {
    const centre = bundledCentre();
    expect(centre.name).toBe("Centre Horizon Formation");
    expect(centre.provider?.qualiopi?.categories).toEqual(["actions-formation"]);
  });

  it("reads null as not configured: no contact, no SIRET, no NDA", () => {
    const centre = parseCentre(centreJson);
    expect(centre.contact).toBeUndefined();
    expect(centre.provider?.siret).toBeUndefined();
    expect(centre.provider?.nda).toBeUndefined();
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
