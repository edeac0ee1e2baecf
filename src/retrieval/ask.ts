import { isOpcoId, type Role } from "../core/ids";
import type { Lang } from "../core/lang";
import type { Citation } from "../core/reply";
import { contentWords, coverage, mentionsDomain, mentionsOffTopic } from "./confidence";
import { indexTerms, type KnowledgeBase } from "./knowledge";
import { answeringPassages, quotePassages, type Wanted, wantedPrior } from "./passages";
import { cardIn, questionLanguage, type Ranking, rank } from "./search";
import { expandQuery } from "./synonyms";
import { withoutAsides } from "./words";

/** Least share of the question's topical words the best card must cover to be answered. */
export const MIN_COVERAGE = 0.6;
/** A runner-up is shown as "see also" when its score is at least this share of the best one. */
const RELATED_SHARE = 0.25;

export type AskOutcome = "answered" | "low_confidence" | "off_topic";

export interface AskResult {
  lang: Lang;
  answer: { text: string; citations: Citation[] };
  retrieved: { id: string; title: string; score: number }[];
  /** answered: a card answers; low_confidence: none does for sure; off_topic: not the assistant's field. */
  outcome: AskOutcome;
}

const TEXT = {
  fr: {
    seeAlso: "À voir aussi",
    sources: "Sources",
    lowConfidence:
      "Je ne trouve pas de réponse sûre à cette question dans ma base de connaissances, et je préfère ne pas vous donner une réponse approximative. " +
      "Le parcours guidé peut vous aider : dites-moi qui vous êtes (employeur, salarié, demandeur d'emploi, indépendant, organisme de formation) et ce que vous voulez financer, " +
      "et je vous indiquerai l'OPCO, les dispositifs possibles et les démarches.",
    offTopic:
      "Je suis un assistant dédié au financement de la formation professionnelle par les OPCO : je peux vous dire quel OPCO vous concerne, " +
      "quels dispositifs peuvent financer une formation (plan de développement des compétences, apprentissage, CPF, période de reconversion...), " +
      "quels documents préparer et quels délais respecter. Posez-moi une question sur ces sujets, ou commencez le parcours guidé.",
  },
  en: {
    seeAlso: "See also",
    sources: "Sources",
    lowConfidence:
      "I cannot find a reliable answer to this question in my knowledge base, and I would rather not give you an approximate one. " +
      "The guided dialogue can help: tell me who you are (employer, employee, job seeker, self-employed, training provider) and what you want to fund, " +
      "and I will tell you your OPCO, the schemes that apply and the steps to take.",
    offTopic:
      "I am an assistant for funding professional training through the OPCOs (French skills operators): I can tell you which OPCO applies to you, " +
      "which schemes can fund a training (skills development plan, apprenticeship, CPF, période de reconversion...), " +
      "which documents to prepare and which deadlines to meet. Ask me about these topics, or start the guided dialogue.",
  },
} as const;

const round = (score: number) => Math.round(score * 1000) / 1000;

export interface AskOptions {
  /** Who asks, when known: cards written for someone else weigh less. */
  role?: Role | undefined;
  /** Least share of the question's topical words the best card must cover (MIN_COVERAGE by default). */
  minCoverage?: number;
  /**
   * Whether the question is about an OPCO itself (who it is, which one): when it is not, the
   * OPCOs' own cards weigh less, because naming a sector or an OPCO in passing ("we are a
   * Syntec firm, can the OPCO fund e-learning?") does not make the question about it.
   */
  aboutOpco?: boolean | undefined;
  /** The question itself, when the text searched says more around it: it chooses the passages quoted. */
  focus?: string | undefined;
  /** What the question asks for (an amount, a time limit): passages that hold one are quoted first. */
  wants?: Wanted | undefined;
}

/** Weight of a card not written for the asker's role. */
const OTHER_AUDIENCE = 0.7;
/** Weight of an OPCO's card for someone no OPCO funds (self-employed, public agent, job seeker). */
const NOT_AN_OPCO_MATTER = 0.5;
const WITHOUT_OPCO: ReadonlySet<Role> = new Set(["self_employed", "public_agent", "job_seeker"]);

/** The ranking with the asker's role as a prior: the cards written for them first, at equal text scores. */
function withPrior(kb: KnowledgeBase, ranking: Ranking, { role, aboutOpco }: AskOptions): Ranking {
  if (!role && aboutOpco !== false) return ranking;
  const ranked = ranking.ranked
    .map(({ id, score }) => {
      const card = kb.cards.fr.get(id) ?? kb.cards.en.get(id);
      let weight = role && card && !card.audience.includes(role) ? OTHER_AUDIENCE : 1;
      if (isOpcoId(id) && ((role && WITHOUT_OPCO.has(role)) || aboutOpco === false)) weight *= NOT_AN_OPCO_MATTER;
      return { id, score: score * weight };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { ...ranking, ranked };
}

/**
 * Answers one question from the knowledge base, in the user's language: the best card's short
 * answer, up to two related cards as "see also", and citations with the official sources.
 * The question is only ever searched: text that gives instructions is a question like any other.
 * With no confident match it says so and offers the guided dialogue; off-topic questions get a
 * reminder of what the assistant does.
 */
export function ask(kb: KnowledgeBase, question: string, lang?: Lang, options: AskOptions = {}): AskResult {
  const userLang = lang ?? questionLanguage(question);
  const text = TEXT[userLang];
  const ranking = withPrior(kb, rank(kb, question, userLang), options);
  const retrieved = ranking.ranked.slice(0, 5).flatMap(({ id, score }) => {
    const card = cardIn(kb, id, userLang);
    return card ? [{ id, title: card.title, score: round(score) }] : [];
  });
  const words = contentWords(withoutAsides(question));
  const best = ranking.ranked[0];
  const bestCards = best ? [kb.cards.fr.get(best.id), kb.cards.en.get(best.id)] : [];
  const covered = best ? coverage(kb, words, ranking.groups, bestCards) : 0;
  const onTopic = mentionsDomain(words) || ranking.groups.length > 0;

  if (!onTopic && (mentionsOffTopic(words) || covered < MIN_COVERAGE)) {
    return { lang: userLang, answer: { text: text.offTopic, citations: [] }, retrieved, outcome: "off_topic" };
  }
  const card = best && covered >= (options.minCoverage ?? MIN_COVERAGE) ? cardIn(kb, best.id, userLang) : undefined;
  if (!best || !card) {
    return {
      lang: userLang,
      answer: { text: text.lowConfidence, citations: [] },
      retrieved,
      outcome: "low_confidence",
    };
  }

  const related = ranking.ranked
    .slice(1)
    .filter(({ score }) => score >= best.score * RELATED_SHARE)
    .map(({ id }) => id)
    .concat(card.links)
    .filter((id, i, all) => id !== card.id && all.indexOf(id) === i)
    .flatMap((id) => {
      const other = cardIn(kb, id, userLang);
      return other ? [other] : [];
    })
    .slice(0, 2);
  // What the question asks beyond the card's short answer, quoted from the card's body.
  const terms = kb.termsOf(card);
  const termsOf = (text: string) => indexTerms(kb.indexes[card.lang], contentWords(expandQuery(text).text).join(" "));
  const asked = options.focus
    ? { terms: termsOf(options.focus), context: termsOf(question) }
    : { terms: termsOf(question) };
  // How specific a term is to the knowledge base: its idf over every card's question variants,
  // relative to the rarest (a term no variant uses counts as specific).
  const { idf } = kb.variants[card.lang];
  const rarest = Math.max(1, ...idf.values());
  const specificity = (term: string) => ((idf.get(term) ?? rarest) / rarest) ** 2;
  const prior = wantedPrior(card.passages, options.wants);
  const picked = answeringPassages(asked, terms.passages, terms.answer, specificity, terms.headings, prior).flatMap(
    (i) => card.passages[i] ?? [],
  );
  const quoted = quotePassages(picked, userLang).flatMap((quote) => ["", quote]);
  const lines = [`**${card.title}**`, "", card.shortAnswer, ...quoted];
  if (related.length)
    lines.push(
      "",
      `${text.seeAlso} : ${related.map((r) => r.title).join(" ; ")}`.replace(" :", userLang === "en" ? ":" : " :"),
    );
  const citations: Citation[] = card.sources.map((source) => ({ id: card.id, title: source.title, url: source.url }));
  lines.push(
    "",
    `${text.sources} : ${citations.map((c) => `[${c.title}](${c.url})`).join(", ")}`.replace(
      " :",
      userLang === "en" ? ":" : " :",
    ),
  );
  return { lang: userLang, answer: { text: lines.join("\n"), citations }, retrieved, outcome: "answered" };
}
