import type { Bilingual, Lang } from "../../core/lang";
import { stripSeparators } from "../identifiers";

const IDENTIFIER_LENGTHS = { siret: 14, siren: 9, nda: 11 } as const;

/** Where anyone can check a certification without this tool. */
const HOW_TO_CHECK = {
  fr: "Pour vérifier : cherchez l'organisme dans la « liste publique des organismes de formation » publiée sur data.gouv.fr (colonnes des catégories certifiées), ou demandez-lui son certificat Qualiopi, qui indique les catégories couvertes et sa date de validité.",
  en: "To check: look the provider up in the public list of training organisations (« liste publique des organismes de formation ») on data.gouv.fr (certified-category columns), or ask the provider for its Qualiopi certificate, which states the categories covered and its validity dates.",
};

const WHY_IT_MATTERS = {
  fr: "Un OPCO ne peut financer une formation sur fonds publics ou mutualisés que si l'organisme est certifié Qualiopi pour la catégorie concernée.",
  en: "An OPCO can only fund a training with public or pooled money when the provider is Qualiopi-certified for the category concerned.",
};

const since = (lang: Lang, asOf?: string) =>
  asOf ? (lang === "fr" ? ` (liste du ${asOf})` : ` (list dated ${asOf})`) : "";

type IdKind = keyof typeof IDENTIFIER_LENGTHS;
const ID_NAMES: Record<IdKind, Bilingual> = {
  siret: { fr: "le SIRET", en: "the SIRET" },
  siren: { fr: "le SIREN", en: "the SIREN" },
  nda: { fr: "le numéro de déclaration d'activité (NDA)", en: "the NDA (numéro de déclaration d'activité)" },
};

/** Why an identifier is invalid, in the answer's language: characters, length or checksum. */
function invalidReason(lang: Lang, kind: IdKind, raw: string): string {
  const value = stripSeparators(raw);
  const what = ID_NAMES[kind][lang];
  const length = IDENTIFIER_LENGTHS[kind];
  if (!/^\d+$/.test(value)) {
    return lang === "fr"
      ? `${what} ne doit contenir que des chiffres (« ${raw.trim()} »)`
      : `${what} must contain digits only ("${raw.trim()}")`;
  }
  if (value.length !== length) {
    return lang === "fr"
      ? `${what} compte ${length} chiffres, « ${value} » en a ${value.length}`
      : `${what} has ${length} digits, "${value}" has ${value.length}`;
  }
  return lang === "fr"
    ? `la clé de contrôle (algorithme de Luhn) est fausse pour ${what} ${value} : un chiffre est probablement erroné`
    : `the check digit (Luhn algorithm) of ${what} ${value} is wrong: a digit is probably mistyped`;
}

export const explain = {
  invalid: (lang: Lang, kind: IdKind, raw: string) =>
    lang === "fr"
      ? `Identifiant invalide : ${invalidReason(lang, kind, raw)}. Vérifiez le numéro sur un devis, une facture ou le certificat de l'organisme.`
      : `Invalid identifier: ${invalidReason(lang, kind, raw)}. Check the number on a quote, an invoice or the provider's certificate.`,

  certified: (lang: Lang, name: string, categories: string[], source: "registry" | "directory", asOf?: string) => {
    if (source === "directory") {
      return lang === "fr"
        ? `${name} est signalé comme organisme de formation certifié Qualiopi par l'annuaire des entreprises, qui ne précise pas les catégories. Vérifiez que le certificat couvre le type d'action prévu. ${HOW_TO_CHECK.fr}`
        : `${name} is flagged as a Qualiopi-certified training organisation by the company directory, which does not give the categories. Check that the certificate covers the planned kind of action. ${HOW_TO_CHECK.en}`;
    }
    return lang === "fr"
      ? `${name} est certifié Qualiopi selon la liste officielle des organismes de formation${since(lang, asOf)}, pour : ${categories.join(", ")}. La certification doit couvrir la catégorie de l'action à financer.`
      : `${name} is Qualiopi-certified according to the official list of training organisations${since(lang, asOf)}, for: ${categories.join(", ")}. The certificate must cover the category of the action to be funded.`;
  },

  notCertified: (lang: Lang, name: string, source: "registry" | "directory", asOf?: string) =>
    source === "registry"
      ? lang === "fr"
        ? `${name} figure dans la liste officielle des organismes de formation${since(lang, asOf)}, mais sans certification Qualiopi. ${WHY_IT_MATTERS.fr} Une certification obtenue depuis cette date n'y figure pas encore : demandez le certificat à l'organisme.`
        : `${name} is in the official list of training organisations${since(lang, asOf)}, but without Qualiopi certification. ${WHY_IT_MATTERS.en} A certificate obtained since that date is not in it yet: ask the provider for it.`
      : lang === "fr"
        ? `Selon l'annuaire des entreprises, ${name} n'est pas un organisme de formation certifié Qualiopi. ${WHY_IT_MATTERS.fr} ${HOW_TO_CHECK.fr}`
        : `According to the company directory, ${name} is not a Qualiopi-certified training organisation. ${WHY_IT_MATTERS.en} ${HOW_TO_CHECK.en}`,

  directoryWithoutFlag: (lang: Lang, name: string) =>
    lang === "fr"
      ? `L'annuaire des entreprises connaît ${name} mais ne dit pas s'il est certifié Qualiopi. ${HOW_TO_CHECK.fr}`
      : `The company directory knows ${name} but does not say whether it is Qualiopi-certified. ${HOW_TO_CHECK.en}`,

  unknown: (lang: Lang, notListedAsOf: string | undefined) => {
    const what = notListedAsOf
      ? lang === "fr"
        ? `Cet organisme n'apparaît pas dans la liste officielle des organismes de formation${since(lang, notListedAsOf)} : il peut être récent, déclaré sous un autre numéro, ou ne pas être un organisme de formation déclaré.`
        : `This provider is not in the official list of training organisations${since(lang, notListedAsOf)}: it may be new, declared under another number, or not a declared training organisation.`
      : lang === "fr"
        ? "Aucune source n'a pu renseigner la certification Qualiopi de cet organisme."
        : "No source could tell whether this provider is Qualiopi-certified.";
    return `${what} ${HOW_TO_CHECK[lang]}`;
  },

  severalMatches: (lang: Lang, count: number) =>
    lang === "fr"
      ? ` ${count} organismes correspondent à ce nom : la réponse porte sur le premier ; donnez son SIRET pour être certain.`
      : ` ${count} organisations match this name: the answer is about the first one; give its SIRET to be sure.`,
};
