import type { ChatResponse, ChatTurn } from "../core/chat";
import type { Lang } from "../core/lang";
import type { Citation, QuickReply, ToolCall } from "../core/reply";
import type { NextStepsSummary } from "../core/summary";
import { buildSummary } from "../summary/build";
import { escapeMarkdown, neutraliseHtml } from "../summary/markdown";
import { type Absorbed, absorb, absorbFreeText } from "./absorb";
import { acknowledge, explainOpco, explainQualiopi, recap } from "./explain";
import { detectLanguage } from "./language";
import { looksLikeQuestion, parseCommand, parseLanguageSwitch, parseYesNo } from "./parse/commands";
import type { DialogueDeps, FindOpcoAnswer, FindOpcoQuery, QualiopiAnswer, QualiopiQuery } from "./ports";
import { ADVICE, questionFor } from "./questions";
import { clearSlot, nextSlot } from "./slots";
import { type DialogueState, initialState, STEP_OF } from "./state";
import { WELCOME } from "./welcome";

export interface TurnOutcome {
  state: DialogueState;
  response: Omit<ChatResponse, "sessionId">;
}

const T = {
  blank: {
    fr: "Je n'ai rien reçu : pouvez-vous écrire votre message ?",
    en: "I received an empty message: could you type it again?",
  },
  notUnderstood: {
    fr: "Je n'ai pas compris. Vous pouvez répondre avec les boutons, ou poser une question à tout moment.",
    en: "Sorry, I did not get that. You can answer with the buttons, or ask a question at any time.",
  },
  restarted: { fr: "C'est reparti de zéro.", en: "Starting over." },
  back: { fr: "Revenons à la question précédente.", en: "Back to the previous question." },
  noBack: { fr: "Nous sommes déjà à la première question.", en: "We are already at the first question." },
  switched: { fr: "D'accord, je continue en français.", en: "Sure, I will go on in English." },
  skipped: { fr: "Pas de souci, on avance.", en: "No problem, let's move on." },
  review: { fr: "Voici ce que j'ai noté. **Est-ce correct ?**", en: "Here is what I noted. **Is it right?**" },
  correct: {
    fr: "Que faut-il corriger ? Écrivez-le simplement, par exemple « nous sommes 60 salariés » ou « IDCC 1516 ».",
    en: 'What should I fix? Just write it, e.g. "we have 60 employees" or "IDCC 1516".',
  },
  resume: { fr: "Pour reprendre :", en: "Back to your plan:" },
  updated: { fr: "Plan mis à jour.", en: "Plan updated." },
  failed: {
    fr: "Désolé, je n'ai pas pu traiter ce message. Rien n'est perdu : pouvez-vous le reformuler ?",
    en: "Sorry, I could not process that message. Nothing is lost: could you rephrase it?",
  },
} satisfies Record<string, Record<Lang, string>>;

const GREETING = /^\s*(bonjour|bonsoir|salut|coucou|hello|hi|hey|good (morning|afternoon|evening))\b[\s!.,]*$/i;

const REVIEW_REPLIES = (lang: Lang): QuickReply[] =>
  lang === "fr"
    ? [
        { label: "Oui, voir mon plan", value: "Oui" },
        { label: "Corriger", value: "Non" },
      ]
    : [
        { label: "Yes, show my plan", value: "Yes" },
        { label: "Fix something", value: "No" },
      ];
const AFTER_SUMMARY_REPLIES = (lang: Lang): QuickReply[] =>
  lang === "fr"
    ? [
        { label: "Recommencer", value: "recommencer" },
        { label: "Qu'est-ce que Qualiopi ?", value: "Qu'est-ce que Qualiopi ?" },
      ]
    : [
        { label: "Start over", value: "restart" },
        { label: "What is Qualiopi?", value: "What is Qualiopi?" },
      ];

/**
 * The guided dialogue. `playTurn(previous, turn)` goes from the previous state (null for a new
 * session) and the user's message to the next state and the reply. It reads every fact the message
 * carries, calls the tools whose input changed, answers side questions from the knowledge base, and
 * asks only what is still missing; the summary is built from the profile and the tool outputs.
 * It never throws on user input.
 */
export function createEngine(deps: DialogueDeps) {
  async function findOpco(state: DialogueState, calls: ToolCall[]): Promise<FindOpcoAnswer> {
    const { company = {}, role } = state.profile;
    const base = { status: role, lang: state.lang };
    const input: FindOpcoQuery = company.idcc
      ? { ...base, idcc: company.idcc }
      : company.siret
        ? { ...base, siret: company.siret }
        : company.siren
          ? { ...base, siren: company.siren }
          : company.naf
            ? { ...base, naf: company.naf }
            : { ...base, query: company.activity ?? company.description ?? "" };
    const output = await deps.findOpco(input);
    calls.push({ name: "findOpco", input, output });
    state.results.opco = output;
    if (output.status === "found" && output.opco) state.profile.company = { ...company, opcoId: output.opco.id };
    else if (state.profile.company) delete state.profile.company.opcoId;
    return output;
  }

  async function checkQualiopi(state: DialogueState, calls: ToolCall[]): Promise<QualiopiAnswer> {
    const p = state.profile.provider ?? {};
    const input: QualiopiQuery = p.siret ? { siret: p.siret } : p.nda ? { nda: p.nda } : { name: p.name ?? "" };
    input.lang = state.lang;
    const output = await deps.checkQualiopi(input);
    calls.push({ name: "checkQualiopi", input, output });
    state.results.qualiopi = output;
    return output;
  }

  /** Calls the tools whose input this turn changed, and says what they found. */
  async function refresh(state: DialogueState, absorbed: Absorbed, calls: ToolCall[], notes: string[]) {
    const lang = state.lang;
    for (const bad of absorbed.invalid) {
      const value = escapeMarkdown(bad.value);
      notes.push(`${bad.reason} (${lang === "fr" ? `« ${value} »` : `"${value}"`})`);
    }
    const role = state.profile.role;
    const noCompanyNeeded = role === "job_seeker";
    if (absorbed.companyChanged || (absorbed.changed.has("role") && (noCompanyNeeded || state.profile.company))) {
      if (noCompanyNeeded || state.profile.company) notes.push(explainOpco(await findOpco(state, calls), lang));
    }
    if (absorbed.providerChanged) notes.push(explainQualiopi(await checkQualiopi(state, calls), lang));
  }

  function summaryFor(state: DialogueState, calls: ToolCall[]): NextStepsSummary {
    const summary = buildSummary(state, deps);
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
          text: [T.failed[lang], question.text].filter(Boolean).join("\n\n"),
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
    let state: DialogueState = previous
      ? structuredClone(previous)
      : initialState(turn.lang ?? detectLanguage(text).lang);
    if (turn.lang) state.lang = turn.lang;
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
      notes.push(T.blank[lang]);
    } else if (command === "restart") {
      state = initialState(lang, state.langLocked);
      notes.push(T.restarted[lang]);
    } else if (command === "back") {
      const trail = state.trail.filter((slot) => slot !== current);
      const target = trail.pop();
      if (target) {
        clearSlot(state, target);
        state.reviewed = false;
        state.trail = trail;
        notes.push(T.back[lang]);
      } else notes.push(T.noBack[lang]);
    } else if (command === "summary") {
      summary = summaryFor(state, calls);
    } else if (command === "unknown" && current) {
      state.skipped.push(current);
      notes.push([T.skipped[lang], ADVICE[current][lang]].filter(Boolean).join(" "));
    } else if (switchTo && text.length <= 40) {
      notes.push(T.switched[lang]);
    } else {
      const absorbed = absorb(state, text, current, deps);
      const understood = absorbed.changed.size > 0 || absorbed.invalid.length > 0;
      if (!understood && state.step === "review" && !state.reviewed) {
        const answer = parseYesNo(text);
        if (answer === "yes") state.reviewed = true;
        else if (answer === "no") notes.push(T.correct[lang]);
        else sideQuestion(text);
      } else if (!understood && (looksLikeQuestion(text) || !current)) {
        sideQuestion(text);
      } else if (!understood && current) {
        const free = current === "role" ? undefined : absorbFreeText(state, text, current);
        if (free) {
          notes.push(...acknowledge(state, free));
          await refresh(state, free, calls, notes);
        } else if (previous && !GREETING.test(text)) notes.push(T.notUnderstood[lang]);
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
      if (state.step !== "profile" || state.turns > 0) notes.push(`**${T.resume[lang]}**`);
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
      notes.push(`${T.review[lang]}\n\n${recap(state.profile, lang)}`);
      quickReplies = REVIEW_REPLIES(lang);
    } else {
      if (state.step === "summary" && !summary) notes.push(T.updated[lang]);
      state.step = "summary";
      summary ??= summaryFor(state, calls);
      notes.push(summary.text);
      quickReplies = AFTER_SUMMARY_REPLIES(lang);
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
