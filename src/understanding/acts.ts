import type { Lang } from "../core/lang";

export type Command = "restart" | "back" | "summary" | "unknown" | "human";

const COMMANDS: [Command, RegExp][] = [
  [
    "restart",
    /^\/?(?:recommencer|on recommence|reprendre (?:du|depuis le) debut|reinitialiser|nouvelle (?:conversation|demande)|restart|start (?:again|over)|reset|new conversation)\b/,
  ],
  ["back", /^\/?(?:retour|revenir|precedent|etape precedente|back|go back|previous(?: step)?|undo)\b/],
  [
    "summary",
    /^\/?(?:resume|recap(?:itulatif)?|mon plan|voir (?:mon|le) plan|montrez?(?:-moi)? (?:mon |le )?plan|(?:affiche|donne|fais|faites)(?:z|-moi)? (?:mon |le |un )?plan|(?:c'est quoi|c quoi|quelle est) la suite|resume(?:z)?(?:-| )?moi|fai(?:s|tes)(?:-moi)? (?:un |le )?(?:resume|recap)|(?:can you |please )?summari[sz]e(?: (?:it|this|that|everything))?(?: (?:into|as|in) (?:a |the )?plan)?|et (?:maintenant|apres)|(?:je fais|on fait) quoi (?:maintenant|now)|synthese|summary|my plan|show (?:me )?(?:my|the) plan|next steps|(?:can you |could you |please )?make (?:me )?(?:a|the|my) plan|(?:what'?s|whats|what is) (?:the plan|next)|what now|now what|(?:(?:yes|yeah|ok|okay|fine|sure|oui|d'accord),? )?(?:please )?(?:gimme|give me|make|produce|show|send|create|do|build|generate|draft|prepare|let'?s do|donne(?:z)?(?:-moi)?|fai(?:s|tes)(?:-moi)?|montre(?:z)?(?:-moi)?|etabli(?:s|ssez)?|prepare(?:z)?)(?: me| us| moi| nous)? (?:the |a |my |our |mon |le |un |notre )?(?:full |complete |whole |final |complet |final )?plan(?! (?:de formation|de developpement|des competences|for training|training))\b)/,
  ],
  [
    "human",
    /\b(?:parler a (?:un|une) (?:conseiller|conseillere|humain|personne)|talk to (?:someone|a human|a person|an adviser|an advisor)|(?:un|une) conseiller(?:e)? (?:humain|svp)|etre rappele|call me back)\b/,
  ],
  [
    "unknown",
    /^(?:(?:je (?:ne )?sais pas|j'?sais pas|je sais pas|aucune idee|pas sur|pas sure|je ne connais pas|i (?:do not|don't) know|no idea|not sure|dunno)\b|(?:inconnu|passer|je passe|passez|on passe|suivant|skip|pass|unknown|next question|question suivante)$)/,
  ],
];

/**
 * A short message that asks for the plan by its name: "le plan svp", "ok et le plan alors", "plan
 * stp", "vous pouvez me faire le plan d'action" (not the "plan de formation", a scheme).
 */
const PLAN_PLEASE =
  /^(?=.{0,45}$)(?!.*\b(?:paie|paye|payee?|finance|financee?|rembourse|pris en charge|prend en charge|opco|cpf|est-ce|est ce|pays|paid|funded|covers?)\b)(?!.*\bplan (?:de formation|de developpement|des competences|de dev)\b)(?!.*\b(?:training|skills|development) plan\b)(?:.*(?:\b(?:le|mon|notre|un|the|my|our|ce|votre|your) |[,;:.] ?))?plan(?: d'action| complet| final| de financement)?\b(?:.*\b(?:svp|stp|s'il vous plait|s'il te plait|please|pls|plz|alors|maintenant|now|merci))?.*$/;

/** A command the user typed, when the whole (short) message is one. */
export function parseCommand(text: string): Command | undefined {
  // The message without its end mark and the fillers it opens with ("ok", "euh", "du coup", "so").
  const t = text
    .replace(/[.!?]+$/, "")
    .replace(/^(?:(?:euh|bon|ok|okay|alors|donc|et|du coup|hmm|hum|well|um|so)[, ]+)+/, "");
  if (PLAN_PLEASE.test(t) && !/\b(?:c'est quoi|qu'est-ce|what is|what's a)\b/.test(text)) return "summary";
  // "..., résume-moi", "recap", "tu peux me dire les étapes": a summary asked in a short message.
  if (
    text.length <= 70 &&
    /\b(?:resume(?:z)?[- ]moi|fai(?:s|tes)[- ]moi un (?:resume|recap)|summari[sz]e (?:it|this|everything)|recap\w*|recapitul\w*|(?:me dire|me donner|donner|lister|recapituler) les etapes|(?:give me|list|tell me) the (?:next )?steps)\b/.test(
      text,
    )
  )
    return "summary";
  for (const [command, pattern] of COMMANDS) if (pattern.test(t) && t.length <= 60) return command;
  return undefined;
}

/** An explicit request to switch language: "in English please", "en français svp", "can we do this in French?". */
export function parseLanguageRequest(text: string): Lang | undefined {
  if (
    /\b(?:in english|en anglais (?:svp|s'il vous plait|stp|please|merci)|english please|speak english|parle[zr]? anglais|switch to english|(?:answer|reply|write|continue|talk) (?:me )?(?:in english|en anglais)|(?:do you|can you|could you) speak english|en anglais,? (?:c'est|si) possible|(?:répondez|repondez|reponds|ecrivez)(?:-moi)? en anglais)\b/.test(
      text,
    )
  ) {
    // "une formation en anglais" is a training in English, not a request to switch.
    if (
      !/\b(?:formation|cours|course|training|lessons?|classes?|stage|programme) (?:en|in) (?:anglais|english)\b/.test(
        text,
      ) ||
      /\b(?:please|svp|stp|s'il vous plait|answer|reply|speak|parle)\b/.test(text)
    )
      return "en";
  }
  if (
    /\b(?:in french|en francais (?:svp|s'il vous plait|stp|please|merci)|francais (?:svp|stp|s'il vous plait|please)|speak french|parle[zr]? francais|switch to french|(?:answer|reply|write|continue|talk) (?:me )?in french|(?:can we|could we) (?:do this|continue|talk) in french|(?:repondez|reponds|ecrivez)(?:-moi)? en francais)\b/.test(
      text,
    )
  ) {
    if (
      !/\b(?:formation|cours|course|training|lessons?|classes?) (?:en|in|de) (?:francais|french)\b/.test(text) ||
      /\b(?:please|svp|stp|s'il vous plait|answer|reply|speak|parle|continue)\b/.test(text)
    )
      return "fr";
  }
  return undefined;
}

export type YesNo = "yes" | "no";
/** Yes or no, in either language. */
export function parseYesNo(text: string): YesNo | undefined {
  const t = text.replace(/[.!]+$/, "");
  if (
    /^(?:oui|ouais|ouep|yes|yep|yeah|yup|ok|okay|d'accord|daccord|c'est bon|c'est correct|correct|exact|exactement|parfait|go|let's go|sure|tout a fait|voir mon plan|see my plan|c'est ca|that's right|right|looks good)\b/.test(
      t,
    )
  )
    return "yes";
  if (
    /^(?:non|no|nope|nan|pas (?:vraiment|tout a fait)|corriger|modifier|change|fix|wrong|c'est faux|pas du tout)\b/.test(
      t,
    )
  )
    return "no";
  return undefined;
}

export const isGreeting = (text: string) =>
  /^(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|good (?:morning|afternoon|evening)|yo|re)\b[\s!.,]*(?:a vous|a tous|there|everyone|madame|monsieur)?[\s!.,]*$/.test(
    text,
  );

export const isThanks = (text: string) =>
  /^(?:(?:ok|d'accord|super|parfait|top|genial|c'est bon|great|perfect|cool)[, !]*)?(?:merci|thanks|thank you|cheers|many thanks)\b.{0,40}$/.test(
    text,
  );

/** An attempt to make the assistant drop its rules, reveal its instructions or play another part. */
export const isInjection = (text: string) =>
  /\b(?:ignore[rz]? (?:toutes? )?(?:les |tes |vos |your |all |the )?(?:previous |precedentes? |above )?(?:instructions?|consignes?|regles|rules|prompts?)|(?:system|systeme) prompt|(?:reveal|show|print|display|give me|montre|affiche|donne)(?:-moi)? (?:ton|votre|your|the|tes|vos) (?:prompt|instructions?|consignes|system)|you are now|tu es maintenant|vous etes maintenant|act as|joue le role|pretend (?:to be|you are)|developer mode|mode developpeur|jailbreak|\bdan\b mode|disregard (?:the|all|your)|oublie (?:tes|vos|toutes) (?:instructions|consignes|regles))\b/.test(
    text,
  );

/**
 * Requests next to the field that the assistant does not serve: payroll, sick leave, dismissal,
 * VAT, job ads, CVs. They share words with it ("salarié", "employee", "job"), so search alone
 * would answer them from a card; only when the message names no training or funding at all.
 */
const OUT_OF_FIELD =
  /\b(?:(?:faire|remplir|calculer|rediger|editer|etablir|gerer|do|make|prepare|write|fill|calculate|handle) (?:mes|les|nos|ses|my|our|the|his|her) (?:fiches? de paie|bulletins? de (?:paie|salaire)|payslips?|dsn)|payroll|net (?:salary|pay)|gross (?:salary|pay)|from gross|gross to net|brut en net|du brut au net|salaire net|charges (?:sociales|patronales)|employer (?:charges|contributions)|(?:remplir|fill|faire) (?:la |the )?dsn|arret maladie|arret de travail|sick leave|conge maternite|maternity leave|rupture conventionnelle|indemnites? de (?:licenciement|rupture)|licenci\w*|severance|dismiss\w*|tva|vat|job ads?|job advert\w*|job posting|(?:annonce|offre) d'emploi|fiche de poste|(?:cv|(?:my|a|your|the|this) resume|cover letter|lettre de motivation))\b/;
const FIELD =
  /\b(?:form(?:er|ation|ations)|train(?:ing|ings|ee)?|courses?|cours|cpf|opco|apprenti\w*|apprentice\w*|alternan\w*|qualiopi|bilan|vae|stage|stagiaire|cfa|reconversion|retrain\w*|ptp|transitions? pro|caces|diplome|certification|skills?|idcc|convention collective|collective agreement|naf|france travail|pole emploi|financ\w*|fund\w*|prise en charge|faf|fafcea|agefice|fifpl|vivea|dpc|fne)\b/;

/** A request outside the field, with nothing in it about training or its funding. */
export const isOutOfField = (text: string) => OUT_OF_FIELD.test(text) && !FIELD.test(text);

/** The user closes the conversation: "c'est tout, merci", "pas besoin de formation", "that's all, bye". */
export const isClosing = (text: string) =>
  /\b(?:c'est tout|c tout|ce sera tout|ca sera tout|pas besoin|plus besoin|on verra plus tard|that'?s all|no need|nothing else|au revoir|bye|goodbye|bonne (?:journee|soiree|fin de journee)|have a (?:nice|good) day)\b/.test(
    text,
  );
