import type { Bilingual } from "../../src/core/lang";

/** What the terminal chat says on its own, in both languages. */
export const TERMINAL = {
  banner: {
    fr: "Assistant de financement OPCO — /aide pour les commandes, /quitter pour finir.",
    en: "OPCO funding assistant — /help for the commands, /quit to end.",
  },
  help: {
    fr: "Écrivez votre message, ou le numéro d'une réponse proposée. /plan affiche le plan complet ; /save [fichier.md | fichier.html] l'enregistre (plan-formation.md par défaut) ; /quitter termine.",
    en: "Type your message, or the number of a suggested answer. /plan shows the full plan; /save [file.md | file.html] writes it (plan-formation.md by default); /quit ends.",
  },
  planHint: {
    fr: "/plan pour le plan complet · /save pour l'enregistrer (Markdown ou HTML)",
    en: "/plan for the full plan · /save to write it (Markdown or HTML)",
  },
  updatedHint: {
    fr: "Plan mis à jour : /plan pour le voir, /save pour l'enregistrer.",
    en: "Plan updated: /plan to see it, /save to write it.",
  },
  noPlan: {
    fr: "Pas encore de plan : répondez d'abord à quelques questions.",
    en: "No plan yet: answer a few questions first.",
  },
  saved: (path: string): Bilingual => ({ fr: `Plan enregistré : ${path}`, en: `Plan written to ${path}` }),
  sources: { fr: "Sources :", en: "Sources:" },
  error: (message: string): Bilingual => ({
    fr: `Le message n'est pas parti (${message}). Renvoyez-le quand l'assistant répond à nouveau.`,
    en: `The message was not sent (${message}). Send it again when the assistant answers again.`,
  }),
} as const;

/** The commands, in both languages. */
export const COMMANDS = {
  quit: ["/quit", "/exit", "/quitter"],
  help: ["/help", "/aide"],
  plan: ["/plan"],
  save: ["/save", "/enregistrer"],
} as const;
