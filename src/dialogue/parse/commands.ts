import type { Lang } from "../../core/lang";
import { fold } from "./text";

export type Command = "restart" | "back" | "summary" | "unknown";

const COMMANDS: [Command, RegExp][] = [
  [
    "restart",
    /^(\/)?(recommencer|on recommence|reprendre (du|depuis le) debut|reinitialiser|nouvelle (conversation|demande)|restart|start (again|over)|reset|new conversation)\b/,
  ],
  ["back", /^(\/)?(retour|revenir|precedent|etape precedente|back|go back|previous( step)?|undo)\b/],
  [
    "summary",
    /^(\/)?(resume|recap(itulatif)?|mon plan|voir (mon|le) plan|synthese|summary|my plan|show (me )?(my|the) plan|next steps)\b/,
  ],
  [
    "unknown",
    /^(je (ne )?sais pas|j'?sais pas|chais pas|aucune idee|pas sur|je ne connais pas|inconnu|passer|je passe|pas encore (choisi|fixe|decide|trouve)|i (do not|don't|dont) know|idk|no idea|not sure|skip|pass|unknown|dunno|not (chosen|set|decided|sure) yet)\b/,
  ],
];

/** A command the user typed (in either language), when the whole message is one. */
export function parseCommand(text: string): Command | undefined {
  const folded = fold(text).replace(/[.!?]+$/, "");
  for (const [command, pattern] of COMMANDS) if (pattern.test(folded) && folded.length <= 40) return command;
  return undefined;
}

/** An explicit request to switch language: "in English please", "en français svp", "parlez anglais". */
export function parseLanguageSwitch(text: string): Lang | undefined {
  const folded = fold(text);
  if (/\b(in english|en anglais|english please|speak english|switch to english|parle[zr]? anglais)\b/.test(folded))
    return "en";
  if (
    /\b(in french|en francais|francais (svp|stp|s'il vous plait|please)|speak french|switch to french|parle[zr]? francais)\b/.test(
      folded,
    )
  )
    return "fr";
  return undefined;
}

export type YesNo = "yes" | "no";
/** Yes or no, in either language. */
export function parseYesNo(text: string): YesNo | undefined {
  const folded = fold(text).replace(/[.!]+$/, "");
  if (
    /^(oui|ouais|yes|yep|yeah|ok|d'accord|daccord|c'est bon|correct|exact|parfait|go|let's go|sure|voir mon plan|see my plan)\b/.test(
      folded,
    )
  )
    return "yes";
  if (/^(non|no|nope|pas (vraiment|tout a fait)|corriger|modifier|change|fix|wrong)\b/.test(folded)) return "no";
  return undefined;
}

/** True when the message reads as a question (to answer from the knowledge base) rather than a fact. */
export function looksLikeQuestion(text: string): boolean {
  const folded = fold(text);
  return (
    /\?\s*$/.test(text.trim()) ||
    /^(qu'?est-ce|c'?est quoi|quel(le)?s?|comment|pourquoi|combien|quand|ou |qui |est-ce|peut-on|puis-je|dois-je|faut-il|a quoi|what|which|how|why|when|where|who|can |could |do |does |is |are |should |must )/.test(
      folded,
    )
  );
}
