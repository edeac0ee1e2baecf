import { TRAINING_GOALS as GOALS, SCHEME_IDS } from "../src/core/ids";
import { fundingRoutes } from "../src/tools/funding-routes/funding-routes";
import { FUNDING_STATUSES } from "../src/tools/funding-routes/schema";
import { documentCatalogue } from "../src/tools/list-documents/data";
import { listDocuments } from "../src/tools/list-documents/list-documents";
import { opsPerSecond, percentile, round, timeEach } from "./stats";

/** In-process speed of listDocuments and fundingRoutes (input validation included). */
export async function run() {
  const catalogue = documentCatalogue();
  const docs = (i: number) =>
    listDocuments({ scheme: SCHEME_IDS[i % SCHEME_IDS.length] ?? "cpf", lang: i % 2 ? "fr" : "en" }, catalogue);
  const routes = (i: number) =>
    fundingRoutes({
      status: FUNDING_STATUSES[i % FUNDING_STATUSES.length] ?? "employer",
      headcount: i % 120,
      ...(i % 3 ? { goal: GOALS[i % GOALS.length] } : {}),
      lang: i % 2 ? "fr" : "en",
    });
  const docTimes = timeEach(20_000, docs);
  const routeTimes = timeEach(20_000, routes);
  return {
    list_documents_ops_per_s: opsPerSecond(docs),
    list_documents_p99_ms: round(percentile(docTimes, 99)),
    funding_routes_ops_per_s: opsPerSecond(routes),
    funding_routes_p99_ms: round(percentile(routeTimes, 99)),
  };
}
