import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { importOfficialList } from "../../../src/node/qualiopi/import-csv";
import { SQL_FILE } from "../../../src/node/qualiopi/snapshot-file";
import { snapshotToSql } from "../../../src/tools/qualiopi/sql";
import { FIXTURE_AS_OF, FIXTURE_CSV, importFixture, ORGS } from "../../fixtures/qualiopi";

const HEADER =
  "Numéro Déclaration Activité;Numéro Déclaration Activité Précédent;Dénomination;Code SIREN;Siret Etablissement Déclarant;" +
  "Adresse Organisme de Formation;Code Postal Organisme de Formation;Ville Organisme de Formation";
const fromText = (text: string) => importOfficialList(Readable.from([text]), "2026-01-15");

describe("importing the official list of training organisations", () => {
  it("reads the fixture: 14 rows, 11 organisations, one duplicate, two bad rows with their line and reason", async () => {
    const { snapshot, report } = await importFixture();
    expect(report).toMatchObject({ rows: 14, imported: 11, duplicates: 1, bad: 2 });
    expect(report.badRows).toEqual([
      { line: 14, reason: expect.stringMatching(/SIREN.*checksum/) },
      { line: 15, reason: expect.stringMatching(/NDA.*empty/) },
    ]);
    expect(snapshot.asOf).toBe(FIXTURE_AS_OF);
    expect(snapshot.organisations.filter((o) => o.nda === ORGS.atelier.nda)).toHaveLength(1);
  });

  it("strips the BOM so the first column (the NDA) is found", async () => {
    const { snapshot } = await importFixture();
    expect(snapshot.organisations.map((o) => o.nda)).toContain(ORGS.bilan.nda);
  });

  it("keeps a ';' and escaped double quotes inside quoted fields", async () => {
    const { snapshot } = await importFixture();
    const names = snapshot.organisations.map((o) => o.name);
    expect(names).toContain(ORGS.sud.name);
    expect(names).toContain(ORGS.savoirs.name);
    const sud = snapshot.organisations.find((o) => o.nda === ORGS.sud.nda);
    expect(sud).toMatchObject({
      siren: ORGS.sud.siren,
      siret: ORGS.sud.siret,
      postalCode: "13100",
      city: "Aix-en-Provence",
      categories: ["actions-formation"],
    });
  });

  it("maps the four category columns, and empty cells to no category and no field", async () => {
    const { snapshot } = await importFixture();
    const byNda = new Map(snapshot.organisations.map((o) => [o.nda, o]));
    expect(byNda.get(ORGS.atelier.nda)?.categories).toEqual(["actions-formation", "apprentissage"]);
    expect(byNda.get(ORGS.bilan.nda)?.categories).toEqual(["bilans-competences"]);
    expect(byNda.get(ORGS.savoirs.nda)?.categories).toEqual(["actions-formation", "vae"]);
    expect(byNda.get(ORGS.pain.nda)?.categories).toEqual([]);
    expect(byNda.get(ORGS.langues.nda)).toEqual({
      nda: ORGS.langues.nda,
      siren: ORGS.langues.siren,
      siret: ORGS.langues.siret,
      name: ORGS.langues.name,
      postalCode: "33000",
      city: "Bordeaux",
      categories: [],
    });
  });

  it("reads the categories from the Certifications column when the export has no category columns", async () => {
    const { snapshot } = await fromText(
      `${HEADER};Certifications\n` +
        `11755012375;;Institut A;783412901;78341290100341;;75011;Paris;"Actions de formations, Bilans de compétences, Actions de formations par apprentissage"\n` +
        "93130789013;;Institut B;792301459;;;13006;Marseille;VAE\n" +
        "27210345621;;Institut C;890234156;;;21000;Dijon;\n",
    );
    expect(snapshot.organisations.map((o) => o.categories)).toEqual([
      ["actions-formation", "bilans-competences", "apprentissage"],
      ["vae"],
      [],
    ]);
  });

  it("accepts the field-name headers of the API export and oui/non flags", async () => {
    const { snapshot } = await fromText(
      "numeroDeclarationActivite;denomination;siren;siretEtablissementDeclarant;certifications.actionsDeFormation;certifications.VAE\n" +
        "11755012375;Institut A;783412901;78341290100341;OUI;NON\n",
    );
    expect(snapshot.organisations).toEqual([
      {
        nda: "11755012375",
        siren: "783412901",
        siret: "78341290100341",
        name: "Institut A",
        categories: ["actions-formation"],
      },
    ]);
  });

  it("drops a SIRET that fails its checksum or belongs to another SIREN, and keeps the organisation", async () => {
    const { snapshot, report } = await fromText(
      `${HEADER}\n11755012375;;Institut A;783412901;78341290100342;;;\n93130789013;;Institut B;792301459;78341290100341;;;\n`,
    );
    expect(report.bad).toBe(0);
    expect(snapshot.organisations.map((o) => o.siret)).toEqual([undefined, undefined]);
  });

  it("keeps a stray quote inside a field as text", async () => {
    const { snapshot, report } = await fromText(
      `${HEADER}\n11755012375;;"Institut "A" Lyon;783412901;;;;\n93130789013;;Institut B;792301459;;;;\n`,
    );
    expect(report).toMatchObject({ rows: 2, imported: 2, bad: 0 });
    expect(snapshot.organisations[0]?.name).toBe('"Institut "A" Lyon');
  });

  it("reports a quote never closed as an unreadable row with its line, without failing", async () => {
    const { snapshot, report } = await fromText(
      `${HEADER}\n93130789013;;Institut B;792301459;;;;\n11755012375;;"Institut A;783412901;;;;\n`,
    );
    expect(snapshot.organisations.map((o) => o.nda)).toEqual(["93130789013"]);
    expect(report).toMatchObject({
      rows: 2,
      imported: 1,
      bad: 1,
      badRows: [{ line: 3, reason: expect.stringMatching(/^unreadable CSV: Quote Not Closed/) }],
    });
  });

  it("refuses a file that is not the official list", async () => {
    await expect(fromText("a,b,c\n1,2,3\n")).rejects.toThrow(/missing column/);
    await expect(fromText("")).rejects.toThrow(/empty/);
  });
});

describe("the SQL that loads the D1 registry", () => {
  it("clears the tables, inserts in batches, escapes quotes and writes the date last", async () => {
    const { snapshot } = await importFixture();
    const statements = snapshotToSql(snapshot, 4);
    expect(statements.slice(0, 2)).toEqual(["DELETE FROM qualiopi_meta;", "DELETE FROM qualiopi_organisations;"]);
    expect(statements.filter((s) => s.startsWith("INSERT INTO qualiopi_organisations"))).toHaveLength(3);
    const sql = statements.join("\n");
    expect(sql).toContain("'École Boulangère Pain d''Or', 'ecole boulangere pain d or'");
    expect(sql).toContain(`'${ORGS.langues.name}', 'langues express bordeaux', '33000', 'Bordeaux', ''`);
    expect(statements.at(-1)).toBe(
      "INSERT INTO qualiopi_meta (key, value) VALUES ('as_of', '2026-11-02'), ('count', '11');",
    );
  });
});

describe("the fixture's SQL that the workerd tests load", () => {
  it(`is exactly what the importer writes as ${SQL_FILE} (regenerate: npm run qualiopi:import -- <fixture.csv> --as-of ${FIXTURE_AS_OF})`, async () => {
    const { snapshot } = await importFixture();
    const committed = await readFile(FIXTURE_CSV.replace(/\.csv$/, ".sql"), "utf8");
    expect(committed).toBe(`${snapshotToSql(snapshot).join("\n")}\n`);
  });
});
