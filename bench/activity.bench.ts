import lexicon from "../knowledge/data/activity-lexicon.json";
import idcc from "../knowledge/data/idcc.json";
import additions from "../knowledge/data/idcc-additions.json";
import nafHints from "../knowledge/data/naf-hints.json";
import opcos from "../knowledge/data/opcos.json";
import { OpcoListSchema } from "../src/core/opco";
import { ActivityLexiconSchema } from "../src/tools/find-opco/activity";
import { findOpco } from "../src/tools/find-opco/find-opco";
import {
  createOpcoReference,
  IdccAdditionSchema,
  IdccTableSchema,
  NafHintSchema,
} from "../src/tools/find-opco/reference";
import { opcoReference } from "../src/tools/find-opco/reference-data";
import { asyncOpsPerSecond, opsPerSecond, percentile, round, timeEach } from "./stats";

/** Chat messages of 300 characters, French and English, with and without an activity, typos included. */
const MESSAGES = [
  "Bonjour, je dirige une petite boîte de BTP de 12 salariés près de Rennes et deux de mes gars doivent passer le CACES R482 avant le printemps. On m'a dit que l'OPCO pouvait payer une partie, mais je ne sais pas lequel c'est ni quels papiers il faut préparer avant de demander. Vous pouvez m'aider ?",
  "salut, je suis coiffeuse a mon compte depuis 2021 (micro entreprise) et je voudrais faire une formation balayage et coloration végétale de 3 jours, ça coute 650 euros. Est ce que le fafcea rembourse tout ou seulement une partie et il faut envoyer quoi comme justificatifs pour etre remboursee ?",
  "Hello, we're a small SaaS start-up in Lyon (14 people) and we'd like to send two developers to an AWS certification course in March. Our accountant says we pay a training contribution every year but nobody knows who our OPCO is. Could you tell us, and what we need to prepare before the course?",
  "Je suis aide-soignante dans un EHPAD public depuis sept ans et je voudrais préparer le concours d'entrée en IFSI pour devenir infirmière. Ma cadre de santé m'a parlé de la promotion professionnelle mais je ne comprends pas qui paie quoi, l'ANFH ou l'établissement, et combien de temps ça prend ?",
  "Bonjour, j'ai une question sur le CPF : je voudrais faire une formation Excel avancé en soirée, le devis fait 1 200 euros pour 21 heures et il me reste 800 euros sur mon compte. Est-ce que mon employeur peut compléter le reste à charge, et est-ce que je dois lui demander son accord avant ?",
  "we run a restaurent in Bordeaux with 9 staff and our new chef wants to do a food hygiene course plus a wine pairing workshop. the provider is not chosen yet and we start in March at the earliest. Who usually pays for this kind of thing for a small restaurant, and do we need to ask before booking?",
  "asso de foot amateur avec 2 éducateurs salariés, on voudrait leur payer le BPJEPS en alternance l'an prochain. c'est quoi notre opco exactement et est ce qu'il prend en charge les frais pédagogiques en entier ou juste une partie ? on a très peu de budget et le président s'inquiète beaucoup",
  "I'm a freelance web developer (auto-entrepreneur since 2022) and I'd like to take a 5-day Kubernetes course that costs 2 400 euros. Someone told me the FIF PL could pay part of it, someone else said AGEFICE. Which one is it for me, and is the certificate of contribution from URSSAF enough?",
].map((text) => text.padEnd(300, " ").slice(0, 300));

/**
 * The activity recogniser: building its index (what start-up pays, on the first text) and reading a
 * chat message of 300 characters (what every message pays), alone and through findOpco.
 */
export async function run() {
  const data = {
    opcos: OpcoListSchema.parse(opcos),
    idcc: IdccTableSchema.parse(idcc),
    additions: IdccAdditionSchema.array().parse(additions),
    nafHints: NafHintSchema.array().parse(nafHints),
    lexicon: ActivityLexiconSchema.parse(lexicon),
  };
  // The first build of the process runs cold (interpreted, nothing compiled yet), as at start-up.
  const [cold] = timeEach(1, () => createOpcoReference(data).prepareActivities());
  const builds = timeEach(20, () => createOpcoReference(data).prepareActivities());
  const reference = opcoReference();
  reference.prepareActivities();
  const reads = timeEach(20_000, (i) => reference.matchActivity(MESSAGES[i % MESSAGES.length] as string));
  return {
    activity_index_build_cold_ms: round(cold as number, 1),
    activity_index_build_p50_ms: round(percentile(builds, 50), 1),
    match_activity_300_chars_p50_us: round(percentile(reads, 50) * 1000, 1),
    match_activity_300_chars_p99_us: round(percentile(reads, 99) * 1000, 1),
    match_activity_300_chars_per_s: opsPerSecond((i) =>
      reference.matchActivity(MESSAGES[i % MESSAGES.length] as string),
    ),
    find_opco_free_text_300_chars_per_s: await asyncOpsPerSecond((i) =>
      findOpco({ query: MESSAGES[i % MESSAGES.length] as string }, { reference }),
    ),
  };
}
