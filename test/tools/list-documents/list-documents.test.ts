import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, SCHEME_IDS } from "../../../src/core/ids";
import { documentCatalogue } from "../../../src/tools/list-documents/data";
import { listDocuments } from "../../../src/tools/list-documents/list-documents";
import { ListDocumentsOutputSchema } from "../../../src/tools/list-documents/schema";

const catalogue = documentCatalogue();
const list = (input: Parameters<typeof listDocuments>[0]) =>
  ListDocumentsOutputSchema.parse(listDocuments(input, catalogue));

describe("listDocuments", () => {
  it.each(SCHEME_IDS)(
    "%s has documents before and after the training, each with an official https source",
    (scheme) => {
      for (const lang of ["fr", "en"] as const) {
        const { documents } = list({ scheme, lang });
        expect(documents.some((d) => d.phase === "before" && d.required)).toBe(true);
        expect(documents.some((d) => d.phase === "after" && d.required)).toBe(true);
        for (const doc of documents) {
          expect(doc.source).toMatch(/^https:\/\/(www\.service-public\.fr|travail-emploi\.gouv\.fr)\//);
          expect(doc.label.length).toBeGreaterThan(10);
        }
        expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
      }
    },
  );

  it("lists the documents before the training first, then those after", () => {
    const phases = list({ scheme: "plan-developpement-competences" }).documents.map((d) => d.phase);
    expect(phases).toEqual([...phases].sort((a, b) => (a === b ? 0 : a === "before" ? -1 : 1)));
  });

  it("asks for the apprenticeship contract on CERFA FA13 n° 10103, sent by the employer to the OPCO within 5 days", () => {
    const cerfa = list({ scheme: "contrat-apprentissage", phase: "before", lang: "fr" }).documents.find(
      (d) => d.id === "cerfa-fa13-10103",
    );
    expect(cerfa).toMatchObject({ who: "employer", required: true, phase: "before" });
    expect(cerfa?.label).toContain("FA13 n° 10103");
    expect(cerfa?.note).toMatch(/OPCO.*5 jours/);
    expect(cerfa?.for).toContain("opco");
  });

  it("asks for the professionalisation contract on CERFA EJ20 n° 12434", () => {
    const { documents } = list({ scheme: "contrat-professionnalisation", lang: "en" });
    expect(documents.find((d) => d.id === "cerfa-ej20-12434")?.label).toContain("EJ20 no. 12434");
  });

  it("for a période de reconversion, asks for the signed agreement and the request to the OPCO in the 30 days before the start", () => {
    const { documents } = list({ scheme: "periode-reconversion", phase: "before", lang: "en" });
    expect(documents.find((d) => d.id === "cerfa-accord-ecrit")?.label).toMatch(
      /signed by the employer and the employee/,
    );
    const request = documents.find((d) => d.id === "demande-prise-en-charge");
    expect(request).toMatchObject({ who: "employer", for: ["opco"], required: true });
    expect(request?.label).toContain("30 days before the start");
  });

  it("ends every training scheme with proof the training took place: a certificate, attendance proof or the jury's decision", () => {
    for (const scheme of SCHEME_IDS) {
      const after = list({ scheme, phase: "after", lang: "en" }).documents.map((d) => d.label.toLowerCase());
      expect(
        after.some((label) => /certificate|attendance|jury/.test(label)),
        scheme,
      ).toBe(true);
    }
  });

  it("keeps only one phase when asked", () => {
    expect(list({ scheme: "cpf", phase: "after" }).documents.every((d) => d.phase === "after")).toBe(true);
    expect(list({ scheme: "cpf", phase: "before" }).documents.every((d) => d.phase === "before")).toBe(true);
  });

  it("with a role, keeps what that role provides, receives or keeps", () => {
    const all = list({ scheme: "bilan-competences" }).documents;
    const employee = list({ scheme: "bilan-competences", role: "employee" }).documents;
    expect(employee.length).toBeLessThan(all.length);
    for (const doc of employee) expect(doc.who === "learner" || doc.for.includes("learner")).toBe(true);
    expect(employee.map((d) => d.id)).toContain("document-synthese");
    const employer = list({ scheme: "bilan-competences", role: "employer" }).documents.map((d) => d.id);
    expect(employer).not.toContain("document-synthese");
  });

  it("gives a provider what it issues: quote, programme, attendance sheets, certificate and invoice", () => {
    const ids = list({ scheme: "plan-developpement-competences", role: "provider" }).documents.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining(["devis", "programme", "feuilles-emargement", "certificat-realisation", "facture"]),
    );
    expect(ids).not.toContain("demande-prise-en-charge");
  });

  it("writes labels, notes and who in the requested language", () => {
    const fr = list({ scheme: "projet-transition-professionnelle", lang: "fr" }).documents[0];
    const en = list({ scheme: "projet-transition-professionnelle", lang: "en" }).documents[0];
    expect(fr?.id).toBe(en?.id);
    expect(fr?.label).not.toBe(en?.label);
    expect(fr?.whoLabel).toBe("la personne formée");
    expect(en?.whoLabel).toBe("the trainee");
  });

  it("sends the PTP application to Transitions Pro, not to an OPCO", () => {
    const { documents } = list({ scheme: "projet-transition-professionnelle" });
    expect(documents.find((d) => d.id === "dossier-transitions-pro")?.for).toEqual(["transitions_pro"]);
    expect(documents.some((d) => d.for.includes("opco"))).toBe(false);
  });

  it("asks the employer to report an early end of a professionalisation contract within 30 days to the OPCO, the DREETS and URSSAF", () => {
    // Art. D. 6325-5 of the Code du travail: card contrat-professionnalisation.
    const notice = list({ scheme: "contrat-professionnalisation", lang: "fr" }).documents.find(
      (d) => d.id === "signalement-rupture",
    );
    expect(notice).toMatchObject({ who: "employer", for: ["opco", "dreets", "urssaf"], required: false });
    expect(notice?.label).toMatch(/30 jours/);
  });

  it("has the apprenticeship mentor's diplomas attested in the CERFA, with nothing to attach", () => {
    // travail-emploi.gouv.fr, le contrat d'apprentissage: card apprentissage-cerfa-depot.
    const mentor = list({ scheme: "contrat-apprentissage", lang: "en" }).documents.find(
      (d) => d.id === "justificatifs-maitre-apprentissage",
    );
    expect(mentor?.label).toMatch(/Statement, in the contract's CERFA form/);
    expect(mentor?.note).toMatch(/^Nothing to attach/);
  });

  it("never gives a job seeker or a self-employed person an employer's paper: no absence request, no employer top-up", () => {
    for (const role of ["job_seeker", "self_employed"] as const) {
      const ids = list({ scheme: "cpf", role }).documents.map((d) => d.id);
      expect(ids).toContain("inscription-mon-compte-formation");
      expect(ids).not.toContain("demande-autorisation-absence");
      expect(ids).not.toContain("accord-abondement");
      for (const doc of list({ scheme: "vae", role }).documents) expect(doc.who).not.toBe("employer");
    }
    expect(list({ scheme: "cpf", role: "employee" }).documents.map((d) => d.id)).toContain(
      "demande-autorisation-absence",
    );
  });

  it("has a self-employed person's own list for the FAF: the CFP certificate, the request before the start, the receipted invoice", () => {
    const { documents } = list({ scheme: "faf", role: "self_employed", lang: "fr" });
    expect(documents.map((d) => d.id)).toEqual([
      "attestation-cfp",
      "devis-programme",
      "certificat-qualiopi",
      "demande-prise-en-charge",
      "attestation-presence",
      "facture-acquittee",
    ]);
    expect(documents.find((d) => d.id === "demande-prise-en-charge")?.for).toEqual(["faf"]);
    for (const doc of documents) expect(doc.for.includes("opco") || doc.who === "employer").toBe(false);
  });

  it("has a public agent's list: the request goes to the administration, not to an OPCO", () => {
    const { documents } = list({ scheme: "administration", role: "public_agent", lang: "en" });
    expect(documents[0]).toMatchObject({ id: "demande-formation", for: ["administration"] });
    expect(documents.some((d) => d.for.includes("opco"))).toBe(false);
  });

  it("rejects an unknown scheme", () => {
    expect(() => listDocuments({ scheme: "pro-a" as never }, catalogue)).toThrow();
  });

  it("gives schema-valid output for any valid input, in both languages", () => {
    const input = fc.record(
      {
        scheme: fc.constantFrom(...SCHEME_IDS),
        phase: fc.constantFrom("before" as const, "after" as const, "all" as const),
        role: fc.constantFrom(...ROLES),
        lang: fc.constantFrom("fr" as const, "en" as const),
      },
      { requiredKeys: ["scheme"] },
    );
    fc.assert(
      fc.property(input, (value) => {
        const out = list(value);
        expect(out.scheme).toBe(value.scheme);
        expect(out.lang).toBe(value.lang ?? "fr");
        for (const doc of out.documents) if (value.phase && value.phase !== "all") expect(doc.phase).toBe(value.phase);
      }),
    );
  });
});
