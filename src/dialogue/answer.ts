import type { Course } from "../core/catalogue";
import type { Centre } from "../core/centre";
import { isOpcoId, type Role } from "../core/ids";
import type { Lang } from "../core/lang";
import type { Profile } from "../core/profile";
import type { Citation, ToolCall } from "../core/reply";
import { type AskResult, ask } from "../retrieval/ask";
import { contentWords, mentionsDomain, mentionsOffTopic } from "../retrieval/confidence";
import type { KnowledgeBase } from "../retrieval/knowledge";
import { LABELS, schemeName } from "../summary/copy";
import type { ToolInput, ToolOutput, ToolSet } from "../tools/catalogue";
import { schemesFor } from "../tools/funding-routes/funding-routes";
import { FUNDED_WITHOUT_OPCO } from "../tools/funding-routes/rules";
import type { Entities, Understanding } from "../understanding/understand";
import { catalogueAnswer } from "./catalogue-answer";
import { ANSWER } from "./copy";
import { explainOpco, goalLabel } from "./explain";

/** A question answered: the reply's text and sources, what the cards and tools gave, and whether it is an answer at all. */
export interface Answered {
  lang: Lang;
  text: string;
  citations: Citation[];
  retrieved: AskResult["retrieved"];
  /** answered: a tool or a card answers; low_confidence: neither does for sure; off_topic: not the assistant's field. */
  outcome: AskResult["outcome"];
  toolCalls: ToolCall[];
  /** A tool's answer comes first (the OPCO found, the documents of a scheme). */
  toolLed: boolean;
  /** Who wrote the text: the embedded templates, or the LLM composer. */
  composer?: "llm" | "embedded";
}

export interface AnswerDeps {
  tools: ToolSet;
  knowledge: KnowledgeBase;
  /** A card to cite, in the given language, when it exists. */
  card(id: string, lang: Lang): Citation | undefined;
  /** The centre and its courses: a question about "your courses" is answered from them. */
  centre?: Centre;
  courses?: readonly Course[];
  now?(): Date;
}

/** What the answer may use besides the question: what the conversation already knows. */
export interface AnswerScope {
  lang: Lang;
  profile?: Profile;
}

/**
 * Least share of a question's topical words the best card must cover to answer it. Measured on
 * the development corpus: lower, wrong answers grow; higher, right answers are refused.
 */
const ANSWER_COVERAGE = 0.15;

/** A question about who funds: the OPCO, the FAF, the public funder. */
const FUNDER_QUESTION =
  /\b(?:(?:quel|quelle|c'est quel|de quel|a quel|which|what(?:'s| is)?(?: my| our| the)?) (?:est )?(?:(?:mon|notre|l') ?)?(?:opco|faf|fonds)|(?:mon|notre|leur|son) opco(?: est| c'est|\s*$)|(?:qui|quel organisme) (?:me |nous |les |leur )?(?:finance|paie|paye|prend en charge)|who (?:funds|pays for|covers) (?:me|us|my|our|them|their)|(?:depend|depends|rattache|rattachee|belong|belongs)\w* (?:de |a |to )?(?:quel|which|what|l'opco|the opco)|constructys ou|ou (?:l')?opco|cnfpt ou|ou (?:le )?(?:cnfpt|anfh)|(?:c'est quoi|c'est qui|quel est|what's|whats|what is) (?:mon|notre|son|leur|my|our|their) opco|l'opco (?:de|d') ?(?:ma|mon|notre|la|cette|mes|nos) ?(?:boite|entreprise|societe|structure|asso|association|employeur|branche|salaries?|convention)|(?:the|an?) opco (?:of|for) (?:my|our|the|a|this) (?:company|business|firm|employer|sector|industry|branch)|(?:je fais|on fait|faire|deposer|envoyer|adresser) (?:la |ma |notre |une )?demande (?:ou|a qui|aupres de qui)|a qui (?:je |on )?(?:dois |doit )?(?:m'adresser|m'adresse|s'adresser|s'adresse|nous adresser|demander)|where (?:do|should|can) (?:i|we) (?:apply|send (?:the|our|my) (?:request|application))|who (?:do|should) (?:i|we) (?:ask|contact|apply to|send it to))\b/;

/**
 * A company head asking about their own training ("qui paie ma formation à moi ?", "AGEFICE or an
 * OPCO for my own training?"): it depends on the head's social status, not on the company's OPCO,
 * so the card that explains it answers first.
 */
const HEAD_OWN_TRAINING =
  /\b(?:ma (?:propre )?formation (?:a moi|de dirigeant|de gerant|de chef d'entreprise)|(?:me|ma) former moi|ma propre formation|my own training|who (?:funds|pays for) my training|my training as (?:the )?(?:head|owner|director|manager|founder))\b/;
const COMPANY_HEAD =
  /\b(?:gerante?s?|president(?:e)?|dirigeante?|chef d'entreprise|sasu|eurl|sarl|sas|owner|founder|director|company head|business owner|ceo)\b/;

/** An identifier with its value, as the normalised text writes it: "idcc 0675", "siret : 123 456 789 00012". */
const IDENTIFIERS = /\b(?:idcc|siret|siren|naf|code ape|ape|nda)\s*(?:n°|no|:)?\s*\d[\d .]*[a-z]?\b/g;
const IDENTIFIER = /\b(?:idcc|siret|siren|naf|code ape|ape|nda)\b/;

/** A question that asks which OPCO (or fund) it is, not how something is paid. */
const WHICH_OPCO =
  /\b(?:(?:quel|quelle|which|what)\b.{0,25}\b(?:opco|faf|fonds)|(?:mon|notre|leur|son|my|our|their) opco|l'opco de)\b/;

const FUNDER_STATUS: Partial<Record<Role, ToolInput<"findOpco">["status"]>> = {
  self_employed: "self_employed",
  public_agent: "public_agent",
  job_seeker: "job_seeker",
};

/**
 * A question about the training of someone's employee ("pour sa formation à elle", "my 2
 * employees' training"): a self-employed person's staff are trained through the OPCO of the
 * activity, not the owner's FAF.
 */
const EMPLOYEES_TRAINING =
  /\b(?:(?:my|our|mes|nos|mon|ma|ses|sa|son)\s+(?:\d+\s+|deux |two |three |trois )?(?:employees?'?s?|staff|salariee?s?|assistante?s?|secretaire|collaborat\w+)\b.{0,20}\b(?:training|formation)|(?:training|formation)s? (?:de|of|for) (?:my|our|mes|nos|mon|ma) (?:\d+ |deux |two )?(?:employees?|staff|salariee?s?|assistante?|secretaire)|pour (?:sa|son|leur) formation a (?:elle|lui|eux)|(?:her|his|their) training)\b/;

/** The findOpco input the question and the known profile allow, most certain identifier first. */
function findOpcoInput(
  mentions: Entities,
  profile: Profile | undefined,
  lang: Lang,
  forEmployees = false,
): ToolInput<"findOpco"> | undefined {
  const ids = mentions.identifiers;
  const company = profile?.company ?? {};
  const asked = mentions.role ?? profile?.role;
  // The owner's staff: the activity's OPCO, as for any employer.
  const role = forEmployees && asked === "self_employed" ? "employer" : asked;
  const status = role ? FUNDER_STATUS[role] : undefined;
  const activity = mentions.activity?.term ?? company.activity ?? company.description;
  const base = { lang, ...(role ? { status: role } : {}) };
  if (status) return { ...base, status, ...(activity ? { query: activity } : {}) };
  const idcc = ids.idcc ?? company.idcc;
  if (idcc) return { ...base, idcc };
  const siret = ids.siret ?? company.siret;
  if (siret) return { ...base, siret };
  const siren = ids.siren ?? company.siren;
  if (siren) return { ...base, siren };
  const naf = ids.naf ?? company.naf;
  if (naf) return { ...base, naf };
  if (mentions.activity?.status) return { ...base, query: mentions.activity.term };
  if (activity) return { ...base, query: activity };
  return undefined;
}

/** The training the conversation is about, in words: its scheme (or goal) and its subject. */
function trainingContext(profile: Profile | undefined, lang: Lang): string {
  const training = profile?.training;
  if (!training) return "";
  const scheme = training.scheme ? schemeName(training.scheme, lang, profile?.role) : undefined;
  const goal = !scheme && training.goal ? goalLabel(training.goal, lang) : undefined;
  return [scheme ?? goal, training.title].filter(Boolean).join(" ");
}

/** The card of the OPCO found, or of who funds instead. */
function funderCard(result: ToolOutput<"findOpco">, role: Role | undefined): string | undefined {
  if (result.status === "found" && result.opco) return result.opco.id;
  if (result.status !== "not_applicable") return undefined;
  if (role === "public_agent" || result.alternative?.funders.some((f) => /CNFPT|ANFH/.test(f)))
    return "agents-publics-formation";
  if (role === "job_seeker" || result.alternative?.funders.some((f) => /France Travail/.test(f)))
    return "demandeurs-emploi-formation";
  return "independants-faf";
}

const ROUTE_STATUS: Partial<Record<Role, ToolInput<"fundingRoutes">["status"]>> = {
  employer: "employer",
  employee: "employee",
  job_seeker: "job_seeker",
  self_employed: "self_employed",
  public_agent: "public_agent",
};

/** The fundingRoutes input of an eligibility question whose asker is known (a provider asks for a client: the cards answer). */
function fundingRoutesInput(
  u: Understanding,
  role: Role | undefined,
  profile: Profile | undefined,
  lang: Lang,
): ToolInput<"fundingRoutes"> | undefined {
  const status = role ? ROUTE_STATUS[role] : undefined;
  if (u.intent !== "eligibility" || !status) return undefined;
  const headcount = u.mentions.headcount ?? profile?.headcount;
  const goal = u.mentions.goal ?? profile?.training?.goal;
  return { status, lang, ...(headcount !== undefined ? { headcount } : {}), ...(goal ? { goal } : {}) };
}

/** A route as an answer: the scheme, its verdict for the asker, who pays and why. */
function routeText(route: ToolOutput<"fundingRoutes">["routes"][number], lang: Lang, role: Role | undefined): string {
  const verdict = LABELS[lang].eligible[route.eligible];
  return `**${schemeName(route.scheme, lang, role)}** (${verdict}, ${route.funder}) : ${route.why}`.replace(
    " :",
    lang === "en" ? ":" : " :",
  );
}

/** A short list of the documents of a scheme, before the training. */
function documentsText(result: ToolOutput<"listDocuments">, lang: Lang): string {
  const lines = result.documents
    .filter((d) => d.phase === "before")
    .slice(0, 6)
    .map((d) => `- ${d.label} (${d.whoLabel})`);
  return lines.length ? `${ANSWER.documents[lang]}\n${lines.join("\n")}` : "";
}

/**
 * Answers one question, first from the tools when one applies (who funds this company or
 * status, which documents a scheme needs), then from the knowledge cards. It refuses only when
 * neither a tool nor a card answers. The facts the conversation already knows (`scope.profile`)
 * narrow the answer: "is it funded?" after "bakery, 8 employees" is about that bakery.
 */
export async function answerQuestion(u: Understanding, scope: AnswerScope, deps: AnswerDeps): Promise<Answered> {
  const lang = scope.lang;
  const question = u.question ?? u.normalised;
  const calls: ToolCall[] = [];
  const lead: string[] = [];
  const leadCards: string[] = [];

  if (u.acts.has("injection") || u.acts.has("off_topic")) {
    return {
      lang,
      text: (u.acts.has("injection") ? ANSWER.injection : ANSWER.outOfField)[lang],
      citations: [],
      retrieved: [],
      outcome: "off_topic",
      toolCalls: [],
      toolLed: false,
    };
  }

  if (deps.centre && deps.courses) {
    const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
    const courses = catalogueAnswer(question, deps.courses, deps.centre, { lang, profile: scope.profile, today });
    if (courses) return courses;
  }

  const mentions = u.mentions;
  const role = mentions.role ?? scope.profile?.role;
  // The classifier names an intent for any text: it routes to a tool only when the message is in
  // the assistant's field ("who won the football match?" names a sport, not a company).
  const inField = mentionsDomain(contentWords(u.normalised));
  // A scheme no OPCO funds (the CPF, a PTP) is not about the company's OPCO, whatever it does:
  // "who pays for his PTP?" is answered by the scheme's funder, not by the company's OPCO.
  const named = mentions.scheme ? [mentions.scheme, ...(mentions.otherSchemes ?? [])] : [];
  const opcoScheme = !named.length || named.some((scheme) => !FUNDED_WITHOUT_OPCO.has(scheme));
  const asksOpco = /\bopco\b/.test(question);
  const funderQuestion =
    (FUNDER_QUESTION.test(question) || (u.intent === "find_funder" && inField)) && (opcoScheme || asksOpco);
  // Whether something is funded, or how much is paid back, depends first on who funds: the
  // activity's OPCO, or for the self-employed, public agents and job seekers their own funder.
  const fundingQuestion = u.intent === "eligibility" || u.intent === "amount";
  const ownFunder = role !== undefined && FUNDER_STATUS[role] !== undefined;
  if (
    funderQuestion ||
    (inField && ((mentions.activity && opcoScheme && u.intent === "eligibility") || (ownFunder && fundingQuestion)))
  ) {
    const input = findOpcoInput(mentions, scope.profile, lang, EMPLOYEES_TRAINING.test(question));
    if (input) {
      const output = await deps.tools.findOpco(input);
      calls.push({ name: "findOpco", input, output });
      if (output.status !== "invalid_input" || u.intent === "find_funder") {
        lead.push(explainOpco(output, lang));
        const card = funderCard(output, role);
        if (card) leadCards.push(card);
      }
    }
  }

  // "Can the OPCO pay?", "is it funded?": the funding rules answer for who asks, with what is known
  // of the company (its size decides the plan) and of the training.
  const routesInput = fundingRoutesInput(u, role, scope.profile, lang);
  if (routesInput && inField && !funderQuestion) {
    const output = await deps.tools.fundingRoutes(routesInput);
    calls.push({ name: "fundingRoutes", input: routesInput, output });
    // The scheme asked about, else the most direct one for this person and goal (the plan for an
    // employer's training), whatever its verdict: the first route that says "yes" may be beside the point.
    const direct = schemesFor(output.evaluatedFor, output.goal)[0];
    const route =
      output.routes.find((r) => r.scheme === mentions.scheme) ??
      output.routes.find((r) => r.scheme === direct) ??
      output.routes[0];
    if (route) {
      lead.push(routeText(route, lang, role));
      leadCards.push(route.scheme);
    }
  }

  // "Which papers?" in a conversation about an apprenticeship is about the apprenticeship's.
  const scheme = mentions.scheme ?? (inField ? undefined : scope.profile?.training?.scheme);
  if (u.intent === "documents" && scheme) {
    const input: ToolInput<"listDocuments"> = { scheme, phase: "all", lang, ...(role ? { role } : {}) };
    const output = await deps.tools.listDocuments(input);
    calls.push({ name: "listDocuments", input, output });
    const text = documentsText(output, lang);
    if (text) {
      lead.push(text);
      leadCards.push(scheme);
    }
  }

  // "Who pays for the VAE / the CFA?" asks how a scheme is funded: its card answers, the OPCO follows.
  // "Which OPCO?" asks the tool. So does an employee's "who pays?", which depends on the route.
  const schemeFunding =
    (named.length > 0 || mentions.topic !== undefined || role === "employee") && !WHICH_OPCO.test(question);
  // The cards are searched with the whole message: the facts around a question say what it is about.
  // A company's identifier given as a fact ("on est une enseigne d'habillement (IDCC 0675)") says
  // which company, not what is asked: it is searched only when the question is about it or asks
  // who funds that company.
  const said = funderQuestion || IDENTIFIER.test(question) ? u.normalised : u.normalised.replace(IDENTIFIERS, " ");
  // A short follow-up with no word of the field ("c quoi les papiers à faire ?", "c'est jouable ?")
  // is about the conversation's training: its scheme and subject are searched with it. A question
  // on something else ("la recette de la tarte tatin ?") is not.
  const words = contentWords(u.question ?? u.normalised);
  const followUp = !inField && words.length <= 5 && !mentionsOffTopic(words);
  const query = followUp ? `${said} ${trainingContext(scope.profile, lang)}`.trim() : said;
  const fromCards = ask(deps.knowledge, query, lang, {
    role,
    minCoverage: ANSWER_COVERAGE,
    focus: u.question,
    wants: u.intent === "amount" ? "amount" : u.intent === "deadline" ? "deadline" : undefined,
    aboutOpco: (funderQuestion && !schemeFunding) || u.intent === "definition" || u.intent === "other",
  });
  // A card on another OPCO than the one the tool found (or on any OPCO, where none funds) would
  // contradict the tool's answer: "association sportive" is Afdas, not the ESS's Uniformation.
  const found = calls.find((call) => call.name === "findOpco")?.output as ToolOutput<"findOpco"> | undefined;
  const cardId = fromCards.retrieved[0]?.id ?? "";
  const contradicts =
    found !== undefined &&
    isOpcoId(cardId) &&
    (found.status === "not_applicable" || (found.status === "found" && found.opco?.id !== cardId));
  const cardAnswered = fromCards.outcome === "answered" && !contradicts;
  // A question on something the OPCO funds, from a company the message identifies ("IDCC 2098,
  // a POEC to recruit: who builds the file?"): the card answers, and the company's OPCO follows.
  // A training provider's message names its own trade as often as its client's: it is left out.
  const follow: string[] = [];
  const followCards: string[] = [];
  if (
    cardAnswered &&
    !found &&
    !ownFunder &&
    role !== "provider" &&
    (opcoScheme || asksOpco) &&
    !isOpcoId(cardId) &&
    /\bOPCO\b/i.test(fromCards.answer.text)
  ) {
    // The company this message names (no profile: not one said earlier in the conversation).
    const input = findOpcoInput(mentions, undefined, lang);
    const output = input && (await deps.tools.findOpco(input));
    if (input && output?.status === "found" && output.opco) {
      calls.push({ name: "findOpco", input, output });
      follow.push(explainOpco(output, lang));
      followCards.push(output.opco.id);
    }
  }
  if (!lead.length && !cardAnswered) {
    return {
      lang,
      ...fromCards.answer,
      retrieved: fromCards.retrieved,
      outcome: fromCards.outcome,
      toolCalls: calls,
      toolLed: false,
    };
  }

  const citations: Citation[] = [];
  const cite = (citation: Citation | undefined) => {
    if (citation && !citations.some((c) => c.id === citation.id && c.url === citation.url)) citations.push(citation);
  };
  const cardCitations = cardAnswered ? fromCards.answer.citations : [];
  const cardText = cardAnswered ? [fromCards.answer.text] : [];
  // The tool leads when the question asks what it knows (who funds, which documents); otherwise
  // the card answers and the tool's finding follows.
  const headOwnTraining = HEAD_OWN_TRAINING.test(question) && COMPANY_HEAD.test(u.normalised);
  const toolFirst =
    lead.length > 0 &&
    (!cardAnswered || (!headOwnTraining && !schemeFunding && (funderQuestion || u.intent === "documents")));
  for (const citation of toolFirst ? [] : cardCitations) cite(citation);
  for (const id of leadCards) cite(deps.card(id, lang));
  for (const citation of cardCitations) cite(citation);
  for (const id of followCards) cite(deps.card(id, lang));
  const text = (toolFirst ? [...lead, ...cardText] : [...cardText, ...lead])
    .concat(follow)
    .filter(Boolean)
    .join("\n\n");
  return {
    lang,
    text,
    citations,
    retrieved: fromCards.retrieved,
    outcome: "answered",
    toolCalls: calls,
    toolLed: toolFirst,
  };
}
