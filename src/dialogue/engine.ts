import type { CallbackOffer, ChatResponse } from "../core/chat";
import { type Lang, quote } from "../core/lang";
import { detectLanguage } from "../core/language";
import type { Citation, QuickReply, ToolCall } from "../core/reply";
import type { NextStepsSummary } from "../core/summary";
import { contentWords, mentionsDomain } from "../retrieval/confidence";
import { escapeMarkdown, neutraliseHtml } from "../summary/markdown";
import type { ToolInput } from "../tools/catalogue";
import { type Asked, isShortAnswer, type Understanding } from "../understanding/understand";
import { answerQuestion } from "./answer";
import { handoffText, welcomeReplies, welcomeText } from "./centre-words";
import { AFTER_SUMMARY_REPLIES, HANDOFF, REVIEW_REPLIES, TURN } from "./copy";
import { acknowledge, explainOpco, explainQualiopi, recap } from "./explain";
import { type Interpreted, interpret, interpretFreeText } from "./interpret";
import type { DialogueDeps, OpcoResult, QualiopiResult } from "./ports";
import { clearSlot, nextSlot, questionFor, quickReplies as repliesIn, SLOT_TABLE } from "./slots";
import { type DialogueState, initialState } from "./state";
import { summarize } from "./summarize";
import type { ChatTurn, TurnOutcome } from "./turn";

/** What a turn says, cites and calls, gathered as it is played. */
interface Turn {
  notes: string[];
  citations: Citation[];
  calls: ToolCall[];
  summary: NextStepsSummary | null;
  /** The conversation starts: the centre's welcome buttons follow the question's. */
  welcomed?: boolean;
  /** The centre's call-back is offered (the end of a plan) or asked for ("talk to someone"). */
  offer?: CallbackOffer;
  /** The user closes the conversation ("c'est tout, merci"): no next question is pushed. */
  closing?: boolean;
}

/** The questions answered by a name (a company's, a provider's), whatever the conversation's language. */
const NAMED_ANSWER: ReadonlySet<string> = new Set(["company", "provider"]);

/**
 * The guided dialogue. A turn reads the message once (the understanding stage), answers its
 * question first (from a tool or the cards, scoped by what is known), records every fact it states
 * ("interpret"), calls the tools whose input changed, then asks what is still missing ("decide").
 * The summary is built from the profile and the tool outputs. It never throws on user input.
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

  /** Says what the message told us, then calls the tools whose input it changed. */
  async function file(state: DialogueState, changes: Interpreted, turn: Turn) {
    turn.notes.push(...acknowledge(state, changes));
    await refresh(state, changes, turn);
  }

  /** Calls the tools whose input this turn changed, and says what they found (once: the answer may have said it). */
  async function refresh(state: DialogueState, changes: Interpreted, turn: Turn) {
    const lang = state.lang;
    for (const bad of changes.invalid) turn.notes.push(`${bad.reason} (${quote(escapeMarkdown(bad.value), lang)})`);
    const role = state.profile.role;
    const noCompanyNeeded = role === "job_seeker";
    const roleChanged = changes.changed.has("role") && (noCompanyNeeded || state.profile.company);
    if ((changes.companyChanged || roleChanged) && (noCompanyNeeded || state.profile.company)) {
      const line = explainOpco(await findOpco(state, turn.calls), lang);
      if (!turn.notes.some((note) => note.includes(line))) turn.notes.push(line);
    }
    if (changes.providerChanged) turn.notes.push(explainQualiopi(await checkQualiopi(state, turn.calls), lang));
  }

  async function summaryFor(state: DialogueState, calls: ToolCall[]): Promise<NextStepsSummary> {
    const summary = await summarize(state, deps);
    calls.push({
      name: "fundingRoutes",
      input: {
        status: state.profile.role,
        headcount: state.profile.headcount,
        goal: state.profile.training?.goal,
        hiring: state.profile.training?.hiring,
      },
      output: { routes: summary.routes },
    });
    return summary;
  }

  /** Answers the message's question first: from a tool when one applies, else from the cards. */
  async function answer(state: DialogueState, u: Understanding, turn: Turn, onlyIfAnswered = false) {
    const answered = await answerQuestion(u, { lang: state.lang, profile: state.profile }, deps);
    if (onlyIfAnswered && answered.outcome !== "answered") return false;
    turn.calls.push(...answered.toolCalls, {
      name: "searchKnowledge",
      input: { question: u.question ?? u.normalised, lang: state.lang },
      output: { outcome: answered.outcome, retrieved: answered.retrieved },
    });
    turn.notes.push(answered.text);
    turn.citations = answered.citations;
    return true;
  }

  /**
   * A message of the field that is not a question, answered only when a tool or a card answers it
   * for sure (never the "no reliable answer" text): whether something was said.
   */
  const answerIfAnswered = (state: DialogueState, u: Understanding, turn: Turn) =>
    mentionsDomain(contentWords(u.normalised))
      ? answer(state, { ...u, question: u.normalised }, turn, true)
      : Promise.resolve(false);

  /** The question the user is answering: the review's confirmation, or the first slot still missing. */
  const askedOf = (state: DialogueState): Asked | undefined =>
    state.step === "review" && !state.reviewed ? "review" : nextSlot(state);

  /** A turn that failed on our side: the state stays as it was and the user is asked to try again. */
  function apology(previous: DialogueState | null, turn: ChatTurn): TurnOutcome {
    const state = previous ?? initialState(turn.lang ?? detectLanguage(turn.message).lang);
    const lang = turn.lang ?? state.lang;
    const current = nextSlot(state);
    const question = current ? questionFor(current, state.profile.role, lang) : { text: "", quickReplies: [] };
    const text = [TURN.failed[lang], question.text].filter(Boolean).join("\n\n");
    return outcome(state, lang, { text, citations: [], quickReplies: question.quickReplies }, [], null);
  }

  return async function playTurnSafely(previous: DialogueState | null, turn: ChatTurn): Promise<TurnOutcome> {
    try {
      return await playTurn(previous, turn);
    } catch (error) {
      deps.report?.(error);
      return apology(previous, turn);
    }
  };

  async function playTurn(previous: DialogueState | null, chat: ChatTurn): Promise<TurnOutcome> {
    const text = chat.message.trim();
    // The channel's language hint (Teams' locale) counts like an explicit language on a new conversation only.
    const forced = chat.lang ?? (previous ? undefined : chat.langHint);
    const state: DialogueState = previous
      ? structuredClone(previous)
      : initialState(forced ?? detectLanguage(text).lang);
    const asked = askedOf(state);
    const u = deps.understand(text, { lang: state.lang, ...(asked ? { asked } : {}) });
    if (forced) state.lang = forced;
    else if (u.langRequest) Object.assign(state, { lang: u.langRequest, langLocked: true });
    // A short answer naming a company or a provider ("Centre Routier Formation") is a name, not a
    // change of language.
    else if (
      !state.langLocked &&
      !u.command &&
      u.langConfident &&
      !(previous && NAMED_ANSWER.has(asked ?? "role") && isShortAnswer(text))
    )
      state.lang = u.lang;
    const lang = state.lang;
    const turn: Turn = { notes: [], citations: [], calls: [], summary: null };
    // A first message that asks something is answered straight away; otherwise it is welcomed.
    if (!previous && !u.question && !u.acts.has("injection") && !u.acts.has("off_topic")) {
      turn.notes.push(welcomeText(deps.centre, lang));
      turn.welcomed = true;
    }
    const current = nextSlot(state);

    if (!text) {
      turn.notes.push(TURN.blank[lang]);
    } else if (u.command === "restart") {
      Object.assign(state, initialState(lang, state.langLocked));
      turn.notes.push(TURN.restarted[lang]);
    } else if (u.command === "back") {
      const trail = state.trail.filter((slot) => slot !== current);
      const target = trail.pop();
      if (target) {
        clearSlot(state, target);
        state.reviewed = false;
        state.trail = trail;
        turn.notes.push(TURN.back[lang]);
      } else turn.notes.push(TURN.noBack[lang]);
    } else if (u.command === "human") {
      turn.notes.push(handoffText(deps.centre, lang));
      turn.offer = "requested";
    } else if (u.command === "summary") {
      // Facts said with the request ("I want the TEF too. Make me a plan") are in the plan.
      if (u.acts.has("facts")) await file(state, interpret(state, u, text, current, deps.centre), turn);
      turn.summary = await summaryFor(state, turn.calls);
    } else if (u.command === "unknown" && current) {
      state.skipped.push(current);
      turn.notes.push([TURN.skipped[lang], SLOT_TABLE[current].advice[lang]].filter(Boolean).join(" "));
    } else if (u.langRequest && text.length <= 60 && !u.question) {
      turn.notes.push(TURN.switched[lang]);
    } else {
      await converse(state, u, text, asked, turn);
    }

    return decide(state, turn, u);
  }

  /** The ordinary turn: the question answered first, then the facts recorded, then the tools refreshed. */
  async function converse(state: DialogueState, u: Understanding, text: string, asked: Asked | undefined, turn: Turn) {
    const lang = state.lang;
    const current = nextSlot(state);
    const refused = u.acts.has("injection") || u.acts.has("off_topic");
    const asks = Boolean(u.question) || refused;
    if (asks) await answer(state, u, turn);
    // A request outside the field, or an attempt on the rules, states no fact about the user.
    if (refused) return;
    const changes = interpret(state, u, text, current, deps.centre);
    const understood = changes.changed.size > 0 || changes.skipped.size > 0 || changes.invalid.length > 0;

    if (asked === "review" && !understood && !asks) {
      if (u.answer === "yes") state.reviewed = true;
      else if (u.answer === "no") turn.notes.push(TURN.correct[lang]);
      else await answer(state, { ...u, question: u.normalised }, turn);
      return;
    }
    if (!understood && !asks && u.acts.has("closing")) {
      turn.notes.push(TURN.goodbye[lang]);
      turn.closing = true;
      return;
    }
    if (!understood && !asks) {
      const answersSlot =
        current && current !== "role" && !u.answer && !u.acts.has("greeting") && !u.acts.has("thanks");
      const free = answersSlot ? interpretFreeText(state, text, current) : undefined;
      if (free) {
        await file(state, free, turn);
      } else if (!current && !u.acts.has("thanks")) {
        await answer(state, { ...u, question: u.normalised }, turn);
      } else if (state.turns > 0 && !u.acts.has("greeting") && !u.acts.has("thanks")) {
        // A statement of the field the dialogue cannot file ("j'ai 2 800 € sur mon CPF", "je touche
        // l'ARE encore 10 mois") is answered from the cards when one answers it, rather than "not understood".
        const said = await answerIfAnswered(state, u, turn);
        if (!said) turn.notes.push(TURN.notUnderstood[lang]);
      }
      return;
    }
    if (changes.skipped.size && !changes.changed.size) {
      const slot = [...changes.skipped][0] as keyof typeof SLOT_TABLE;
      // A training provider asking for a client is the provider itself.
      const ownProvider = slot === "provider" && state.profile.role === "provider";
      turn.notes.push(
        ownProvider
          ? TURN.ownProvider[lang]
          : [TURN.skipped[lang], SLOT_TABLE[slot].advice[lang]].filter(Boolean).join(" "),
      );
    }
    await file(state, changes, turn);
  }

  /** What comes next: the first missing slot, then the review, then the summary. */
  async function decide(state: DialogueState, turn: Turn, u: Understanding): Promise<TurnOutcome> {
    const lang = state.lang;
    const current = nextSlot(state);
    let quickReplies: QuickReply[];
    // A question answered, or the call-back asked for: the dialogue resumes where it was, the plan stays as it is.
    const answered = turn.calls.some((call) => call.name === "searchKnowledge") || turn.offer === "requested";
    if (answered && state.turns > 0 && (current || !state.reviewed)) turn.notes.push(`**${TURN.resume[lang]}**`);
    if (turn.closing) {
      quickReplies = [];
    } else if (current) {
      state.step = SLOT_TABLE[current].step;
      state.reviewed = false;
      if (state.trail.at(-1) !== current) state.trail.push(current);
      const question = questionFor(current, state.profile.role, lang);
      turn.notes.push(question.text);
      quickReplies = turn.welcomed
        ? [...question.quickReplies, ...welcomeReplies(deps.centre, lang)]
        : question.quickReplies;
    } else if (!state.reviewed) {
      state.step = "review";
      turn.notes.push(`${TURN.review[lang]}\n\n${recap(state.profile, lang)}`);
      quickReplies = repliesIn(REVIEW_REPLIES, lang);
    } else {
      const first = state.step !== "summary";
      if (!first && !turn.summary && !answered) turn.notes.push(TURN.updated[lang]);
      state.step = "summary";
      if (!answered || u.acts.has("facts")) {
        turn.summary ??= await summaryFor(state, turn.calls);
        turn.notes.push(turn.summary.text);
        // The first plan ends on the centre's offer to call back.
        if (first && !turn.offer) {
          turn.notes.push(HANDOFF.afterPlan(deps.centre.name)[lang]);
          turn.offer = "offer";
        }
      }
      quickReplies = repliesIn(AFTER_SUMMARY_REPLIES, lang);
    }
    const { summary } = turn;
    if (summary && state.step !== "summary" && !turn.notes.includes(summary.text))
      turn.notes.splice(turn.notes.length - 1, 0, summary.text);
    if (summary)
      turn.citations = [
        ...turn.citations,
        ...summary.citations.filter((c) => !turn.citations.some((d) => d.id === c.id)),
      ];

    state.turns += 1;
    const text = neutraliseHtml(turn.notes.filter(Boolean).join("\n\n"));
    const result = outcome(state, lang, { text, citations: turn.citations, quickReplies }, turn.calls, summary);
    if (turn.offer) result.response.offerCallback = turn.offer;
    return result;
  }
}

/** What a turn gives back: the state to keep and the response, its step and profile read from the state. */
function outcome(
  state: DialogueState,
  lang: Lang,
  reply: ChatResponse["reply"],
  toolCalls: ChatResponse["toolCalls"],
  summary: ChatResponse["summary"],
): TurnOutcome {
  return { state, response: { lang, step: state.step, reply, profile: state.profile, toolCalls, summary } };
}
