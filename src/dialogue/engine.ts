import { quote } from "../core/lang";
import { detectLanguage } from "../core/language";
import type { Citation, QuickReply, ToolCall } from "../core/reply";
import type { NextStepsSummary } from "../core/summary";
import { escapeMarkdown, neutraliseHtml } from "../summary/markdown";
import type { ToolInput } from "../tools/catalogue";
import { type Absorbed, absorb, absorbFreeText } from "./absorb";
import { ADVICE, AFTER_SUMMARY_REPLIES, REVIEW_REPLIES, TURN, WELCOME } from "./copy";
import { acknowledge, explainOpco, explainQualiopi, recap } from "./explain";
import { looksLikeQuestion, parseCommand, parseLanguageSwitch, parseYesNo } from "./parse/commands";
import type { DialogueDeps, OpcoResult, QualiopiResult } from "./ports";
import { questionFor, quickReplies as repliesIn } from "./questions";
import { clearSlot, nextSlot } from "./slots";
import { type DialogueState, initialState, STEP_OF } from "./state";
import { summarize } from "./summarize";
import type { ChatTurn, TurnOutcome } from "./turn";

const GREETING = /^\s*(bonjour|bonsoir|salut|coucou|hello|hi|hey|good (morning|afternoon|evening))\b[\s!.,]*$/i;

/**
 * The guided dialogue. `playTurn(previous, turn)` goes from the previous state (null for a new
 * session) and the user's message to the next state and the reply. It reads every fact the message
 * carries, calls the tools whose input changed, answers side questions from the knowledge base, and
 * asks only what is still missing; the summary is built from the profile and the tool outputs.
 * It never throws on user input.
 */
export function createEngine(deps: DialogueDeps) {
  async function findOpco(state: DialogueState, calls: ToolCall[]): Promise<OpcoResult> {
    const { company = {}, role } = state.profile;
    const base = { status: role, lang: state.lang };
    const description = company.activity ?? company.description;
    const input: ToolInput<"findOpco"> = company.idcc
      ? { ...base, idcc: company.idcc }
      : company.siret
        ? { ...base, siret: company.siret }
        : company.siren
          ? { ...base, siren: company.siren }
          : company.naf
            ? { ...base, naf: company.naf }
            : description
              ? { ...base, query: description }
              : base;
    const output = await deps.tools.findOpco(input);
    calls.push({ name: "findOpco", input, output });
    state.results.opco = output;
    if (output.status === "found" && output.opco) state.profile.company = { ...company, opcoId: output.opco.id };
    else if (state.profile.company) delete state.profile.company.opcoId;
    return output;
  }

  async function checkQualiopi(state: DialogueState, calls: ToolCall[]): Promise<QualiopiResult> {
    const p = state.profile.provider ?? {};
    const who = p.siret ? { siret: p.siret } : p.nda ? { nda: p.nda } : { name: p.name ?? "" };
    const input: ToolInput<"checkQualiopi"> = { ...who, lang: state.lang };
    const output = await deps.tools.checkQualiopi(input);
    calls.push({ name: "checkQualiopi", input, output });
    state.results.qualiopi = output;
    return output;
  }

  /** Calls the tools whose input this turn changed, and says what they found. */
  async function refresh(state: DialogueState, absorbed: Absorbed, calls: ToolCall[], notes: string[]) {
    const lang = state.lang;
    for (const bad of absorbed.invalid) {
      const value = escapeMarkdown(bad.value);
      notes.push(`${bad.reason} (${quote(value, lang)})`);
    }
    const role = state.profile.role;
    const noCompanyNeeded = role === "job_seeker";
    if (absorbed.companyChanged || (absorbed.changed.has("role") && (noCompanyNeeded || state.profile.company))) {
      if (noCompanyNeeded || state.profile.company) notes.push(explainOpco(await findOpco(state, calls), lang));
    }
    if (absorbed.providerChanged) notes.push(explainQualiopi(await checkQualiopi(state, calls), lang));
  }

  async function summaryFor(state: DialogueState, calls: ToolCall[]): Promise<NextStepsSummary> {
    const summary = await summarize(state, deps);
    calls.push({
      name: "fundingRoutes",
      input: { status: state.profile.role, headcount: state.profile.headcount, goal: state.profile.training?.goal },
      output: { routes: summary.routes },
    });
    return summary;
  }

  /** A turn that failed on our side: the state stays as it was and the user is asked to try again. */
  function apology(previous: DialogueState | null, turn: ChatTurn): TurnOutcome {
    const state = previous ?? initialState(turn.lang ?? detectLanguage(turn.message).lang);
    const lang = turn.lang ?? state.lang;
    const current = nextSlot(state);
    const question = current ? questionFor(current, state.profile.role, lang) : { text: "", quickReplies: [] };
    return {
      state,
      response: {
        lang,
        step: state.step,
        reply: {
          text: [TURN.failed[lang], question.text].filter(Boolean).join("\n\n"),
          citations: [],
          quickReplies: question.quickReplies,
        },
        profile: state.profile,
        toolCalls: [],
        summary: null,
      },
    };
  }

  return async function playTurnSafely(previous: DialogueState | null, turn: ChatTurn): Promise<TurnOutcome> {
    try {
      return await playTurn(previous, turn);
    } catch (error) {
      deps.report?.(error);
      return apology(previous, turn);
    }
  };

  async function playTurn(previous: DialogueState | null, turn: ChatTurn): Promise<TurnOutcome> {
    const text = turn.message.trim();
    const switchTo = parseLanguageSwitch(text);
    const command = parseCommand(text);
    // The channel's language hint (Teams' locale) counts like an explicit language on a new conversation only.
    const forced = turn.lang ?? (previous ? undefined : turn.langHint);
    let state: DialogueState = previous ? structuredClone(previous) : initialState(forced ?? detectLanguage(text).lang);
    if (forced) state.lang = forced;
    else if (switchTo) Object.assign(state, { lang: switchTo, langLocked: true });
    else if (!state.langLocked && !command) {
      const guess = detectLanguage(text, state.lang);
      if (guess.confident) state.lang = guess.lang;
    }
    const lang = state.lang;
    const notes: string[] = previous ? [] : [WELCOME[lang]];
    const calls: ToolCall[] = [];
    let citations: Citation[] = [];
    let summary: NextStepsSummary | null = null;
    let current = nextSlot(state);

    if (!text) {
      notes.push(TURN.blank[lang]);
    } else if (command === "restart") {
      state = initialState(lang, state.langLocked);
      notes.push(TURN.restarted[lang]);
    } else if (command === "back") {
      const trail = state.trail.filter((slot) => slot !== current);
      const target = trail.pop();
      if (target) {
        clearSlot(state, target);
        state.reviewed = false;
        state.trail = trail;
        notes.push(TURN.back[lang]);
      } else notes.push(TURN.noBack[lang]);
    } else if (command === "summary") {
      summary = await summaryFor(state, calls);
    } else if (command === "unknown" && current) {
      state.skipped.push(current);
      notes.push([TURN.skipped[lang], ADVICE[current][lang]].filter(Boolean).join(" "));
    } else if (switchTo && text.length <= 40) {
      notes.push(TURN.switched[lang]);
    } else {
      const absorbed = absorb(state, text, current, deps);
      const understood = absorbed.changed.size > 0 || absorbed.invalid.length > 0;
      if (!understood && state.step === "review" && !state.reviewed) {
        const answer = parseYesNo(text);
        if (answer === "yes") state.reviewed = true;
        else if (answer === "no") notes.push(TURN.correct[lang]);
        else sideQuestion(text);
      } else if (!understood && (looksLikeQuestion(text) || !current)) {
        sideQuestion(text);
      } else if (!understood && current) {
        const free = current === "role" ? undefined : absorbFreeText(state, text, current);
        if (free) {
          notes.push(...acknowledge(state, free));
          await refresh(state, free, calls, notes);
        } else if (previous && !GREETING.test(text)) notes.push(TURN.notUnderstood[lang]);
      } else {
        notes.push(...acknowledge(state, absorbed));
        await refresh(state, absorbed, calls, notes);
      }
    }

    function sideQuestion(question: string) {
      const answer = deps.ask(question, lang);
      calls.push({ name: "searchKnowledge", input: { question, lang }, output: { retrieved: answer.retrieved } });
      notes.push(answer.answer.text);
      citations = answer.answer.citations;
      if (state.step !== "profile" || state.turns > 0) notes.push(`**${TURN.resume[lang]}**`);
    }

    // Decide what comes next: the first missing slot, then the review, then the summary.
    current = nextSlot(state);
    let quickReplies: QuickReply[];
    if (current) {
      state.step = STEP_OF[current];
      state.reviewed = false;
      if (state.trail.at(-1) !== current) state.trail.push(current);
      const question = questionFor(current, state.profile.role, lang);
      notes.push(question.text);
      quickReplies = question.quickReplies;
    } else if (!state.reviewed) {
      state.step = "review";
      notes.push(`${TURN.review[lang]}\n\n${recap(state.profile, lang)}`);
      quickReplies = repliesIn(REVIEW_REPLIES, lang);
    } else {
      if (state.step === "summary" && !summary) notes.push(TURN.updated[lang]);
      state.step = "summary";
      summary ??= await summaryFor(state, calls);
      notes.push(summary.text);
      quickReplies = repliesIn(AFTER_SUMMARY_REPLIES, lang);
    }
    if (summary && state.step !== "summary" && !notes.includes(summary.text))
      notes.splice(notes.length - 1, 0, summary.text);
    if (summary) citations = [...citations, ...summary.citations.filter((c) => !citations.some((d) => d.id === c.id))];

    state.turns += 1;
    return {
      state,
      response: {
        lang,
        step: state.step,
        reply: { text: neutraliseHtml(notes.filter(Boolean).join("\n\n")), citations, quickReplies },
        profile: state.profile,
        toolCalls: calls,
        summary,
      },
    };
  }
}
