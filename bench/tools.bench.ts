import idccTable from "../knowledge/data/idcc.json";
import { findOpco } from "../src/tools/find-opco/find-opco";
import { lookupIdcc, lookupNaf, opcoReference } from "../src/tools/find-opco/reference-data";
import { NAF_SUBCLASSES } from "../src/tools/naf-codes";
import { asyncOpsPerSecond, opsPerSecond } from "./stats";

/** In-process speed of the OPCO lookups: raw IDCC and NAF strings parsed then looked up, and whole findOpco answers. */
export async function run() {
  const reference = opcoReference();
  const idccs = Object.keys(idccTable.opcos).map((idcc, i) => (i % 3 === 0 ? `IDCC ${idcc}` : idcc));
  const nafs = NAF_SUBCLASSES.map((code, i) => (i % 2 === 0 ? code.replace(".", "") : code));
  const inputs = [
    { idcc: "1486" },
    { idcc: "IDCC 3248", lang: "en" as const },
    { naf: "10.71C" },
    { naf: "6201Z" },
    { idcc: "9999" },
    { status: "job_seeker" as const },
  ];
  return {
    idcc_lookups_per_s: opsPerSecond((i) => lookupIdcc(idccs[i % idccs.length] as string)),
    naf_lookups_per_s: opsPerSecond((i) => lookupNaf(nafs[i % nafs.length] as string)),
    // Whole findOpco answers, awaited (no directory: these inputs never need it).
    find_opco_ops_per_s: await asyncOpsPerSecond((i) =>
      findOpco(inputs[i % inputs.length] as (typeof inputs)[number], { reference }),
    ),
    find_opco_query_ops_per_s: await asyncOpsPerSecond((i) =>
      findOpco({ query: i % 2 ? "boulangerie artisanale" : "a bank in Lyon" }, { reference }),
    ),
  };
}
