import { turnEvents } from "../src/analytics/turn-events";
import { bundledCatalogue } from "../src/core/catalogue";
import { maskPersonalData } from "../src/core/privacy";
import { createRuntime } from "../src/runtime";
import { matchCourses } from "../src/summary/courses";
import { percentile, round, timeEach } from "./stats";

/**
 * What the centre's features add to a turn: masking a refused question, reading a turn's analytics
 * events, and finding the courses a training project names in a catalogue of 200. Targets (p99):
 * 0.05 ms for the first two, 0.5 ms for the catalogue, next to a turn's 0.7 ms.
 */
export async function run() {
  const question =
    "Bonjour, je suis Marie Dupont, marie.dupont@example.org ou 06 12 34 56 78, mon IBAN FR76 3000 6000 0112 3456 7890 189 : est-ce que l'OPCO paie le repas de mes stagiaires ?";
  const mask = timeEach(20_000, () => maskPersonalData(question));

  const runtime = createRuntime({ COMPANY_DIRECTORY_URL: "http://127.0.0.1:9", LOG_LEVEL: "error" });
  const turn = {
    sessionId: "bench-12345678",
    message: "Je suis employeur, IDCC 1486, 12 salariés",
    channel: "web" as const,
  };
  const first = await runtime.handler(null, { ...turn, message: "Bonjour" });
  const outcome = await runtime.handler(first.state, turn);
  const events = timeEach(20_000, () => turnEvents(first.state, turn, outcome, 0));

  const { courses } = bundledCatalogue();
  const many = Array.from({ length: 50 }, (_, i) => courses.map((c) => ({ ...c, id: `${c.id}-${i}` }))).flat();
  const match = timeEach(5_000, () => matchCourses(many, "une formation Excel avancé pour mon équipe"));
  return {
    mask_question_p99_ms: round(percentile(mask, 99)),
    turn_events_p99_ms: round(percentile(events, 99)),
    match_courses_200_p99_ms: round(percentile(match, 99)),
  };
}
