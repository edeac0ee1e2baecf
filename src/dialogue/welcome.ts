import type { Lang } from "../core/lang";
import type { Reply } from "../core/reply";
import { questionFor } from "./questions";

/** The first words of every conversation. */
export const WELCOME: Record<Lang, string> = {
  fr: "Bonjour ! Je vous aide à faire financer une formation : quel OPCO, quel dispositif, quels documents et dans quels délais.",
  en: "Hello! I help you get a training funded in France: which OPCO, which scheme, which documents and by when.",
};

/** The reply to a first "hello": the welcome and the profile question, with one quick reply per profile. */
export function welcomeReply(lang: Lang): Reply {
  const question = questionFor("role", undefined, lang);
  return { text: `${WELCOME[lang]}\n\n${question.text}`, citations: [], quickReplies: question.quickReplies };
}
