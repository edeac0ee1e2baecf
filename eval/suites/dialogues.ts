import type { ChatResponse } from "../../src/core/chat";
import type { Dialogue } from "../datasets";
import { partialMatch } from "../match";
import { citationProblems, validCitations } from "../official-urls";
import type { Progress } from "../progress";
import { aggregate, type CaseResult, type SuiteResult, timed } from "../suite";
import type { Target } from "../target";

type Expect = NonNullable<Dialogue["turns"][number]["expect"]>;

/** Every way one turn's response differs from what the script expects. */
export function turnProblems(response: ChatResponse, e: Expect): string[] {
  const problems: string[] = [];
  if (e.lang && response.lang !== e.lang) problems.push(`lang: expected ${e.lang}, got ${response.lang}`);
  if (e.step && response.step !== e.step) problems.push(`step: expected ${e.step}, got ${response.step}`);
  if (e.profile) problems.push(...partialMatch(response.profile, e.profile, "profile"));
  if (e.profile && Object.keys(e.profile).length === 0 && Object.keys(response.profile).length)
    problems.push(`profile: expected empty, got ${JSON.stringify(response.profile)}`);
  const tools = response.toolCalls.map((c) => c.name);
  for (const tool of e.tools ?? [])
    if (!tools.includes(tool)) problems.push(`tool ${tool} not called (${tools.join(", ") || "none"})`);
  for (const text of e.reply ?? []) if (!response.reply.text.includes(text)) problems.push(`reply lacks "${text}"`);
  const cited = response.reply.citations.map((c) => c.id);
  for (const id of e.citations ?? [])
    if (!cited.includes(id)) problems.push(`citation ${id} missing (${cited.join(", ") || "none"})`);
  if (e.summary && !response.summary) problems.push("no summary");
  if (!response.reply.text.length) problems.push("empty reply");
  return problems;
}

/** Every way the final next-steps summary differs from what the script expects. */
export function summaryProblems(
  summary: NonNullable<Awaited<ReturnType<Target["summary"]>>>,
  want: Dialogue["summary"],
): string[] {
  const problems: string[] = [];
  if (want.opco !== undefined && (summary.opco?.id ?? null) !== want.opco)
    problems.push(`summary opco: expected ${want.opco}, got ${summary.opco?.id ?? null}`);
  if (want.confidence && summary.opco?.confidence !== want.confidence)
    problems.push(`summary confidence: expected ${want.confidence}, got ${summary.opco?.confidence}`);
  if (want.funder && !(summary.funder ?? "").includes(want.funder))
    problems.push(`summary funder: expected ${want.funder}, got ${summary.funder}`);
  for (const [scheme, eligible] of Object.entries(want.routes ?? {})) {
    const route = summary.routes.find((r) => r.scheme === scheme);
    if (!route || ![eligible].flat().includes(route.eligible))
      problems.push(`route ${scheme}: expected ${[eligible].flat().join("|")}, got ${route?.eligible ?? "absent"}`);
  }
  const open = (scheme: string) => summary.routes.some((r) => r.scheme === scheme && r.eligible !== "no");
  for (const scheme of want.kept ?? []) if (!open(scheme)) problems.push(`route ${scheme} not kept`);
  for (const scheme of want.dropped ?? []) if (open(scheme)) problems.push(`route ${scheme} not dropped`);
  const dates = summary.deadlines.flatMap((d) => [d.date, d.from, d.to]).filter(Boolean);
  for (const date of want.deadlineDates ?? [])
    if (!dates.includes(date)) problems.push(`deadline ${date} missing (${dates.join(", ")})`);
  if (want.training) {
    const title = summary.profile.training?.title ?? "";
    if (!title.toLowerCase().includes(want.training.toLowerCase()) || !summary.text.includes(title))
      problems.push(`training "${want.training}" not named (title: ${title || "none"})`);
  }
  const docs = summary.documents;
  for (const id of want.documents?.include ?? [])
    if (!docs.some((d) => d.id === id)) problems.push(`document ${id} missing (${docs.map((d) => d.id).join(", ")})`);
  for (const id of want.documents?.exclude ?? [])
    if (docs.some((d) => d.id === id)) problems.push(`document ${id} listed`);
  for (const who of want.documents?.notBy ?? [])
    for (const d of docs) if (String(d.who ?? "") === who) problems.push(`document ${d.id} is provided by ${who}`);
  const steps = summary.steps.map((s) => `${s.action} ${s.who} ${s.when ?? ""}`).join("\n");
  for (const word of want.steps ?? []) if (!steps.includes(word)) problems.push(`steps lack "${word}"`);
  for (const word of want.notInSteps ?? []) if (steps.includes(word)) problems.push(`steps say "${word}"`);
  const aids = (summary.aids ?? []).map((a) => `${a.label} ${a.conditions.join(" ")}`).join("\n");
  for (const word of want.aids ?? []) if (!aids.includes(word)) problems.push(`aids lack "${word}"`);
  const unknowns = summary.unknowns.join("\n").toLowerCase();
  for (const word of want.unknowns ?? []) if (!unknowns.includes(word)) problems.push(`unknowns lack "${word}"`);
  for (const word of want.absent ?? []) if (summary.text.includes(word)) problems.push(`summary mentions "${word}"`);
  if (summary.steps.length < 6) problems.push(`summary has ${summary.steps.length} steps, expected at least 6`);
  return problems;
}

/** The dialogues suite: each scripted conversation played turn by turn, then its summary checked. Success is all-or-nothing per conversation. */
export async function runDialoguesSuite(
  target: Target,
  dialogues: readonly Dialogue[],
  cardExists: (id: string) => boolean,
  progress: Progress,
): Promise<SuiteResult> {
  const cases: CaseResult[] = [];
  for (const dialogue of dialogues) {
    const ms: number[] = [];
    const problems: string[] = [];
    let langTurns = 0;
    let langOk = 0;
    let cited = 0;
    let citedOk = 0;
    let last = "";
    try {
      let sessionId: string | undefined;
      for (const [i, turn] of dialogue.turns.entries()) {
        const response = await timed(ms, () => target.chat(turn.user, sessionId));
        sessionId = response.sessionId;
        last = response.reply.text;
        const e = turn.expect ?? {};
        problems.push(...turnProblems(response, e).map((p) => `turn ${i + 1} "${turn.user}": ${p}`));
        problems.push(...citationProblems(response.reply.citations, cardExists).map((p) => `turn ${i + 1}: ${p}`));
        cited += response.reply.citations.length;
        citedOk += validCitations(response.reply.citations, cardExists);
        if (e.lang) {
          langTurns++;
          if (response.lang === e.lang) langOk++;
        }
      }
      const summary = sessionId ? await target.summary(sessionId) : null;
      if (!summary) problems.push("no summary for the conversation");
      else problems.push(...summaryProblems(summary, dialogue.summary));
    } catch (error) {
      problems.push(`error: ${error instanceof Error ? error.message : String(error)}`);
    }
    cases.push({
      suite: "dialogues",
      id: dialogue.name,
      lang: dialogue.lang,
      input: `${dialogue.description}\n${dialogue.turns.map((t) => `> ${t.user}`).join("\n")}`,
      expected: JSON.stringify(dialogue.summary),
      got: problems.length ? `last reply: ${last.slice(0, 300)}` : "as expected",
      passed: problems.length === 0,
      problems,
      scores: { dialogue_success: problems.length ? 0 : 1 },
      counts: { language_match: [langOk, langTurns], citation_validity: [citedOk, cited] },
      ms,
    });
    progress.tick();
  }
  progress.done();
  return aggregate("dialogues", cases);
}
