import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyDirectory, createCompanyDirectory } from "../../../src/tools/company-directory";
import { findOpco } from "../../../src/tools/find-opco/find-opco";
import { opcoReference } from "../../../src/tools/find-opco/reference-data";
import { type FindOpcoInput, FindOpcoInputSchema, FindOpcoOutputSchema } from "../../../src/tools/find-opco/schema";
import { fakeDirectory, json, searchBody, searchResult } from "../fake-directory";
import { PHRASINGS } from "./phrasings";

const reference = opcoReference();
const find = (input: FindOpcoInput, directory?: CompanyDirectory) =>
  findOpco(input, { reference, directory }).then((out) => FindOpcoOutputSchema.parse(out));

describe("findOpco by IDCC", () => {
  it("is certain, names the agreement and explains in French by default", async () => {
    const out = await find({ idcc: "1486" });
    expect(out).toMatchObject({
      status: "found",
      opco: { id: "atlas", name: "Atlas" },
      basis: "idcc",
      confidence: "certain",
      idcc: { code: "1486" },
    });
    expect(out.explanation).toContain("IDCC 1486");
    expect(out.explanation).toContain("Atlas");
  });

  it("knows the national metallurgy agreement added to the 2024 table, and answers in English", async () => {
    const out = await find({ idcc: "IDCC 3248", lang: "en" });
    expect(out).toMatchObject({ status: "found", opco: { id: "opco-2i" }, confidence: "certain" });
    expect(out.explanation).toMatch(/^Collective agreement IDCC 3248/);
  });

  it("answers not_found with guidance for an unknown number and for the 9999 placeholder, never a guess", async () => {
    const unknown = await find({ idcc: "4321" });
    expect(unknown).toMatchObject({ status: "not_found", confidence: "low" });
    expect(unknown.opco).toBeUndefined();
    expect(unknown.explanation).toContain("NAF");
    const none = await find({ idcc: "9999", lang: "en" });
    expect(none).toMatchObject({ status: "not_found", idcc: { code: "9999", label: "Sans convention collective" } });
    expect(none.explanation).toContain("main activity");
  });

  it("says why an IDCC is malformed", async () => {
    expect(await find({ idcc: "14 86 6" })).toMatchObject({
      status: "invalid_input",
      invalid: { field: "idcc", reason: "length" },
    });
  });
});

describe("findOpco by NAF code", () => {
  it("is probable and advises to confirm with the IDCC on a payslip", async () => {
    const out = await find({ naf: "6201Z" });
    expect(out).toMatchObject({
      status: "found",
      opco: { id: "atlas" },
      basis: "naf",
      confidence: "probable",
      naf: { code: "62.01Z" },
    });
    expect(out.explanation).toContain("bulletin de paie");
    expect(out.candidates?.[0]).toMatchObject({ id: "atlas", idcc: ["1486"] });
  });

  it("tells craft bakeries from industrial ones", async () => {
    expect((await find({ naf: "10.71C" })).opco?.id).toBe("opco-ep");
    expect((await find({ naf: "10.71A" })).opco?.id).toBe("ocapiat");
  });

  it("points private hospitals to OPCO Santé and says public ones go to the ANFH", async () => {
    const out = await find({ naf: "86.10Z" });
    expect(out).toMatchObject({ status: "found", opco: { id: "opco-sante" }, alternative: { funders: ["ANFH"] } });
  });

  it("lists the other candidate when a class is shared", async () => {
    const out = await find({ naf: "47.71Z" });
    expect(out.candidates?.map((c) => c.id)).toEqual(["opco-ep", "opcommerce"]);
  });

  it("answers not_applicable for public administration, and invalid_input for a code outside the nomenclature", async () => {
    expect(await find({ naf: "84.11Z" })).toMatchObject({
      status: "not_applicable",
      alternative: { funders: ["CNFPT", "ANFH", "administration employeuse"] },
    });
    expect(await find({ naf: "62.01A" })).toMatchObject({
      status: "invalid_input",
      invalid: { field: "naf", reason: "unknown_code" },
    });
  });
});

describe("findOpco by free text", () => {
  it.each([
    ["boulangerie", "opco-ep"],
    ["a bank", "atlas"],
    ["BTP", "constructys"],
    ["cabinet d'expertise comptable", "atlas"],
    ["hotel", "akto"],
    ["an engineering consultancy", "atlas"],
  ])("%s -> %s, probable at best", async (query, opco) => {
    const out = await find({ query });
    expect(out).toMatchObject({ status: "found", opco: { id: opco }, basis: "query" });
    expect(out.confidence).not.toBe("certain");
  });

  it("gives ambiguous candidates when the words point to several OPCOs", async () => {
    const out = await find({ query: "hôtel et salle de sport", lang: "en" });
    expect(out).toMatchObject({ status: "ambiguous", confidence: "low" });
    expect(out.candidates?.map((c) => c.id).sort()).toEqual(["afdas", "akto"]);
  });

  it("uses an identifier written in the text", async () => {
    expect(await find({ query: "notre convention est l'IDCC 1979" })).toMatchObject({
      status: "found",
      opco: { id: "akto" },
      confidence: "certain",
    });
  });

  it("answers not_found with guidance when nothing is recognised", async () => {
    const out = await find({ query: "nous faisons des choses" });
    expect(out).toMatchObject({ status: "not_found", basis: "query" });
    expect(out.explanation).toContain("IDCC");
  });
});

describe("findOpco by free text reads activities with the activity recogniser", () => {
  /** The OPCO found, or who funds when no OPCO does. */
  const answer = async (query: string) => {
    const out = await find({ query });
    return out.status === "found" ? out.opco?.id : out.alternative?.funders.join("/");
  };

  it.each(PHRASINGS)("%s -> %s", async (query, expected) => {
    expect(await answer(query)).toBe(expected);
  });

  it("names the words it read and the official label they match, and the NAF code", async () => {
    const out = await find({ query: "cabinet d'archi, 3 salariés", lang: "en" });
    expect(out).toMatchObject({
      status: "found",
      opco: { id: "opco-ep" },
      basis: "query",
      confidence: "probable",
      naf: { code: "71.11Z", label: "Activités d'architecture" },
    });
    expect(out.candidates?.[0]).toMatchObject({ id: "opco-ep", idcc: ["2332"] });
    expect(out.explanation).toContain(`"cabinet d'archi": Activités d'architecture`);
  });

  it("sends a 'micro-entreprise de plomberie' to the FAFCEA, not to Constructys", async () => {
    const out = await find({ query: "micro-entreprise de plomberie" });
    expect(out).toMatchObject({ status: "not_applicable", basis: "query", alternative: { funders: ["FAFCEA"] } });
    expect(out.opco).toBeUndefined();
    expect(out.explanation).toContain("FAFCEA");
  });

  it("sends a public care home to the ANFH and a town hall to the CNFPT", async () => {
    expect(await find({ query: "je travaille dans un EHPAD public" })).toMatchObject({
      status: "not_applicable",
      alternative: { funders: ["ANFH"] },
    });
    expect(await find({ query: "agent à la mairie de Lille" })).toMatchObject({
      status: "not_applicable",
      alternative: { funders: ["CNFPT"] },
    });
  });

  it("gives a sports association to Afdas (sport agreement, IDCC 2511), not to Uniformation", async () => {
    const out = await find({ query: "association sportive de 3 salariés" });
    expect(out).toMatchObject({ status: "found", opco: { id: "afdas" } });
    expect(out.candidates?.[0]?.idcc).toEqual(["2511"]);
  });

  it("sends a freelance developer to the FIFPL and a taxi owner to the FAFCEA by their NAF code", async () => {
    expect((await find({ query: "développeur freelance" })).alternative?.funders).toEqual(["FIFPL"]);
    expect((await find({ query: "artisan taxi" })).alternative?.funders).toEqual(["FAFCEA"]);
    expect((await find({ status: "self_employed", naf: "62.01Z" })).alternative?.funders).toEqual(["FIFPL"]);
    expect((await find({ status: "self_employed", naf: "49.32Z" })).alternative?.funders).toEqual(["FAFCEA"]);
  });

  it("chooses the FAF or the public funder from the activity when the status is given", async () => {
    expect((await find({ status: "self_employed", query: "taxi" })).alternative?.funders).toEqual(["FAFCEA"]);
    expect((await find({ status: "self_employed", query: "cabinet de kiné" })).alternative?.funders).toEqual(["FIFPL"]);
    expect((await find({ status: "public_agent", query: "EHPAD" })).alternative?.funders).toEqual(["ANFH"]);
  });

  it("says an employer that may be public would have no OPCO", async () => {
    expect(await find({ query: "clinique" })).toMatchObject({
      status: "found",
      opco: { id: "opco-sante" },
      alternative: { funders: ["ANFH"] },
    });
  });

  it("answers not_found when the text names no activity", async () => {
    for (const query of ["je veux faire une formation Excel", "the provider is not chosen yet", "merci beaucoup"]) {
      const out = await find({ query, lang: "en" });
      expect(out, query).toMatchObject({ status: "not_found", basis: "query", confidence: "low" });
      expect(out.explanation).toMatch(/^We cannot tell the OPCO from this description/);
    }
  });
});

describe("findOpco where no OPCO applies", () => {
  it("sends the self-employed to their FAF, chosen by activity when the NAF code is known", async () => {
    expect(await find({ status: "self_employed" })).toMatchObject({
      status: "not_applicable",
      alternative: { funders: ["VIVEA", "FAF-PM", "FIFPL", "FAFCEA", "AGEFICE"] },
    });
    expect((await find({ status: "self_employed", naf: "01.11Z" })).alternative?.funders).toEqual(["VIVEA"]);
    expect((await find({ status: "self_employed", naf: "86.21Z" })).alternative?.funders).toEqual(["FAF-PM"]);
    expect((await find({ status: "self_employed", naf: "69.10Z" })).alternative?.funders).toEqual(["FIFPL"]);
    expect((await find({ status: "self_employed", naf: "43.22A" })).alternative?.funders).toEqual(["FAFCEA"]);
    expect((await find({ status: "self_employed", naf: "47.19B" })).alternative?.funders).toEqual(["AGEFICE"]);
  });

  it.each([
    ["artisan plombier", "FAFCEA"],
    ["profession libérale", "FIFPL"],
    ["a freelance graphic designer", "FIFPL"],
    ["exploitant agricole", "VIVEA"],
    ["médecin libéral", "FAF-PM"],
    ["commerçant", "AGEFICE"],
  ])("sends a self-employed %s to %s from the activity's description", async (query, faf) => {
    expect((await find({ status: "self_employed", query })).alternative?.funders).toEqual([faf]);
  });

  it("sends public agents to the CNFPT, the ANFH or their administration", async () => {
    expect((await find({ status: "public_agent" })).alternative?.funders).toEqual([
      "CNFPT",
      "ANFH",
      "administration employeuse",
    ]);
    expect(
      (await find({ status: "public_agent", query: "fonction publique territoriale" })).alternative?.funders,
    ).toEqual(["CNFPT"]);
    expect((await find({ status: "public_agent", query: "public hospital", lang: "en" })).alternative?.funders).toEqual(
      ["ANFH"],
    );
    expect((await find({ status: "public_agent", query: "fonction publique d'État" })).alternative?.funders).toEqual([
      "administration employeuse",
    ]);
    expect(await find({ query: "je suis agent de la fonction publique" })).toMatchObject({
      status: "not_applicable",
      basis: "query",
    });
  });

  it("sends job seekers to France Travail and mentions the POE through the hiring company's OPCO", async () => {
    const out = await find({ status: "job_seeker", lang: "en" });
    expect(out.alternative?.funders).toContain("France Travail");
    expect(out.explanation).toContain("POE");
  });

  it("sends intermittents and artist-authors to AFDAS", async () => {
    expect((await find({ status: "intermittent" })).alternative?.funders).toEqual(["AFDAS"]);
    expect((await find({ query: "I am an artist-author", lang: "en" })).alternative?.funders).toEqual(["AFDAS"]);
  });
});

describe("findOpco by SIRET / SIREN through the company directory", () => {
  const companies: Record<string, ReturnType<typeof searchResult>> = {
    "732829320": searchResult({
      siren: "732829320",
      siret: "73282932000074",
      name: "BOULANGERIE DU MARCHE",
      naf: "10.71C",
      idccs: ["0843"],
    }),
    "552100554": searchResult({
      siren: "552100554",
      siret: "55210055400013",
      name: "GROUPE MIXTE",
      naf: "70.10Z",
      idccs: ["1486", "3248", "2120"],
    }),
    "542065479": searchResult({
      siren: "542065479",
      siret: "54206547900010",
      name: "SANS CONVENTION",
      naf: "62.01Z",
      idccs: ["9999"],
    }),
  };
  let server: Awaited<ReturnType<typeof fakeDirectory>>;
  let directory: CompanyDirectory;
  beforeAll(async () => {
    server = await fakeDirectory((q, res) => {
      if (q.startsWith("999")) return json(res, 429, { erreur: "too many requests" });
      const hit = companies[q.slice(0, 9)];
      json(res, 200, searchBody(hit ? [hit] : []));
    });
    directory = createCompanyDirectory({ baseUrl: server.url, fetch });
  });
  afterAll(() => server.close());

  it("is certain when the company applies one agreement", async () => {
    const out = await find({ siret: "732 829 320 00074" }, directory);
    expect(out).toMatchObject({
      status: "found",
      opco: { id: "opco-ep" },
      basis: "siret",
      confidence: "certain",
      directory: "found",
    });
    expect(out.company).toMatchObject({ name: "BOULANGERIE DU MARCHE", idccs: ["0843"] });
  });

  it("is ambiguous when its agreements belong to different OPCOs", async () => {
    const out = await find({ siren: "552100554" }, directory);
    expect(out).toMatchObject({ status: "ambiguous", basis: "siren" });
    expect(out.candidates?.map((c) => [c.id, c.idcc])).toEqual([
      ["atlas", ["1486", "2120"]],
      ["opco-2i", ["3248"]],
    ]);
    expect(out.explanation).toContain("bulletin de paie");
  });

  it("falls back to the NAF hint when the company declares no agreement", async () => {
    const out = await find({ siren: "542065479" }, directory);
    expect(out).toMatchObject({
      status: "found",
      opco: { id: "atlas" },
      basis: "naf",
      confidence: "probable",
      directory: "found",
    });
    expect(out.explanation).toContain("SANS CONVENTION");
  });

  it("says when no company matches, and when the directory is unavailable asks for the IDCC", async () => {
    expect(await find({ siren: "356000000" }, directory)).toMatchObject({
      status: "not_found",
      directory: "not_found",
    });
    const busy = await find({ siren: "999999998" }, directory);
    expect(busy).toMatchObject({ status: "not_found", directory: "unavailable", confidence: "low" });
    expect(busy.explanation).toContain("IDCC");
    expect(await findOpco({ siret: "73282932000074" }, { reference })).toMatchObject({ directory: "unavailable" });
  });

  it("rejects a SIRET with a wrong check digit before calling the directory", async () => {
    const before = server.queries.length;
    expect(await find({ siret: "73282932000075" }, directory)).toMatchObject({
      status: "invalid_input",
      invalid: { field: "siret", reason: "checksum" },
    });
    expect(server.queries.length).toBe(before);
  });
});

describe("input schema", () => {
  it("needs at least one field and defaults the language to French", () => {
    expect(FindOpcoInputSchema.safeParse({}).success).toBe(false);
    expect(FindOpcoInputSchema.parse({ idcc: "1486" }).lang).toBe("fr");
    expect(FindOpcoInputSchema.safeParse({ idcc: "1486", lang: "de" }).success).toBe(false);
  });
});
