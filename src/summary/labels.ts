import type { Lang } from "../core/lang";

/** Headings and words of the summary, in both languages. */
export const LABELS = {
  fr: {
    title: "Votre plan de financement",
    partial: "Plan provisoire : quelques informations manquent encore (voir « À compléter »).",
    opco: "Votre OPCO",
    funder: "Financeur",
    routes: "Dispositifs possibles",
    qualiopi: "Organisme de formation",
    steps: "Étapes",
    deadlines: "Délais",
    documents: "Documents",
    before: "Avant la formation",
    after: "Après la formation",
    unknowns: "À compléter",
    sources: "Sources",
    eligible: { yes: "oui", no: "non", maybe: "possible" },
    confidence: { certain: "certain", probable: "probable", low: "à confirmer" },
    required: "obligatoire",
    who: "qui",
    opcoToConfirm:
      "L'OPCO reste à confirmer : l'IDCC de la convention collective, sur la fiche de paie, le donne avec certitude.",
    qualiopiToCheck:
      "La certification Qualiopi de l'organisme : demandez son certificat ou consultez la liste publique des organismes de formation.",
  },
  en: {
    title: "Your funding plan",
    partial: 'Draft plan: some facts are still missing (see "Still to find").',
    opco: "Your OPCO",
    funder: "Funder",
    routes: "Possible schemes",
    qualiopi: "Training provider",
    steps: "Steps",
    deadlines: "Deadlines",
    documents: "Documents",
    before: "Before the training",
    after: "After the training",
    unknowns: "Still to find",
    sources: "Sources",
    eligible: { yes: "yes", no: "no", maybe: "maybe" },
    confidence: { certain: "certain", probable: "probable", low: "to be confirmed" },
    required: "required",
    who: "who",
    opcoToConfirm:
      "The OPCO is still to be confirmed: the IDCC of the collective agreement, on the payslip, settles it.",
    qualiopiToCheck:
      "The provider's Qualiopi certification: ask for its certificate or look it up in the public list of training organisations.",
  },
} as const satisfies Record<Lang, unknown>;

export const SCHEME_NAMES: Record<string, Record<Lang, string>> = {
  "plan-developpement-competences": {
    fr: "Plan de développement des compétences",
    en: "Skills development plan (plan de développement des compétences)",
  },
  "contrat-apprentissage": { fr: "Contrat d'apprentissage", en: "Apprenticeship contract" },
  "contrat-professionnalisation": { fr: "Contrat de professionnalisation", en: "Professionalisation contract" },
  "periode-reconversion": { fr: "Période de reconversion", en: "Période de reconversion (retraining period)" },
  vae: { fr: "VAE", en: "VAE (validation of prior experience)" },
  "bilan-competences": { fr: "Bilan de compétences", en: "Skills assessment (bilan de compétences)" },
  cpf: { fr: "CPF (compte personnel de formation)", en: "CPF (personal training account)" },
  poe: { fr: "POE (préparation opérationnelle à l'emploi)", en: "POE (pre-employment training)" },
  "action-collective": { fr: "Action collective de l'OPCO", en: "OPCO collective action" },
  "projet-transition-professionnelle": {
    fr: "Projet de transition professionnelle",
    en: "Career transition project (PTP)",
  },
};

export const schemeName = (id: string, lang: Lang) => SCHEME_NAMES[id]?.[lang] ?? id;

export const formatDate = (iso: string, lang: Lang) => {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m) return iso;
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", {
    year: "numeric",
    month: "long",
    ...(d ? { day: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(Date.UTC(y, m - 1, d || 1)));
};
