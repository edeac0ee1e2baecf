import opcosJson from "../knowledge/data/opcos.json";
import { createGrounding } from "../src/compose/guard";
import { loadBundledKnowledge } from "../src/retrieval/bundled";
import { fundingRoutes } from "../src/tools/funding-routes/funding-routes";
import { percentile, round, timeEach } from "./stats";

/**
 * Cost of the grounding guard of the LLM composer: building the facts of a turn's sources (a
 * card, a fundingRoutes output, a draft) and checking a typical reply against them.
 */
export async function run() {
  const opcos = opcosJson.map((o) => ({ id: o.id, names: [o.name, ...o.aliases] }));
  const kb = loadBundledKnowledge();
  const card = kb.cards.fr.get("aide-embauche-apprenti-2026");
  const sources = [
    `${card?.title}\n${card?.shortAnswer}`,
    JSON.stringify(fundingRoutes({ status: "employer", headcount: 12, goal: "certification", lang: "fr" })),
  ];
  const reply =
    "Votre OPCO est Atlas. Pour un contrat d'apprentissage conclu avant le 31 décembre 2026, l'aide va jusqu'à 5 000 € " +
    "sous 250 salariés. Vous êtes éligible au plan de développement des compétences. Quand la formation doit-elle commencer ?";
  const build = timeEach(2000, () => createGrounding(opcos, sources));
  const grounding = createGrounding(opcos, sources);
  const check = timeEach(5000, () => grounding.unsupported(reply));
  return {
    "guard sources build p50 ms": round(percentile(build, 50)),
    "guard sources build p99 ms": round(percentile(build, 99)),
    "guard check p50 ms": round(percentile(check, 50)),
    "guard check p99 ms": round(percentile(check, 99)),
  };
}
