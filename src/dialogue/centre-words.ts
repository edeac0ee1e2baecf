import type { Centre } from "../core/centre";
import type { Lang } from "../core/lang";
import type { QuickReply } from "../core/reply";
import { HANDOFF, WELCOME } from "./copy";

/** The first words of a conversation: the centre's own welcome when it wrote one. */
export const welcomeText = (centre: Centre, lang: Lang): string => centre.welcome?.[lang] ?? WELCOME[lang];

/** The buttons the centre offers with its welcome, after the profile's. */
export const welcomeReplies = (centre: Centre, lang: Lang): QuickReply[] =>
  (centre.quickReplies?.[lang] ?? []).map(({ label, value }) => ({ label, value: value ?? label }));

/** How to reach the centre in one line: phone, e-mail, opening hours; empty when none is configured. */
export function reachLine(centre: Centre, lang: Lang): string {
  const how = [centre.contact?.phone, centre.contact?.email].filter(Boolean).join(", ");
  const hours = centre.hours?.[lang];
  return how ? `${how}${hours ? ` (${hours})` : ""}` : "";
}

/** The answer to "parler à un conseiller" / "talk to someone": the call-back offer, and how to reach the centre. */
export function handoffText(centre: Centre, lang: Lang): string {
  const reach = reachLine(centre, lang);
  return [HANDOFF.requested(centre.name)[lang], reach ? HANDOFF.reach(reach)[lang] : ""].filter(Boolean).join(" ");
}
