import { describe, expect, it } from "vitest";
import catalogueSchema from "../../knowledge/centre/catalogue.schema.json";
import centreSchema from "../../knowledge/centre/centre.schema.json";
import { centreJsonSchemas } from "../../scripts/centre-build";
import { bundledCatalogue, parseCatalogue } from "../../src/core/catalogue";

const course = {
  id: "excel",
  title: { fr: "Excel", en: "Excel" },
  hours: 14,
  cpf: false,
  keywords: ["excel"],
};

describe("the centre's catalogue (knowledge/centre/catalogue.json)", () => {
  it("is valid, each course with its title in both languages, length, CPF eligibility and sessions", () => {
    const { courses } = bundledCatalogue();
    expect(courses.map((c) => c.id)).toContain("excel-avance");
    for (const c of courses) {
      expect(c.title.fr && c.title.en).toBeTruthy();
      if (c.cpf) expect(c.certification).toBeDefined();
    }
  });

  it("refuses a CPF course without a certification, two courses of one id and a field it does not know", () => {
    expect(() => parseCatalogue({ courses: [{ ...course, cpf: true }] })).toThrow(/courses\.0\.cpf: the CPF only pays/);
    expect(() => parseCatalogue({ courses: [course, course] })).toThrow(/same id/);
    expect(() => parseCatalogue({ courses: [{ ...course, prix: 10 }] })).toThrow(/prix/);
    expect(() => parseCatalogue({ courses: [{ ...course, sessions: [{ start: "mars 2027" }] }] })).toThrow(
      /sessions\.0\.start/,
    );
    expect(parseCatalogue({ courses: [{ ...course, price: null, url: null }] }).courses[0]).toMatchObject({
      sessions: [],
    });
  });

  it("ships the JSON Schemas of both files as `npm run build` writes them", () => {
    const schemas = centreJsonSchemas();
    expect(JSON.parse(schemas.centre)).toEqual(centreSchema);
    expect(JSON.parse(schemas.catalogue)).toEqual(catalogueSchema);
  });
});
