import type { Lang } from "../core/lang";
import type { Role } from "../core/ids";
import type { Reply } from "../core/reply";

const ROLE_LABELS: Record<Role, Record<Lang, string>> = {
  employer: { fr: "Je suis employeur", en: "I am an employer" },
  employee: { fr: "Je suis salarié", en: "I am an employee" },
  job_seeker: { fr: "Je cherche un emploi", en: "I am a job seeker" },
  self_employed: { fr: "Je suis indépendant", en: "I am self-employed" },
  public_agent: { fr: "Je suis agent public", en: "I am a public servant" },
  provider: { fr: "Organisme de formation", en: "Training provider" },
};

const WELCOME: Record<Lang, string> = {
  fr:
    "Bonjour ! Je vous aide à faire financer une formation : quel OPCO, quel dispositif, quels documents et dans quels délais.\n\n" +
    "Pour commencer, **qui êtes-vous ?**",
  en:
    "Hello! I help you get a training funded in France: which OPCO, which scheme, which documents and by when.\n\n" +
    "To start, **who are you?**",
};

/** The first question of every conversation: who the user is, with one quick reply per profile. */
export function welcomeReply(lang: Lang): Reply {
  return {
    text: WELCOME[lang],
    citations: [],
    quickReplies: (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
      label: ROLE_LABELS[role][lang],
      value: ROLE_LABELS[role][lang],
    })),
  };
}
