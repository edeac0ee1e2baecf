import type { Bilingual } from "../core/lang";
import type { PreferredTime } from "../core/lead";

/** Every sentence about leads, in both languages: the notification the centre receives, the times. */

/** When a visitor would like to be called, in words. */
export const PREFERRED_TIME_LABELS: Record<PreferredTime, Bilingual> = {
  morning: { fr: "le matin", en: "in the morning" },
  lunchtime: { fr: "à l'heure du déjeuner", en: "at lunchtime" },
  afternoon: { fr: "l'après-midi", en: "in the afternoon" },
  evening: { fr: "en fin de journée", en: "in the early evening" },
  anytime: { fr: "à tout moment", en: "at any time" },
};

export const CHANNEL_LABELS: Record<string, Bilingual> = {
  web: { fr: "site web", en: "website" },
  api: { fr: "API", en: "API" },
  slack: { fr: "Slack", en: "Slack" },
  teams: { fr: "Teams", en: "Teams" },
  cli: { fr: "terminal", en: "terminal" },
};

/** The words of the notification a lead sends to the centre's webhook. */
export const NOTIFICATION = {
  title: { fr: "Nouvelle demande de rappel", en: "New call-back request" },
  profile: { fr: "Profil", en: "Profile" },
  phone: { fr: "Téléphone", en: "Phone" },
  email: { fr: "E-mail", en: "E-mail" },
  when: { fr: "À rappeler", en: "To call" },
  message: { fr: "Message", en: "Message" },
  plan: { fr: "Plan", en: "Plan" },
  from: { fr: "Depuis", en: "From" },
  language: { fr: { fr: "français", en: "anglais" }, en: { fr: "French", en: "English" } },
} as const;
