import type { Lang } from "../../core/lang";
import type { IdentifierKind, ParseFailure } from "../identifiers";
import { stripSeparators } from "../identifiers";

const NAMES: Record<IdentifierKind, string> = {
  siret: "SIRET",
  siren: "SIREN",
  idcc: "IDCC",
  naf: "NAF (APE)",
  nda: "NDA",
};
const EXPECTED: Record<IdentifierKind, { fr: string; en: string }> = {
  siret: { fr: "14 chiffres", en: "14 digits" },
  siren: { fr: "9 chiffres", en: "9 digits" },
  idcc: { fr: "4 chiffres au plus (ex. 1486)", en: "at most 4 digits (e.g. 1486)" },
  naf: { fr: "4 chiffres et une lettre (ex. 62.01Z)", en: "4 digits and a letter (e.g. 62.01Z)" },
  nda: { fr: "11 chiffres", en: "11 digits" },
};

/** Why an identifier is invalid, in the user's language. */
export function invalidText(kind: IdentifierKind, reason: ParseFailure, raw: string, lang: Lang): string {
  const name = NAMES[kind];
  const expected = EXPECTED[kind][lang];
  const given = stripSeparators(raw).replace(/^(idcc|n°)/i, "").length;
  const fr: Record<ParseFailure, string> = {
    empty: `${name} vide : ${expected} attendus.`,
    characters: `${name} invalide : ${expected} attendus ; seuls les chiffres, espaces et points sont acceptés.`,
    length: `${name} invalide : ${expected} attendus, ${given} caractères saisis.`,
    checksum: `${name} invalide : la clé de contrôle ne correspond pas (un chiffre est sans doute mal recopié).`,
    unknown_code: `${name} inconnu : ce code n'existe pas dans la nomenclature officielle.`,
  };
  const en: Record<ParseFailure, string> = {
    empty: `Empty ${name}: ${expected} expected.`,
    characters: `Invalid ${name}: ${expected} expected; only digits, spaces and dots are accepted.`,
    length: `Invalid ${name}: ${expected} expected, ${given} characters given.`,
    checksum: `Invalid ${name}: the check digit does not match (a digit was probably mistyped).`,
    unknown_code: `Unknown ${name}: this code does not exist in the official nomenclature.`,
  };
  return (lang === "fr" ? fr : en)[reason];
}

export const CONFIRM_WITH_IDCC = {
  fr: "Pour en être certain, vérifiez le numéro IDCC de la convention collective imprimé sur un bulletin de paie.",
  en: "To be certain, check the collective agreement number (IDCC) printed on a payslip.",
};

export const ASK_FOR_IDCC = {
  fr: "Indiquez le numéro IDCC de la convention collective (sur le bulletin de paie) ou le code NAF (APE) de l'entreprise.",
  en: "Give the collective agreement number (IDCC, on the payslip) or the company's NAF (APE) code.",
};
