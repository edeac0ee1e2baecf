import { type Lang, labelled } from "../core/lang";
import type { Lead } from "../core/lead";
import { recapOf } from "../summary/recap";
import { CHANNEL_LABELS, NOTIFICATION as N, PREFERRED_TIME_LABELS } from "./copy";

/** Characters Slack's mrkdwn reads as markup, escaped in what the visitor typed. */
const plain = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The notification of a lead in the centre's language: who to call, how and when, the project in
 * a few words, the visitor's message and the link to the plan. Plain text that Slack's incoming
 * webhooks show with the title in bold.
 */
export function notificationText(lead: Lead, lang: Lang): string {
  const contact = [
    lead.phone ? labelled(N.phone[lang], plain(lead.phone), lang) : "",
    lead.email ? labelled(N.email[lang], plain(lead.email), lang) : "",
    lead.preferredTime ? labelled(N.when[lang], PREFERRED_TIME_LABELS[lead.preferredTime][lang], lang) : "",
  ].filter(Boolean);
  const company = lead.profile.company ?? {};
  const project = [
    ...recapOf({ lang, profile: lead.profile }, N.profile[lang]).map(([label, value]) =>
      labelled(label, plain(value), lang),
    ),
    company.idcc ? `IDCC ${company.idcc}` : "",
    company.siret ? `SIRET ${company.siret}` : "",
    company.opcoId ? labelled("OPCO", company.opcoId, lang) : "",
  ].filter(Boolean);
  const origin = `${CHANNEL_LABELS[lead.channel]?.[lang] ?? lead.channel}, ${N.language[lang][lead.lang]}`;
  return [
    `*${N.title[lang]}* — ${plain(lead.name)}`,
    contact.join(" · "),
    project.join(" · "),
    lead.message ? labelled(N.message[lang], plain(lead.message), lang) : "",
    labelled(N.plan[lang], lead.planUrl, lang),
    `_${labelled(N.from[lang], origin, lang)}_`,
  ]
    .filter(Boolean)
    .join("\n");
}
