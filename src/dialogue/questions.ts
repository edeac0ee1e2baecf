import type { Role } from "../core/ids";
import type { Lang } from "../core/lang";
import type { QuickReply } from "../core/reply";
import { QUESTIONS, type QuickReplyCopy, ROLE_LABELS } from "./copy";
import type { Slot } from "./state";

export interface Question {
  text: string;
  quickReplies: QuickReply[];
}

/** Quick replies in one language: each label, and the text it sends. */
export const quickReplies = (replies: readonly QuickReplyCopy[], lang: Lang): QuickReply[] =>
  replies.map(({ label, value }) => ({ label: label[lang], value: (value ?? label)[lang] }));

const ROLE_REPLIES: QuickReplyCopy[] = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  label: ROLE_LABELS[role],
}));

/** The question that asks for `slot`, worded for the user's role. */
export function questionFor(slot: Slot, role: Role | undefined, lang: Lang): Question {
  const ask = (text: string, replies: readonly QuickReplyCopy[]) => ({
    text,
    quickReplies: quickReplies(replies, lang),
  });
  switch (slot) {
    case "role":
      return ask(QUESTIONS.role.text[lang], ROLE_REPLIES);
    case "company":
      if (role === "self_employed") return ask(QUESTIONS.activity.text[lang], QUESTIONS.activity.replies);
      if (role === "public_agent") return ask(QUESTIONS.publicService.text[lang], QUESTIONS.publicService.replies);
      return ask(QUESTIONS.company.text(role)[lang], QUESTIONS.company.replies);
    case "headcount":
      return ask(QUESTIONS.headcount.text[lang], QUESTIONS.headcount.replies);
    case "goal":
      return ask(QUESTIONS.goal.text[lang], QUESTIONS.goal.replies);
    case "startDate":
      return ask(QUESTIONS.startDate.text[lang], QUESTIONS.startDate.replies);
    case "provider":
      return ask(QUESTIONS.provider.text(role)[lang], QUESTIONS.provider.replies);
  }
}
