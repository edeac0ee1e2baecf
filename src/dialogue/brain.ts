import type { Lang } from "../core/lang";
import { questionLanguage } from "../retrieval/search";
import { type AnswerDeps, type Answered, answerQuestion } from "./answer";
import type { Understand } from "./ports";

/** What one question asked on its own (`POST /api/ask`) gets. */
export type AskHandler = (question: string, lang?: Lang) => Promise<Answered>;

/**
 * One question with no conversation: understood as the chat understands it, answered from a tool
 * when one applies, else from the cards; refused only when neither answers.
 */
export function createAskHandler(read: Understand, deps: AnswerDeps): AskHandler {
  return async (question, lang) => {
    const answerLang = lang ?? questionLanguage(question);
    const u = read(question, { lang: answerLang });
    // A question asked on its own is a question even without a question mark.
    const asked = u.question ? u : { ...u, question: u.normalised };
    return answerQuestion(asked, { lang: answerLang }, deps);
  };
}
