import type { Lang } from "../core/lang";
import type { Reply } from "../core/reply";
import { WELCOME } from "./copy";
import { questionFor } from "./slots";

/** The reply to a first "hello": the welcome and the profile question, with one quick reply per profile. */
export function welcomeReply(lang: Lang): Reply {
  const question = questionFor("role", undefined, lang);
  return { text: `${WELCOME[lang]}\n\n${question.text}`, citations: [], quickReplies: question.quickReplies };
}
