import type { Centre } from "../core/centre";
import type { SchemeId, TrainingGoal } from "../core/ids";
import { looksLikeName } from "../understanding/entities/provider";
import type { Understanding } from "../understanding/understand";
import { SLOT_TABLE } from "./slots";
import type { DialogueState, Slot } from "./state";

/** What a message changed in the state. */
export interface Interpreted {
  /** Slots whose value this message set or changed. */
  changed: Set<Slot>;
  /** Slots the user said they do not know yet ("pas encore choisi", "on verra"): asked no more. */
  skipped: Set<Slot>;
  /** The company's identity changed: find the OPCO again. */
  companyChanged: boolean;
  /** The provider's identity changed: check Qualiopi again. */
  providerChanged: boolean;
  invalid: Understanding["facts"]["identifiers"]["invalid"];
}

/** The provider is the user's own organisation: "c'est nous", "nous-mêmes", "it's us", "ourselves". */
const OUR_OWN =
  /^(?:(?:ben|bah|euh|well|oh),? )?(?:c'est nous|nous-memes|nous memes|c'est nous-memes|c'est notre (?:centre|organisme|cfa)|notre (?:centre|organisme|cfa)|chez nous|it'?s us|us|ourselves|we are|we do|our (?:centre|center|cfa|school|organi[sz]ation))\b/;

/** A correction: "en fait", "plutôt", "actually", "I meant". */
const CORRECTION = /\b(?:en fait|plutot|finalement|correction|je voulais dire|pardon|actually|rather|i meant|sorry)\b/;
/**
 * The company's size said as such: "nous sommes 60", "we have 45 employees", "effectif de 30". A
 * correction alone ("actually it's 4 people, not 3") is about whatever was said last: the trainees.
 */
const COMPANY_SIZE =
  /\b(?:nous sommes|on est|on sera|we are|we're|we have|we employ|effectif|headcount|entreprise de|societe de|boite de|company of|team of|staff of|\d+ (?:employees|salaries|salariees|staff members|collaborateurs|collaboratrices))\b/;
/** A message about the training itself: "la formation c'est...", "the course is...". */
const ABOUT_TRAINING =
  /\b(?:la formation (?:c'est|est|sera|porte sur|concerne|serait)|formation (?:en|de|d') \w+ plutot|the (?:training|course) (?:is|will be|would be)|(?:training|course) (?:on|in) \w+ instead)\b/;

const SELF_OR_PUBLIC = new Set(["self_employed", "public_agent"]);
const TRAINING_WORDS =
  /\b(?:formation|former|training|course|cours|stage|module|session|atelier|workshop|certification)\b/;
/** "Chez vous", "with you": the training centre that runs the assistant is the provider. */
const AT_YOUR_CENTRE =
  /\b(?:chez vous|avec vous|aupres de vous|par vous|(?:dans )?votre (?:centre|organisme|ecole)|with you|through you|at your (?:centre|center|place|school)|your (?:centre|center|organi[sz]ation|school))\b/;
/** The training goes with a hire: an employer recruits, or a company recruits the job seeker. */
const HIRING: Partial<Record<string, RegExp>> = {
  employer:
    /\b(?:recrut\w*|embauch\w*|hire|hiring|recruit\w*|nouvel? (?:salarie|collaborat\w+|recrue)|futur(?:e)? (?:salarie|collaborat\w+|recrue)|demandeurs? d'emploi|job seekers?)\b/,
  job_seeker:
    /\b(?:m'embauch\w*|me recrut\w*|promesse d'embauche|offre d'emploi|hire me|hiring me|recruit me|job offer|offered me a job)\b/,
};
HIRING.provider = HIRING.employer;
HIRING.self_employed = HIRING.employer;
/** A hire denied: "pas encore d'offre d'emploi", "no job offer yet", "personne ne m'embauche". */
const NO_HIRE =
  /\b(?:pas (?:encore )?(?:d'|de )?(?:offre|promesse|embauche)|aucune? (?:offre|promesse|embauche)|personne ne (?:m'embauche|me recrute)|no (?:job )?offer|don'?t have (?:a |any )?(?:job )?offer|do not have (?:a |any )?(?:job )?offer|not (?:hiring|recruiting)|(?:ne|n') (?:recrut|embauch)\w* pas|no one (?:is )?hiring)\b/;
const HIRES_JOB_SEEKER =
  /\b(?:recrut\w*|embauch\w*|former|hire|hiring|recruit\w*|train(?:ing)?)\b.{0,40}\b(?:demandeurs? d'emploi|chomeurs?|job seekers?|unemployed)\b/;

const GOAL_OF_SCHEME: Partial<Record<SchemeId, TrainingGoal>> = {
  "projet-transition-professionnelle": "reconversion",
  "periode-reconversion": "reconversion",
  "contrat-apprentissage": "apprenticeship",
  "contrat-professionnalisation": "professionalisation",
  vae: "vae",
  "bilan-competences": "bilan",
  cpf: "certification",
};
const SCHEME_NAME =
  /^(?:projet de transition|p[ée]riode de reconversion|contrat|bilan de comp|cpf|vae|poe|apprentissage|alternance|plan de (?:formation|d[ée]veloppement))/;

/** A message that names the provider: identifiers in it are the provider's, not the company's. */
const ABOUT_PROVIDER =
  /\b(?:organisme|provider|formateur|centre de formation|ecole|school|training company|nda)\b|\bOF\b/;

/**
 * Understanding -> state changes. Every fact the message states is written into the profile,
 * whatever the question being answered ("je dirige une PME de 12 salariés, IDCC 1486, formation
 * d'anglais en mars" fills four slots at once; "en fait nous sommes 60" corrects the headcount).
 * Facts asked about in a question were already left out by the understanding stage. Identifiers
 * go to the provider when the provider question is the one being answered or the message is
 * about the provider, to the company otherwise.
 */
export function interpret(
  state: DialogueState,
  u: Understanding,
  message: string,
  current: Slot | undefined,
  centre?: Centre,
): Interpreted {
  const out: Interpreted = {
    changed: new Set(),
    skipped: new Set(),
    companyChanged: false,
    providerChanged: false,
    invalid: u.facts.identifiers.invalid,
  };
  const { profile } = state;
  const facts = u.facts;
  const set = <T>(slot: Slot, before: T, after: T | undefined, write: (value: T) => void) => {
    if (after === undefined || after === before) return;
    write(after);
    out.changed.add(slot);
    state.skipped = state.skipped.filter((s) => s !== slot);
  };

  // "Recruter un demandeur d'emploi": the job seeker is the one an employer hires, not the user; a
  // self-employed person who takes on an apprentice stays self-employed (the plan makes them the employer);
  // a provider's client who hires is the client, not the provider.
  const hiresJobSeeker =
    facts.role === "job_seeker" &&
    (profile.role === "employer" || profile.role === "provider") &&
    HIRES_JOB_SEEKER.test(u.normalised);
  const selfEmployedHires =
    facts.role === "employer" &&
    profile.role === "self_employed" &&
    (facts.goal === "apprenticeship" || HIRING.employer?.test(u.normalised));
  const clientHires =
    facts.role === "employer" && profile.role === "provider" && !/\b(?:je suis|i am|i'm)\b/.test(u.normalised);
  if ((!facts.roleInferred || !profile.role) && !hiresJobSeeker && !selfEmployedHires && !clientHires)
    set("role", profile.role, facts.role, (role) => {
      profile.role = role;
    });

  const ids = facts.identifiers;
  const forProvider = current === "provider" || ABOUT_PROVIDER.test(u.normalised) || /\bOF\b/.test(message);
  if (forProvider && (ids.siret || ids.nda)) {
    profile.provider = {
      ...profile.provider,
      ...(ids.siret ? { siret: ids.siret } : {}),
      ...(ids.nda ? { nda: ids.nda } : {}),
    };
    out.providerChanged = true;
    out.changed.add("provider");
  }
  const companyIds = {
    idcc: ids.idcc,
    naf: ids.naf,
    siret: forProvider ? undefined : ids.siret,
    siren: forProvider ? undefined : ids.siren,
  };
  for (const key of ["idcc", "naf", "siret", "siren"] as const) {
    const value = companyIds[key];
    if (value && value !== profile.company?.[key]) {
      profile.company = { ...profile.company, [key]: value };
      out.companyChanged = true;
      out.changed.add("company");
    }
  }
  // "J'ai une boulangerie": the activity stands for the company until an identifier comes; for
  // the self-employed and public agents it is what decides their funder.
  // A status word ("indépendant", "agent public") says who the user is, not what the activity is.
  // And a training provider's own trade is not its client's company.
  const ownTrade = profile.role === "provider" && /formation|training|\bcfa\b/i.test(facts.activity?.term ?? "");
  const activity = facts.activity?.status || ownTrade ? undefined : facts.activity;
  const company = profile.company ?? {};
  const own =
    profile.role === "self_employed" ? facts.trade : profile.role === "public_agent" ? facts.publicService : undefined;
  const aboutProvider = current === "provider";
  if (SELF_OR_PUBLIC.has(profile.role ?? "") && !aboutProvider) {
    const named = own ?? activity?.term;
    if (named && named !== company.activity) {
      profile.company = { ...company, activity: named };
      out.companyChanged = true;
      out.changed.add("company");
    }
  } else if (activity && !aboutProvider) {
    // A company already described is described anew when asked or corrected, not by a job named
    // later ("une formation balayage pour une coiffeuse" is about the employee, not the salon).
    const redescribes = !company.description || current === "company" || CORRECTION.test(u.normalised);
    if (
      !(company.idcc || company.siret || company.siren || company.naf) &&
      activity.term !== company.description &&
      redescribes
    ) {
      profile.company = { ...company, description: activity.term };
      out.companyChanged = true;
      out.changed.add("company");
    }
  }
  if (out.changed.has("company")) state.skipped = state.skipped.filter((s) => s !== "company");

  // A headcount already known changes when it is asked again, said as the company's size ("nous
  // sommes 60") or corrected ("en fait 25"): a number of people to train ("like 4 people") is not it.
  const keepHeadcount = profile.headcount !== undefined && current !== "headcount" && !COMPANY_SIZE.test(u.normalised);
  if (!keepHeadcount)
    set("headcount", profile.headcount, facts.headcount, (n) => {
      profile.headcount = n;
    });
  const training = () => {
    profile.training ??= {};
    return profile.training;
  };
  // A scheme named ("un projet de transition professionnelle pour une formation en comptabilité") says
  // what the training is for, before its subject does; the CPF only when nothing else says it.
  const schemeGoal = facts.scheme && !profile.training?.goal ? GOAL_OF_SCHEME[facts.scheme] : undefined;
  const goal = facts.scheme === "cpf" ? (facts.goal ?? schemeGoal) : (schemeGoal ?? facts.goal);
  set("goal", profile.training?.goal, goal, (goal) => {
    training().goal = goal;
  });
  // The name of a scheme ("un projet de transition", "mon CPF") is how it is funded, not what it teaches.
  // A provider's name given as the answer ("Centre Formation Avenir") names no training.
  const providerAnswer = current === "provider" && facts.provider !== undefined;
  const topic =
    facts.topic && !SCHEME_NAME.test(facts.topic.toLowerCase()) && !providerAnswer ? facts.topic : undefined;
  // A training already named is renamed when the training is what is answered or talked about
  // ("la formation c'est plutôt...", "actually it's Python"), not by any later phrase that looks like a subject.
  const renames =
    !profile.training?.title ||
    current === "goal" ||
    CORRECTION.test(u.normalised) ||
    ABOUT_TRAINING.test(u.normalised);
  if (topic && topic !== profile.training?.title && renames) {
    training().title = topic;
    out.changed.add("goal");
  }
  // A training described without a recognisable goal while its goal is asked ("une formation
  // Excel", "food hygiene training, 14 hours") is skills development, named by the user's words.
  if (current === "goal" && !profile.training?.goal && (facts.topic || TRAINING_WORDS.test(u.normalised))) {
    training().goal = "adaptation";
    // The user's words name it when they are a name ("food hygiene training, 14 hours"), not a
    // sentence about something else ("no provider yet, want it asap").
    if (looksLikeName(message)) training().title ??= message.trim().slice(0, 200);
    out.changed.add("goal");
  }
  if (facts.startDate === "unknown") {
    if (current === "startDate" || !profile.training?.startDate) out.skipped.add("startDate");
  } else {
    set("startDate", profile.training?.startDate, facts.startDate, (date) => {
      training().startDate = date;
    });
  }
  if (facts.hours !== undefined && facts.hours !== profile.training?.hours) training().hours = facts.hours;
  if (facts.scheme && facts.scheme !== profile.training?.scheme) training().scheme = facts.scheme;
  const hires = HIRING[profile.role ?? ""];
  if (
    hires &&
    !profile.training?.hiring &&
    (facts.scheme === "poe" || (hires.test(u.normalised) && !NO_HIRE.test(u.normalised)))
  )
    training().hiring = true;
  const provider = facts.provider;
  const atCentre =
    centre && AT_YOUR_CENTRE.test(u.normalised) && (current === "provider" || TRAINING_WORDS.test(u.normalised));
  if (atCentre) {
    const own = centre.provider ?? { name: centre.name };
    profile.provider = {
      name: own.name,
      ...("siret" in own && own.siret ? { siret: own.siret } : {}),
      ...("nda" in own && own.nda ? { nda: own.nda } : {}),
    };
    out.providerChanged = true;
    out.changed.add("provider");
    state.skipped = state.skipped.filter((s) => s !== "provider");
  } else if (provider && "notChosen" in provider) out.skipped.add("provider");
  // A training provider asking for a client trains the client itself ("c'est nous", "it's us"):
  // its own certificate is checked in the plan's steps; there is no other provider to name.
  else if (current === "provider" && profile.role === "provider" && OUR_OWN.test(u.normalised))
    out.skipped.add("provider");
  else if (provider && provider.name !== profile.provider?.name) {
    profile.provider = { name: provider.name.slice(0, 200) };
    out.providerChanged = true;
    out.changed.add("provider");
  }
  for (const slot of out.skipped) if (!state.skipped.includes(slot)) state.skipped.push(slot);
  return out;
}

/** Free text that answers the current question when no parser recognised anything in it. */
export function interpretFreeText(state: DialogueState, text: string, slot: Slot): Interpreted | undefined {
  const value = text.trim().slice(0, 200);
  const fill = SLOT_TABLE[slot].freeText;
  // One letter or a lone symbol is not a name, an activity or a training.
  if (!fill || !/\p{L}.*\p{L}/su.test(value)) return undefined;
  // A company, a provider or a training is named, not told in a sentence: "we need Excel for 4
  // people", "oh wait actually it's 10 employees" name none of them.
  if ((slot === "company" || slot === "provider" || slot === "goal") && !looksLikeName(value)) return undefined;
  const change = fill(state, value);
  return {
    changed: new Set([slot]),
    skipped: new Set(),
    companyChanged: change.companyChanged ?? false,
    providerChanged: change.providerChanged ?? false,
    invalid: [],
  };
}
