import { stringify } from "csv-stringify/sync";
import type { Lang } from "../core/lang";
import { PREFERRED_TIME_LABELS } from "../leads/copy";
import type { LeadRecord } from "../leads/store";
import { CSV_COLUMNS } from "./copy";

/**
 * The leads as CSV for a spreadsheet: one row each, a header in the staff's language, UTF-8 with
 * a byte-order mark (Excel reads the accents), `;`-separated in French (Excel's French locale) and
 * `,` in English; a cell that would start a formula (`=`, `+`, `-`, `@`) is escaped.
 */
export function leadsCsv(records: readonly LeadRecord[], lang: Lang): string {
  const columns = Object.entries(CSV_COLUMNS).map(([key, header]) => ({ key, header: header[lang] }));
  const rows = records.map(({ lead, delivery }) => {
    const company = lead.profile.company ?? {};
    const training = lead.profile.training ?? {};
    return {
      createdAt: lead.createdAt,
      name: lead.name,
      email: lead.email ?? "",
      phone: lead.phone ?? "",
      preferredTime: lead.preferredTime ? PREFERRED_TIME_LABELS[lead.preferredTime][lang] : "",
      message: lead.message ?? "",
      channel: lead.channel,
      lang: lead.lang,
      role: lead.profile.role ?? "",
      company: [company.idcc && `IDCC ${company.idcc}`, company.siret, company.description ?? company.activity]
        .filter(Boolean)
        .join(" "),
      opco: company.opcoId ?? "",
      headcount: lead.profile.headcount ?? "",
      training: training.title ?? training.goal ?? "",
      startDate: training.startDate ?? "",
      planUrl: lead.planUrl,
      consentAt: lead.consent.at,
      delivery: delivery.status,
    };
  });
  // The byte-order mark, written by hand: the sync API leaves it out.
  return `\uFEFF${stringify(rows, {
    header: true,
    columns,
    delimiter: lang === "fr" ? ";" : ",",
    escape_formulas: true,
    record_delimiter: "windows",
  })}`;
}
