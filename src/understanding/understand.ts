import { foldAccents } from "../core/fold";
import type { Role, SchemeId, TrainingGoal } from "../core/ids";
import type { Lang } from "../core/lang";
import { detectLanguage } from "../core/language";
import { classify, type NaiveBayesModel } from "../core/naive-bayes";
import { invalidText } from "../tools/find-opco/copy";
import { findIdentifiers, type IdentifierKind } from "../tools/identifiers";
import {
  type Command,
  isClosing,
  isGreeting,
  isInjection,
  isOutOfField,
  isThanks,
  parseCommand,
  parseLanguageRequest,
  parseYesNo,
  type YesNo,
} from "./acts";
import { type Clause, clausesOf } from "./clauses";
import { parseOwnActivity } from "./entities/activity";
import { parseStartDate, START_CUE, saysWhen } from "./entities/dates";
import { parseHeadcount } from "./entities/headcount";
import { type ProviderMention, parseProvider } from "./entities/provider";
import { parseRole } from "./entities/role";
import { parseSchemes } from "./entities/scheme";
import { parseGoal, parseHours, parseTopic } from "./entities/training";
import { type Intent, intentText, ruleIntent } from "./intent";
import { asWritten, normalize, type RealWords } from "./text";

export type Act = "question" | "facts" | "command" | "greeting" | "thanks" | "closing" | "off_topic" | "injection";

/** The question the assistant had just asked, which a short answer refers to. */
export type Asked = "role" | "company" | "headcount" | "goal" | "startDate" | "provider" | "review";

/** An activity the text names (a sector, a trade), as the activity matcher of findOpco recognises it. */
export interface ActivityMention {
  /** The words that named it, as written. */
  term: string;
  /** Said as a status rather than a sector ("auto-entrepreneur", "hôpital public"). */
  status?: string;
}

/** Identifiers found in a message; `invalid` lists those that fail their check, with why (in the user's language). */
export interface FoundIdentifiers {
  siret?: string;
  siren?: string;
  idcc?: string;
  naf?: string;
  nda?: string;
  invalid: { kind: IdentifierKind; value: string; reason: string }[];
}

/** The facts a message states about the user, the company and the project. */
export interface Entities {
  role?: Role;
  /** The role was guessed (a company size given with no status), not said: it never replaces a known one. */
  roleInferred?: boolean;
  headcount?: number;
  activity?: ActivityMention;
  identifiers: FoundIdentifiers;
  /** The activity of a self-employed person, by kind ("artisan", "profession libérale"), when named. */
  trade?: string;
  /** The public service of a public agent ("fonction publique hospitalière"), when named. */
  publicService?: string;
  scheme?: SchemeId;
  /** The other schemes named besides `scheme` ("le plan de formation ou mon CPF ?"). */
  otherSchemes?: SchemeId[];
  goal?: TrainingGoal;
  /** What the training is about, as named ("Excel", "CACES R489"). */
  topic?: string;
  /** `YYYY-MM(-DD)`, `asap` or `unknown`. */
  startDate?: string;
  hours?: number;
  provider?: ProviderMention;
}

/** Everything the assistant reads in one message, before it decides anything. */
export interface Understanding {
  /** The message as the parsers read it (folded, abbreviations spelled out, typos put right). */
  normalised: string;
  lang: Lang;
  /** The language is clear from the words (not one ambiguous word). */
  langConfident: boolean;
  /** An explicit request to switch language ("in English please"). */
  langRequest?: Lang;
  acts: Set<Act>;
  command?: Command;
  /** Yes or no, for a confirmation. */
  answer?: YesNo;
  clauses: Clause[];
  /** The question(s) of the message, as typed (normalised), joined: what a tool or the cards must answer. */
  question?: string;
  intent?: Intent;
  /** What each method read: the cue rules, the trained classifier; `intent` is the hybrid of both. */
  intentBy?: { rules: Intent; model?: Intent };
  /** Facts stated as facts: what the dialogue may record. */
  facts: Entities;
  /** Everything named, questions included: the scope of an answer ("IDCC 1486, c'est quel OPCO ?"). */
  mentions: Entities;
}

export interface UnderstandContext {
  /** The conversation's language, the fallback when the message says little. */
  lang?: Lang;
  asked?: Asked;
  now: Date;
}

export interface UnderstandDeps {
  /** The activities a text names, best first (findOpco's recogniser). */
  activities(text: string): ActivityMention[];
  /** The intent classifier trained on the development corpus; without it, the cue rules decide alone. */
  intentModel?: NaiveBayesModel | undefined;
  /** Real words close to a domain word, never read as its typo ("salaire", "apprendre"). */
  realWords?: RealWords | undefined;
}

function identifiersOf(text: string, lang: Lang): FoundIdentifiers {
  const out: FoundIdentifiers = { invalid: [] };
  for (const found of findIdentifiers(text)) {
    if (found.ok) out[found.kind] ??= found.value;
    else
      out.invalid.push({
        kind: found.kind,
        value: found.raw,
        reason: invalidText(found.kind, found.reason, found.raw, lang),
      });
  }
  return out;
}

/**
 * A few words (four at most): an answer to the question asked, not a sentence. In it a date can
 * only be the one asked about, and a name is not a change of language.
 */
export const isShortAnswer = (text: string) => text.trim().split(/\s+/).length <= 4;

/** Entities of some clauses; `inQuestion` keeps only what a question can state about the asker. */
function entitiesOf(
  clauses: readonly Clause[],
  lang: Lang,
  context: UnderstandContext,
  deps: UnderstandDeps,
  inQuestion: boolean,
): Entities {
  const text = clauses.map((c) => c.text).join(". ");
  const out: Entities = { identifiers: identifiersOf(text, lang) };
  const role = parseRole(text);
  if (role) out.role = role;
  const headcount = parseHeadcount(text, { expectNumber: context.asked === "headcount", inQuestion });
  if (headcount !== undefined) out.headcount = headcount;
  const [activity] = deps.activities(text);
  if (activity) out.activity = activity;
  const trade = parseOwnActivity(text, "self_employed");
  if (trade) out.trade = trade;
  const publicService = parseOwnActivity(text, "public_agent");
  if (publicService) out.publicService = publicService;
  const [scheme, ...others] = parseSchemes(text);
  if (scheme) out.scheme = scheme;
  if (others.length) out.otherSchemes = others;
  const goal = parseGoal(text);
  if (goal) out.goal = goal;
  const topic = parseTopic(text);
  // "un salon de coiffure" names the company's trade, not a training in hairdressing.
  if (topic && !(activity && foldAccents(activity.term.toLowerCase()).includes(foldAccents(topic.toLowerCase()))))
    out.topic = topic;
  // Unless the start was asked, a date counts only in a sentence about the training ("la
  // formation commence en mars"), not "embauchée en octobre" or "le CPF expire en décembre";
  // a short answer ("en janvier", "dès que possible") can only be about when.
  const startDate =
    context.asked === "startDate"
      ? parseStartDate(text, context.now, true)
      : clauses
          .filter((clause) => START_CUE.test(clause.text) || saysWhen(clause.text) || isShortAnswer(clause.text))
          .map((clause) => parseStartDate(clause.text, context.now))
          .find((date) => date !== undefined);
  if (startDate && (!inQuestion || startDate !== "unknown")) out.startDate = startDate;
  const hours = parseHours(text);
  if (hours !== undefined) out.hours = hours;
  const provider = parseProvider(text, context.asked === "provider");
  if (provider) out.provider = provider;
  return out;
}

/**
 * Reads one message: its language (and an explicit request to switch), what it does (asks,
 * states facts, commands, greets, thanks, is off topic or tries to override the rules), the
 * intent of its question, and the facts it states. A fact is never taken from a question about
 * it: "l'OPCO paie tout sous 50 salariés ?" says nothing of the company's size, and "Do we need a
 * Qualiopi-certified provider?" no training goal. Pure and fast: no I/O, no state.
 */
export function understand(message: string, context: UnderstandContext, deps: UnderstandDeps): Understanding {
  const detected = detectLanguage(message, context.lang ?? "fr");
  const normalised = normalize(message, detected.lang, deps.realWords);
  const langRequest = parseLanguageRequest(normalised);
  const lang = detected.lang;
  const acts = new Set<Act>();
  const clauses = clausesOf(normalised);
  // "... I want the TEF test too. Make me a plan": a plan asked for at the end of a longer message.
  const lastClause = clauses.at(-1)?.text;
  let command =
    parseCommand(normalised) ??
    (lastClause && lastClause !== normalised && parseCommand(lastClause) === "summary" ? "summary" : undefined);
  const answer = parseYesNo(normalised);

  if (isInjection(normalised)) acts.add("injection");
  if (isOutOfField(normalised)) acts.add("off_topic");
  if (isGreeting(normalised)) acts.add("greeting");
  if (isThanks(normalised)) acts.add("thanks");
  if (isClosing(normalised)) acts.add("closing");
  if (command || (langRequest && normalised.length <= 60)) acts.add("command");

  const questions = clauses.filter((c) => c.question);
  const statements = clauses.filter((c) => !c.question);
  const facts = entitiesOf(statements, lang, context, deps, false);
  const inQuestions = entitiesOf(questions, lang, context, deps, true);
  // From a question, only what describes the asker is a fact: who they are, the company, its size
  // when they say it ("on est 23"), identifiers, the training they want and when.
  const fromQuestion: Entities = { identifiers: inQuestions.identifiers };
  for (const key of [
    "role",
    "headcount",
    "activity",
    "trade",
    "publicService",
    "topic",
    "startDate",
    "hours",
  ] as const) {
    if (facts[key] === undefined && inQuestions[key] !== undefined)
      Object.assign(fromQuestion, { [key]: inQuestions[key] });
  }
  const merged: Entities = {
    ...fromQuestion,
    ...facts,
    identifiers: mergeIdentifiers(facts.identifiers, inQuestions.identifiers),
  };
  // A company whose size the user gives, with no other status said, is the user's own company.
  if (!merged.role && merged.headcount !== undefined && merged.headcount > 0 && context.asked !== "headcount") {
    merged.role = "employer";
    merged.roleInferred = true;
  }
  const mentions: Entities = { ...inQuestions, ...facts, identifiers: merged.identifiers };
  // "Pas encore choisi d'auto-école": what is not chosen yet is the provider, not the company's trade.
  for (const entities of [merged, mentions]) {
    const notChosen = entities.provider && "notChosen" in entities.provider;
    const term = entities.activity?.term;
    if (
      notChosen &&
      term &&
      /\b(?:pas encore|not yet|no)\b[^.?!]{0,40}$/.test(normalised.slice(0, normalised.indexOf(term)))
    ) {
      delete entities.activity;
    }
  }
  // Names as the user wrote them: "Excel", "comptabilité", "AFPA Rennes".
  for (const entities of [merged, mentions]) {
    if (entities.topic) entities.topic = asWritten(message, entities.topic);
    if (entities.activity)
      entities.activity = { ...entities.activity, term: asWritten(message, entities.activity.term) };
    if (entities.provider && "name" in entities.provider)
      entities.provider = { name: asWritten(message, entities.provider.name) };
  }
  if (!mentions.role && merged.role) mentions.role = merged.role;

  if (hasFacts(merged)) acts.add("facts");
  // "Je sais pas mon IDCC, c'est un Carrefour Market": what is not known comes with what is.
  if (command === "unknown" && (merged.activity || merged.headcount !== undefined || hasIdentifier(merged))) {
    command = undefined;
    if (!langRequest) acts.delete("command");
  }
  const question = questions.length && !command ? questions.map((c) => c.text).join(" ") : undefined;
  if (question) acts.add("question");

  const out: Understanding = {
    normalised,
    lang,
    langConfident: detected.confident,
    acts,
    clauses,
    facts: merged,
    mentions,
  };
  if (langRequest) out.langRequest = langRequest;
  if (command) out.command = command;
  if (answer) out.answer = answer;
  if (question) {
    out.question = question;
    const rules = ruleIntent(question);
    const model = deps.intentModel ? classify(deps.intentModel, intentText(normalised)) : undefined;
    out.intentBy = { rules, ...(model ? { model: model.label as Intent } : {}) };
    // The cue rules decide when one speaks; the classifier reads the questions they leave as "other".
    out.intent = rules !== "other" || !model ? rules : (model.label as Intent);
  }
  return out;
}

function mergeIdentifiers(a: FoundIdentifiers, b: FoundIdentifiers): FoundIdentifiers {
  const out: FoundIdentifiers = { ...b, ...a, invalid: [...a.invalid, ...b.invalid] };
  for (const key of ["siret", "siren", "idcc", "naf", "nda"] as const) {
    const value = a[key] ?? b[key];
    if (value) out[key] = value;
    else delete out[key];
  }
  return out;
}

/** Whether the entities hold a company's or a provider's identifier. */
function hasIdentifier(e: Entities): boolean {
  const { idcc, siret, siren, naf, nda } = e.identifiers;
  return Boolean(idcc || siret || siren || naf || nda);
}

function hasFacts(e: Entities): boolean {
  return Boolean(
    e.role ||
      e.headcount !== undefined ||
      e.activity ||
      e.trade ||
      e.publicService ||
      hasIdentifier(e) ||
      e.identifiers.invalid.length ||
      e.scheme ||
      e.goal ||
      e.topic ||
      e.startDate ||
      e.hours ||
      e.provider,
  );
}
