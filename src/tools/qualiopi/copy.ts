import type { Bilingual } from "../../core/lang";
import { stripSeparators } from "../identifiers";
import copy from "./copy.json";
import type { QualiopiSourceKind } from "./registry";

/**
 * The words of checkQualiopi's answers: the clauses and names in `copy.json`, the sentences built
 * from an organisation's name, categories and list date written here.
 */

const IDENTIFIER_LENGTHS = { siret: 14, siren: 9, nda: 11 } as const;

/** Where anyone can check a certification without this tool. */
const HOW_TO_CHECK: Bilingual = copy.HOW_TO_CHECK;

const WHY_IT_MATTERS: Bilingual = copy.WHY_IT_MATTERS;

/** " (liste du 2026-11-02)", " (list dated 2026-11-02)", or nothing without a date. */
const since = (asOf?: string): Bilingual =>
  asOf ? { fr: ` (liste du ${asOf})`, en: ` (list dated ${asOf})` } : { fr: "", en: "" };

type IdKind = keyof typeof IDENTIFIER_LENGTHS;
const ID_NAMES: Record<IdKind, Bilingual> = copy.ID_NAMES;

/** Why an identifier is invalid: characters, length or checksum. */
function invalidReason(kind: IdKind, raw: string): Bilingual {
  const value = stripSeparators(raw);
  const what = ID_NAMES[kind];
  const length = IDENTIFIER_LENGTHS[kind];
  if (!/^\d+$/.test(value)) {
    return {
      fr: `${what.fr} ne doit contenir que des chiffres (« ${raw.trim()} »)`,
      en: `${what.en} must contain digits only ("${raw.trim()}")`,
    };
  }
  if (value.length !== length) {
    return {
      fr: `${what.fr} compte ${length} chiffres, « ${value} » en a ${value.length}`,
      en: `${what.en} has ${length} digits, "${value}" has ${value.length}`,
    };
  }
  return {
    fr: `la clé de contrôle (algorithme de Luhn) est fausse pour ${what.fr} ${value} : un chiffre est probablement erroné`,
    en: `the check digit (Luhn algorithm) of ${what.en} ${value} is wrong: a digit is probably mistyped`,
  };
}

/** The explanations of checkQualiopi's answers. */
export const explain = {
  invalid: (kind: IdKind, raw: string): Bilingual => {
    const reason = invalidReason(kind, raw);
    return {
      fr: `Identifiant invalide : ${reason.fr}. Vérifiez le numéro sur un devis, une facture ou le certificat de l'organisme.`,
      en: `Invalid identifier: ${reason.en}. Check the number on a quote, an invoice or the provider's certificate.`,
    };
  },

  certified: (name: string, categories: string[], source: QualiopiSourceKind, asOf?: string): Bilingual =>
    source === "centre"
      ? {
          fr: `${name} est certifié Qualiopi pour : ${categories.join(", ")}, selon les informations que le centre déclare dans sa configuration ; son certificat, qui donne sa date de validité, est disponible sur demande. ${HOW_TO_CHECK.fr}`,
          en: `${name} is Qualiopi-certified for: ${categories.join(", ")}, according to the facts the centre declares in its configuration; its certificate, which gives its validity dates, is available on request. ${HOW_TO_CHECK.en}`,
        }
      : source === "directory"
        ? {
            fr: `${name} est signalé comme organisme de formation certifié Qualiopi par l'annuaire des entreprises, qui ne précise pas les catégories. Vérifiez que le certificat couvre le type d'action prévu. ${HOW_TO_CHECK.fr}`,
            en: `${name} is flagged as a Qualiopi-certified training organisation by the company directory, which does not give the categories. Check that the certificate covers the planned kind of action. ${HOW_TO_CHECK.en}`,
          }
        : {
            fr: `${name} est certifié Qualiopi selon la liste officielle des organismes de formation${since(asOf).fr}, pour : ${categories.join(", ")}. La certification doit couvrir la catégorie de l'action à financer.`,
            en: `${name} is Qualiopi-certified according to the official list of training organisations${since(asOf).en}, for: ${categories.join(", ")}. The certificate must cover the category of the action to be funded.`,
          },

  notCertified: (name: string, source: QualiopiSourceKind, asOf?: string): Bilingual =>
    source === "centre"
      ? {
          fr: `${name} ne déclare pas de certification Qualiopi dans sa configuration. ${WHY_IT_MATTERS.fr}`,
          en: `${name} declares no Qualiopi certification in its configuration. ${WHY_IT_MATTERS.en}`,
        }
      : source === "registry"
        ? {
            fr: `${name} figure dans la liste officielle des organismes de formation${since(asOf).fr}, mais sans certification Qualiopi. ${WHY_IT_MATTERS.fr} Une certification obtenue depuis cette date n'y figure pas encore : demandez le certificat à l'organisme.`,
            en: `${name} is in the official list of training organisations${since(asOf).en}, but without Qualiopi certification. ${WHY_IT_MATTERS.en} A certificate obtained since that date is not in it yet: ask the provider for it.`,
          }
        : {
            fr: `Selon l'annuaire des entreprises, ${name} n'est pas un organisme de formation certifié Qualiopi. ${WHY_IT_MATTERS.fr} ${HOW_TO_CHECK.fr}`,
            en: `According to the company directory, ${name} is not a Qualiopi-certified training organisation. ${WHY_IT_MATTERS.en} ${HOW_TO_CHECK.en}`,
          },

  directoryWithoutFlag: (name: string): Bilingual => ({
    fr: `L'annuaire des entreprises connaît ${name} mais ne dit pas s'il est certifié Qualiopi. ${HOW_TO_CHECK.fr}`,
    en: `The company directory knows ${name} but does not say whether it is Qualiopi-certified. ${HOW_TO_CHECK.en}`,
  }),

  unknown: (notListedAsOf: string | undefined): Bilingual => {
    const what: Bilingual = notListedAsOf
      ? {
          fr: `Cet organisme n'apparaît pas dans la liste officielle des organismes de formation${since(notListedAsOf).fr} : il peut être récent, déclaré sous un autre numéro, ou ne pas être un organisme de formation déclaré.`,
          en: `This provider is not in the official list of training organisations${since(notListedAsOf).en}: it may be new, declared under another number, or not a declared training organisation.`,
        }
      : {
          fr: "Aucune source n'a pu renseigner la certification Qualiopi de cet organisme.",
          en: "No source could tell whether this provider is Qualiopi-certified.",
        };
    return { fr: `${what.fr} ${HOW_TO_CHECK.fr}`, en: `${what.en} ${HOW_TO_CHECK.en}` };
  },

  severalMatches: (count: number): Bilingual => ({
    fr: ` ${count} organismes correspondent à ce nom : la réponse porte sur le premier ; donnez son SIRET pour être certain.`,
    en: ` ${count} organisations match this name: the answer is about the first one; give its SIRET to be sure.`,
  }),
};
