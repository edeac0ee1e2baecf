import { foldAccents } from "../../core/fold";
/** What the text says of the training provider: its name, or that none is chosen yet. */
export type ProviderMention = { notChosen: true } | { name: string };

const NOT_CHOSEN =
  /\b(?:pas encore (?:choisi|trouve|d'organisme|de centre|d'ecole|d'auto-?ecole|decide)|(?:je|on|nous) (?:n'a|n'ai|n'avons|a|ai|avons) pas encore (?:choisi|trouve)|je (?:cherche|compare) encore|on (?:cherche|compare) encore|aucun (?:pour l'instant|pour le moment|organisme)|pas d'organisme|(?:no|not a) (?:provider|school|centre|center|training company) (?:yet|chosen)|not (?:chosen|picked|decided|found) (?:one )?yet|haven't (?:chosen|picked|found|decided)|have not (?:chosen|picked|found|decided)|still (?:looking|searching|comparing)|no idea (?:which|who)|any (?:you'd|you would|you) recommend|vous (?:en )?(?:conseillez|recommandez) (?:un|une|lequel)|(?:je|on) ne (?:sais|sait) pas (?:encore )?(?:lequel|quel organisme|ou))\b/;

const NAMED =
  /\b(?:organisme|centre de formation|l'of|provider|training (?:company|centre|center|provider)|the school|l'ecole)\s*(?::|est|is|c'est|will be|sera|called|appele|nomme|named)\s+([a-z0-9][\w&'.-]*(?:\s+[a-z0-9][\w&'.-]*){0,3})|^(?:l')?(?:organisme|provider|of)\s+(?!de formation\b|d'|de |du |des |certifie|qualiopi)([a-z0-9][\w&'.-]*(?:\s+[a-z0-9][\w&'.-]*){0,3})$/;
/**
 * A provider named in passing: "la formation c'est avec GNFA", "a course with Cefora Formation",
 * "chez l'AFPA", "at the Alliance Française": after "avec/chez/with/at" when the training is the
 * subject, or when the name itself says it trains (formation, academy, campus, école, CFA...).
 */
const IN_PASSING =
  /\b(?:(?:la formation|le cours|la session|the (?:training|course))\s+(?:c'est |se fait |se fera |sera |aura lieu |is |will be )?(?:avec|chez|aupres de|with)\s+((?:l')?[a-z0-9][\w&'.-]*(?:\s+[a-z0-9][\w&'.-]*){0,3})|(?:chez|avec|aupres de|with|at|by)\s+(?:l'|le |la |the )?((?:[a-z0-9][\w&'.-]*\s+){0,2}(?:formation|formations|academy|academie|campus|ecole|school|institut|institute|cfa|afpa|greta|cnam|cesi|ecf|aftral|promotrans|openclassrooms|ifocop|cegos|alliance francaise|auto-?ecole)(?:\s+[a-z0-9][\w&'.-]*){0,2}))/;

/** "chez X", "avec X": the provider's name only when the provider is what was asked. */
const AT =
  /\b(?:chez|avec|aupres de|with|at) (?:l'organisme |le centre |l'ecole |l'of |the )?([a-z0-9][\w&'.-]*(?:\s+[a-z0-9][\w&'.-]*){0,3})/;
const NOT_A_NAME =
  /^(?:un|une|le|la|les|des|mon|ma|notre|votre|vous|nous|moi|lui|eux|qui|que|quoi|quel|quelle|pas|encore|certifie|qualiopi|agree|habilite|en ligne|a distance|the|a|an|my|our|your|you|not|online|certified|which|who|what|opco|cpf|france travail|pole emploi|us|me|oui|ouais|ouep|yes|yep|yeah|yup|ok|okay|d'accord|daccord|c'est bon|correct|exact|exactement|parfait|sure|right|merci|thanks|super|top|non|no|nope|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|demain|tomorrow|next|prochain|prochaine|dans|in|asap|des que|formation|formations|training|course|cours|stage|and|et|but|mais|for|pour|also|aussi|what|quoi|how|comment)\b/;

/** The provider the text names, or that none is chosen yet; with `expectName` (the provider was asked), any short answer is a name. */
export function parseProvider(text: string, expectName = false): ProviderMention | undefined {
  if (NOT_CHOSEN.test(text)) return { notChosen: true };
  if (expectName && /^(?:non|no|nope|aucun|aucune|none|pas encore|not yet|rien)\b/.test(text))
    return { notChosen: true };
  const passing = text.match(IN_PASSING);
  const label = text.match(NAMED);
  const named =
    label?.[1] ??
    label?.[2] ??
    passing?.[1] ??
    passing?.[2] ??
    (expectName ? (text.match(AT)?.[1] ?? shortAnswer(text)) : undefined);
  if (named && !NOT_A_NAME.test(named)) return { name: named.trim() };
  return undefined;
}

/** Words of a sentence, not of a name: "ils sont", "on va", "we'll do". */
const SENTENCE_WORDS =
  /\b(?:je|j'|tu|il|ils|elle|elles|on|nous|vous|est|sont|suis|va|vais|veux|voudrais|faut|sais|pense|cherche|recruter|embaucher|faire|verra|i|i'm|we|we'll|they|it's|is|are|will|do|does|would|should|could|want|wants|hire|think|know|maybe|peut|pouvez|dure|coute|commence|demarre|costs?|lasts?|starts?)\b/;

/** The first sentence of an answer when it is a name ("OpenClassrooms. Ils sont bien Qualiopi ?", "l'AFPA de Nîmes"). */
function shortAnswer(text: string): string | undefined {
  // "openclassrooms, january": the name, then something else.
  const first = (text.split(/[.!?;,\n]/)[0] ?? "").trim();
  const words = first.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6 || SENTENCE_WORDS.test(first)) return undefined;
  return first.replace(/^(?:l'|le |la |les |chez |c'est |the )/, "");
}

/**
 * Whether a free answer reads as a name or a short description ("Boulangerie Martin", "un cabinet
 * d'architectes", "l'AFPA de Nîmes"), not a sentence ("we need excel training for the assistants").
 */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  // The words tested are of normalised text: folded, lower case ("je", "sera", "février").
  const lower = foldAccents(text.toLowerCase());
  return (
    words.length > 0 &&
    words.length <= 8 &&
    !/\?/.test(text) &&
    !SENTENCE_WORDS.test(lower) &&
    !CORRECTION_OR_DATE.test(lower)
  );
}

/** A correction or a date is not a name: "en fait non ce sera plutôt en février". */
const CORRECTION_OR_DATE =
  /\b(?:en fait|plutot|finalement|sera|serait|non|actually|rather|instead|janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december)\b/;
