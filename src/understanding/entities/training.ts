import type { TrainingGoal } from "../../core/ids";

/** What a training is for, from the words that name it. Order matters: the first goal that matches wins. */
const GOALS: [TrainingGoal, RegExp][] = [
  [
    "vae",
    /\b(?:vae|validation des acquis|validation of (?:prior )?(?:experience|learning)|recognition of prior learning)\b/,
  ],
  ["bilan", /\b(?:bilan de competences?|bilan pro|skills? assessment|career assessment)\b/],
  [
    "apprenticeship",
    /\b(?:apprenti(?:e|s)?|apprentissage|apprenticeships?|apprentice|contrat d'apprentissage|(?:en|un|une|des) alternan(?:ce|t|te|ts))\b|\bcfa\b/,
  ],
  ["professionalisation", /\b(?:contrat (?:de )?pro(?:fessionnalisation)?|professionali[sz]ation contract)\b/],
  [
    "reconversion",
    /\b(?:reconversion|reconvertir|changer de (?:metier|voie|job|travail)|devenir \w+|change (?:of )?careers?|career change|changing careers|new (?:job|career)|pro-?a\b|transitions? collectives?|retrain(?:ing)?|switch (?:careers?|to))\b/,
  ],
  [
    "languages",
    /\b(?:anglais|espagnol|allemand|italien|chinois|arabe|portugais|fle|francais langue etrangere|toeic|toefl|linguaskill|bright|ielts|cours de langues?|formation (?:en|de) langues?|language (?:course|training|lessons?|classes?)|english (?:course|lessons?|classes?|training)|french (?:course|lessons?|classes?)|learn (?:english|french|spanish|german))\b/,
  ],
  [
    "certification",
    /\b(?:rncp|\brs\b|repertoire specifique|diplome|diplomante|certifiante|certifiant|titre pro(?:fessionnel)?|cqp|bts|licence pro|master|bachelor|degree|diploma|certificate|certification (?!qualiopi|qualite))\b/,
  ],
  [
    "adaptation",
    /\b(?:adaptation|adapter|poste de travail|montee en competences?|monter en competences|perfectionnement|upskill(?:ing)?|improve (?:my|their|our) skills|nouvel? (?:outil|logiciel|machine)|logiciel|software|securite|safety|management|manager|excel|word|powerpoint|bureautique|caces|habilitation|sst|haccp|soudure|comptabilite|paie)\b/,
  ],
];

/** The goal of the training the text describes, when it names one. Qualiopi's certification is about the provider, not the goal. */
export function parseGoal(text: string): TrainingGoal | undefined {
  const withoutQualiopi = text.replace(
    /\b(?:qualiopi|certifi(?:e|ee|ed|cation) qualiopi|qualiopi[- ]certifi\w*)\b/g,
    " ",
  );
  for (const [goal, pattern] of GOALS) if (pattern.test(withoutQualiopi)) return goal;
  return undefined;
}

/**
 * What the training is about, as the user named it: "Excel", "CACES R489", "permis C", "anglais",
 * "pédiatrie", "AWS". From "formation (en|de|sur) X", "former qqn sur X", "apprendre X", "passer le X",
 * "X training/course/certification", or a known subject named anywhere.
 */
const KNOWN_TOPICS =
  /\b(caces(?: r\s?\d{3}\w*)?|sst|habilitation electrique(?: \w+)?|haccp|fimo|fco|permis (?:[bcde]{1,2}(?!')\b|poids lourds?|cariste)|excel|word|powerpoint|bureautique|(?:anglais|english|espagnol|spanish|allemand|german)(?=\s+(?:course|courses|lessons?|classes?|training|tests?|exams?|level|cours|formation))|(?<!\b(?:i'm|i am|im|a|an|as a|as an|je suis|groupe|societe|entreprise|filiale|client|clients)\s+)(?:anglais|english|espagnol|spanish|allemand|german)(?!\s+(?:group|groups|company|companies|firm|subsidiary|parent|owners?|bank|industrial|multinational|clients?|groupe|societe|entreprise|filiale|maison mere|proprietaires?|industriel|apprentice|employee|engineer|guy|woman|man|citizen|national|founder|manager|cook|chef|student|nurse|colleague|colleagues|friend|boss))|francais langue etrangere|fle|toeic|toefl|aws|azure|figma|photoshop|python|java|sql|cybersecurite|cybersecurity|comptabilite|accounting|gestion de (?:la )?paie|payroll|certiphyto|bafa|bafd|soudure|welding|management|pedagogie|secourisme|first aid|pediatrie|gestion de projet|project management|pmp|prince2|scrum|seo|marketing digital|digital marketing|cuisine|patisserie|coiffure|esthetique|naturopathie|sophrologie|yoga)\b/;
const TOPIC_AFTER =
  /\b(?:formation|formations|stage|cours|module|certification|certif|training|course|courses|lessons|classes|qualification)\s+(?:(?:en|de|du|sur|a la|au|aux|in|on|about|of|to become|pour devenir)\s+|d'\s*)((?:[a-z0-9'+#.-]+\s?){1,4})/;
const TOPIC_VERB =
  /\b(?:former|formee?s?|apprendre|maitriser|passer|obtenir|faire)\s+(?:(?:mon|ma|mes|un|une|des|le|la|les|nos|notre|deux|trois|\d+)\s+)?(?:\w+\s+)?(?:sur|a|au|en|le|la|les|un|une|son|sa|leur)\s+((?:[a-z0-9'+#.-]+\s?){1,3})/;
/** "train one of them on food hygiene", "learn Excel", "a course in project management" (English verbs). */
const TOPIC_VERB_EN =
  /\b(?:train|training|teach|learn|learning|upskill|study)\s+(?:(?:one of them|them|him|her|me|us|my|our|the|a|an|\w+)\s+){0,3}?(?:on|in|about)\s+((?:[a-z0-9'+#.-]+\s?){1,3})/;
const STOP_TOPIC =
  /^(?:la|le|les|un|une|des|de|du|mon|ma|mes|notre|nos|cette|ce|ces|qui|que|pour|avec|dans|chez|en|et|ou|the|a|an|my|our|for|with|this|that|it|them|financer|financee|prise|charge|interne|entreprise|poste|travail|compte|cpf|opco|ligne|distance|alternance|apprentissage)$/;

/** A scheme's name is how it is funded, not what the training is about. */
const SCHEME_NAME =
  /^(?:projet de transition|transition pro|periode de reconversion|contrat (?:de )?pro|contrat d'apprentissage|apprentissage|alternance|cpf|vae|bilan(?: de competences)?|poe\w?|plan de (?:formation|developpement)|pro-?a)\b/;

function cleanTopic(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  while (words.length && STOP_TOPIC.test(words.at(-1) as string)) words.pop();
  const cut = words.findIndex((w) =>
    /^(?:pour|avec|dans|chez|qui|que|et|ou|mais|car|donc|en|par|sur|for|with|and|but|so|because|at|in|on|by|if|si|c'est|est|sont|ca|to|starting|starts|start|from|des|a partir|debut|commence|commencant)$/.test(
      w,
    ),
  );
  const topic = (cut > 0 ? words.slice(0, cut) : words).join(" ").replace(/[.,;:!?]+$/, "");
  if (!topic || STOP_TOPIC.test(topic) || SCHEME_NAME.test(topic) || topic.length < 2 || /^\d+$/.test(topic))
    return undefined;
  // A date or a length is when or how long, not what: "april", "3 semaines", "starts".
  if (NOT_A_SUBJECT.test(topic)) return undefined;
  return topic.slice(0, 80);
}

const NOT_A_SUBJECT =
  /^(?:\d+\s*(?:h|heures?|hours?|jours?|days?|semaines?|weeks?|mois|months?|ans?|years?)|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|starts?|starting|start|but|mais|asap|soon|bientot)$/;

/** A diploma or title named with its speciality: "bac pro commerce", "BTS MCO", "titre pro de préparateur de commandes". */
const DIPLOMA =
  /\b((?:bac pro|bts|but|cap|bp|btm|bep|titre pro(?:fessionnel)?|licence pro|cqp|dut|deust|bafa|bafd|diplome d'etat)\s+(?:de |d'|en )?[a-z][a-z0-9'-]*(?:\s+(?!pour|avec|dans|chez|qui|que|et|ou|mais|en|a|au|c'est|est)[a-z][a-z0-9'-]*){0,3})/;
/** "formation management", "formation BAFD": a subject right after "formation" with no preposition. */
const TOPIC_RIGHT_AFTER =
  /\b(?:formation|formations|bootcamp|prepa(?:ration)?(?: au| aux| a l'| du)? concours|parcours)\s+(?!(?:en|de|d'|du|des|sur|a|au|aux|pour|qui|que|qu'\\w+|chez|avec|dans|par|alors|si|ou|pas|peut|c|quand|comme|depuis|pendant|demandee|faite|faites|commence|dirigeant|est-elle|peut-elle|professionnelle|certifiante|certifiant|diplomante|qualifiante|obligatoire|continue|interne|externe|longue|courte|payante|gratuite|adaptee|initiale|financee|prise|intra|inter|cpf|opco|qualiopi|est|c'est|ca|la|le|les|un|une|me|nous|vous|en|dure|durera|coute|coutera|coutait|vaut|commence|commencera|demarre|demarrera|sera|serait|aura|a|avait|porte|concerne|conseil|services?|consulting|sarl|sas)\b)([a-z][a-z0-9'+#-]*(?:\s+[a-z0-9][a-z0-9'+#-]*){0,2})/;

/** A retraining names its target job: "devenir auxiliaire de vie", "become a nurse". */
const TARGET_JOB = /\b(?:devenir|become)\s+(?:un |une |a |an )?((?:[a-z][a-z'-]*\s?){1,3})/;

/** Where the topic is read after a known subject, in this order: the first match that cleans into a topic gives it. */
const TOPIC_PATTERNS = [DIPLOMA, TOPIC_AFTER, TOPIC_VERB, TOPIC_VERB_EN, TOPIC_RIGHT_AFTER, TARGET_JOB];

export function parseTopic(text: string): string | undefined {
  const known = text.match(KNOWN_TOPICS)?.[1];
  if (known) return known;
  for (const pattern of TOPIC_PATTERNS) {
    const words = text.match(pattern)?.[1];
    const topic = words ? cleanTopic(words) : undefined;
    if (topic) return topic;
  }
  return undefined;
}

/** Training length in hours: "35 heures", "150h", "3 jours" (7 h a day), "2 weeks" (35 h a week). */
export function parseHours(text: string): number | undefined {
  // "I work 30h a week", "35 heures par semaine": working time, not the training's length.
  const hours = text.match(
    /\b(\d{1,4})\s*(?:h\b|heures?\b|hours?\b|hrs?\b)(?!\s*(?:a|per|par|\/)\s*(?:week|semaine|sem\b|month|mois)|\s*hebdo)/,
  );
  if (hours?.[1]) return Number(hours[1]) || undefined;
  // "dans 5 semaines", "in 3 weeks", "5 weeks ago": when, not how long.
  const days = text.match(
    /(?<!\b(?:dans|d'ici|sous|in|within|after|apres|about|environ)\s+(?:about |environ |around )?)\b(\d{1,3})\s*(?:jours?|days?)\b(?! (?:avant|apres|before|after|ouvr|de delai|ago))/,
  );
  if (days?.[1]) return Number(days[1]) * 7 || undefined;
  const weeks = text.match(
    /(?<!\b(?:dans|d'ici|sous|in|within|after|apres|about|environ)\s+(?:about |environ |around )?)\b(\d{1,2})\s*(?:semaines?|weeks?)\b(?! (?:avant|apres|before|after|ago))/,
  );
  if (weeks?.[1]) return Number(weeks[1]) * 35 || undefined;
  return undefined;
}
