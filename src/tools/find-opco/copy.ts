import { type Bilingual, fillClauses, type Lang } from "../../core/lang";
import type { IdentifierKind, ParseFailure } from "../identifiers";
import { stripSeparators } from "../identifiers";
import copy from "./copy.json";
import type { Faf } from "./kinds";

/**
 * The words of findOpco's answers: the fixed ones in `copy.json` (where `{askForIdcc}` stands for
 * `ASK_FOR_IDCC`), the sentences built from an IDCC, a NAF code or a company written here.
 */

const NAMES: Record<IdentifierKind, string> = {
  siret: "SIRET",
  siren: "SIREN",
  idcc: "IDCC",
  naf: "NAF (APE)",
  nda: "NDA",
};
const EXPECTED: Record<IdentifierKind, Bilingual> = copy.EXPECTED;

/** Why an identifier is invalid, in the user's language. */
export function invalidText(kind: IdentifierKind, reason: ParseFailure, raw: string, lang: Lang): string {
  const name = NAMES[kind];
  const expected = EXPECTED[kind][lang];
  const given = stripSeparators(raw).replace(/^(idcc|n°)/i, "").length;
  const text: Record<ParseFailure, Bilingual> = {
    empty: { fr: `${name} vide : ${expected} attendus.`, en: `Empty ${name}: ${expected} expected.` },
    characters: {
      fr: `${name} invalide : ${expected} attendus ; seuls les chiffres, espaces et points sont acceptés.`,
      en: `Invalid ${name}: ${expected} expected; only digits, spaces and dots are accepted.`,
    },
    length: {
      fr: `${name} invalide : ${expected} attendus, ${given} caractères saisis.`,
      en: `Invalid ${name}: ${expected} expected, ${given} characters given.`,
    },
    checksum: {
      fr: `${name} invalide : la clé de contrôle ne correspond pas (un chiffre est sans doute mal recopié).`,
      en: `Invalid ${name}: the check digit does not match (a digit was probably mistyped).`,
    },
    unknown_code: {
      fr: `${name} inconnu : ce code n'existe pas dans la nomenclature officielle.`,
      en: `Unknown ${name}: this code does not exist in the official nomenclature.`,
    },
  };
  return text[reason][lang];
}

export const CONFIRM_WITH_IDCC: Bilingual = copy.CONFIRM_WITH_IDCC;

export const ASK_FOR_IDCC: Bilingual = copy.ASK_FOR_IDCC;

/** The words of a description and what they were read as: "« cabinet d'archi » : Activités d'architecture". */
const quoted = (matches: readonly { term: string; label: string }[]): Bilingual => ({
  fr: matches.map((m) => `« ${m.term} » : ${m.label}`).join(" ; "),
  en: matches.map((m) => `"${m.term}": ${m.label}`).join("; "),
});

/** The explanations of findOpco's answers. */
export const EXPLAIN = {
  ...fillClauses(copy.EXPLAIN, { askForIdcc: ASK_FOR_IDCC }),
  foundByIdcc: (idcc: string, title: string, opco: string): Bilingual => ({
    fr: `L'OPCO de la convention collective IDCC ${idcc}${title} est ${opco}.`,
    en: `Collective agreement IDCC ${idcc}${title} belongs to ${opco}.`,
  }),
  placeholderIdcc: (idcc: string, label: string): Bilingual => ({
    fr: `IDCC ${idcc} (« ${label} ») n'est pas une convention collective : l'OPCO est celui de l'activité principale de l'entreprise. Indiquez son code NAF (APE) ou décrivez son activité.`,
    en: `IDCC ${idcc} ("${label}") is not a collective agreement: the OPCO is that of the company's main activity. Give its NAF (APE) code or describe its activity.`,
  }),
  idccWithoutOpco: (idcc: string, label: string): Bilingual => ({
    fr: `La convention IDCC ${idcc} (${label}) existe mais notre table ne lui associe pas d'OPCO (convention régionale, ancienne ou rattachée depuis). Donnez le code NAF (APE) de l'entreprise pour une indication, ou demandez à l'employeur son OPCO.`,
    en: `Agreement IDCC ${idcc} (${label}) exists but our table maps it to no OPCO (a regional, older or since-merged agreement). Give the company's NAF (APE) code for a hint, or ask the employer for its OPCO.`,
  }),
  unknownIdcc: (idcc: string): Bilingual => ({
    fr: `IDCC ${idcc} est inconnu de notre table : vérifiez le numéro sur le bulletin de paie, ou donnez le code NAF (APE) de l'entreprise.`,
    en: `IDCC ${idcc} is not in our table: check the number on the payslip, or give the company's NAF (APE) code.`,
  }),
  unknownNaf: (naf: string): Bilingual => ({
    fr: `Aucune indication pour le code NAF ${naf}. ${ASK_FOR_IDCC.fr}`,
    en: `No hint for NAF code ${naf}. ${ASK_FOR_IDCC.en}`,
  }),
  byNaf: (naf: string, label: string, opco: string, agreements: string, others: string): Bilingual => ({
    fr: `Pour le code NAF ${naf} (${label}), l'OPCO le plus probable est ${opco}${agreements}.${others ? ` Selon la convention appliquée, ce peut aussi être ${others}.` : ""} ${CONFIRM_WITH_IDCC.fr}`,
    en: `NAF code ${naf} (${label}) usually belongs to ${opco}${agreements}.${others ? ` Depending on the agreement applied, it may also be ${others}.` : ""} ${CONFIRM_WITH_IDCC.en}`,
  }),
  oneSector: (matches: readonly { term: string; label: string }[], opco: string): Bilingual => ({
    fr: `D'après la description (${quoted(matches).fr}), l'OPCO est probablement ${opco}. ${CONFIRM_WITH_IDCC.fr}`,
    en: `From the description (${quoted(matches).en}), the OPCO is probably ${opco}. ${CONFIRM_WITH_IDCC.en}`,
  }),
  severalSectors: (matches: readonly { term: string; label: string }[], opcos: string): Bilingual => ({
    fr: `La description (${quoted(matches).fr}) correspond à plusieurs OPCO : ${opcos}. ${CONFIRM_WITH_IDCC.fr}`,
    en: `The description (${quoted(matches).en}) fits several OPCOs: ${opcos}. ${CONFIRM_WITH_IDCC.en}`,
  }),
  companyAgreement: (company: string, idccs: string, opco: string): Bilingual => ({
    fr: `${company} applique la convention IDCC ${idccs}, dont l'OPCO est ${opco}.`,
    en: `${company} applies collective agreement IDCC ${idccs}, which belongs to ${opco}.`,
  }),
  companyAgreements: (company: string, list: string): Bilingual => ({
    fr: `${company} applique plusieurs conventions collectives qui relèvent d'OPCO différents : ${list}. L'OPCO est celui de la convention du salarié concerné, imprimée sur son bulletin de paie.`,
    en: `${company} applies several collective agreements that belong to different OPCOs: ${list}. The OPCO is that of the employee's agreement, printed on their payslip.`,
  }),
  companyActivity: (company: string): Bilingual => ({
    fr: `${company} ne déclare pas de convention collective reconnue dans l'annuaire des entreprises ; d'après son activité principale : `,
    en: `${company} declares no known collective agreement in the company directory; from its main activity: `,
  }),
  companyNothing: (company: string): Bilingual => ({
    fr: `${company} ne déclare ni convention collective ni activité exploitable dans l'annuaire des entreprises. ${ASK_FOR_IDCC.fr}`,
    en: `${company} declares neither a collective agreement nor a usable activity in the company directory. ${ASK_FOR_IDCC.en}`,
  }),
  directoryBusy: (seconds: number): Bilingual => ({
    fr: `Trop de recherches dans l'annuaire public des entreprises en ce moment : réessayez dans ${seconds} s. ${ASK_FOR_IDCC.fr}`,
    en: `Too many company directory lookups right now: try again in ${seconds} s. ${ASK_FOR_IDCC.en}`,
  }),
  companyNotFound: (basis: string): Bilingual => ({
    fr: `Aucune entreprise active ne correspond à ce ${basis} dans l'annuaire public : vérifiez le numéro. ${ASK_FOR_IDCC.fr}`,
    en: `No company matches this ${basis} in the public directory: check the number. ${ASK_FOR_IDCC.en}`,
  }),
};

/** The training fund (FAF) of a self-employed person, chosen from the NAF code when known, as a sentence names it. */
export const FAF_NAMES: Record<Faf, Bilingual> = copy.FAF_NAMES;

/** Why a funder other than an OPCO pays, for the people the OPCOs do not cover (see `funders.ts`). */
export const WHY_NOT_AN_OPCO = copy.WHY_NOT_AN_OPCO satisfies Record<string, Bilingual>;
