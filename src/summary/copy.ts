import type { Bilingual, Lang } from "../core/lang";

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

export const SCHEME_NAMES: Record<string, Bilingual> = {
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
  aif: {
    fr: "AIF (aide individuelle à la formation de France Travail)",
    en: "AIF (France Travail's individual training aid)",
  },
  "programme-regional": { fr: "Programme de formation de la région", en: "The region's training programme" },
};

export const schemeName = (id: string, lang: Lang) => SCHEME_NAMES[id]?.[lang] ?? id;

/** Who does a step of the plan. */
export const WHO = {
  employer: { fr: "Employeur", en: "Employer" },
  employee: { fr: "Salarié", en: "Employee" },
  you: { fr: "Vous", en: "You" },
  provider: { fr: "Organisme de formation", en: "Training provider" },
  funder: { fr: "Financeur", en: "Funder" },
  trainee: { fr: "Stagiaire et organisme", en: "Trainee and provider" },
} satisfies Record<string, Bilingual>;
export type Who = keyof typeof WHO;

/** The steps of the plan. */
export const STEPS = {
  funderUnknown: { fr: "à déterminer", en: "to be confirmed" },
  confirmFunder: (funder: string): Bilingual => ({
    fr: `Confirmer le financeur : ${funder}`,
    en: `Confirm the funder: ${funder}`,
  }),
  chooseProvider: {
    fr: "Choisir un organisme certifié Qualiopi (catégorie adaptée à l'action)",
    en: "Choose a Qualiopi-certified provider (in the right category)",
  },
  quote: {
    fr: "Obtenir le devis et le programme (objectifs, durée, modalités, évaluation)",
    en: "Get the quote and the programme (objectives, length, methods, assessment)",
  },
  signContract: (cerfa: string): Bilingual => ({
    fr: `Signer le contrat (${cerfa}) et la convention de formation`,
    en: `Sign the contract (${cerfa}) and the training agreement`,
  }),
  sendContract: (funder: string): Bilingual => ({
    fr: `Transmettre le contrat au financeur (${funder})`,
    en: `Send the contract to the funder (${funder})`,
  }),
  apprenticeshipContractWhen: {
    fr: "dans les 5 jours ouvrables suivant le début du contrat",
    en: "within 5 working days of the contract's start",
  },
  professionalisationContractWhen: {
    fr: "au plus tard 5 jours après sa signature",
    en: "within 5 days of its signature",
  },
  reconversionRequest: (funder: string): Bilingual => ({
    fr: `Signer l'accord écrit employeur-salarié et déposer la demande (financeur : ${funder})`,
    en: `Sign the written employer-employee agreement and file the request (funder: ${funder})`,
  }),
  reconversionWhen: { fr: "30 jours avant le début", en: "30 days before the start" },
  fundingRequest: (funder: string): Bilingual => ({
    fr: `Déposer la demande de prise en charge sur le service en ligne du financeur (${funder})`,
    en: `File the funding request on the funder's online service (${funder})`,
  }),
  beforeStart: { fr: "avant le début de la formation", en: "before the training starts" },
  waitForDecision: {
    fr: "Attendre l'accord de prise en charge avant de commencer",
    en: "Wait for the funding decision before starting",
  },
  answerWithin20Days: { fr: "réponse sous 20 jours", en: "answer within 20 days" },
  attend: {
    fr: "Suivre la formation et signer les feuilles d'émargement",
    en: "Attend the training and sign the attendance sheets",
  },
  sendProofs: {
    fr: "Envoyer les justificatifs : attestation d'assiduité ou de fin de formation, émargements, facture",
    en: "Send the proofs: certificate of attendance or completion, attendance sheets, invoice",
  },
  atTheEnd: { fr: "à la fin de la formation", en: "when the training ends" },
  paymentToProviderOrEmployer: {
    fr: "Paiement direct à l'organisme (subrogation) ou remboursement de l'employeur",
    en: "Payment straight to the provider (subrogation) or refund to the employer",
  },
  paymentToProvider: { fr: "Paiement de l'organisme par le financeur", en: "The funder pays the provider" },
} as const;

/** The deadlines of the plan. */
export const DEADLINES = {
  apprenticeshipContract: {
    label: {
      fr: "Transmission du contrat (CERFA FA13 n° 10103) à l'OPCO",
      en: "Contract (CERFA FA13 n° 10103) sent to the OPCO",
    },
    rule: {
      fr: "dans les 5 jours ouvrables suivant le début du contrat (jours fériés non décomptés ici)",
      en: "within 5 working days of the contract's start (public holidays not counted here)",
    },
  },
  professionalisationContract: {
    label: {
      fr: "Transmission du contrat (CERFA EJ20 n° 12434) à l'OPCO",
      en: "Contract (CERFA EJ20 n° 12434) sent to the OPCO",
    },
    rule: { fr: "au plus tard 5 jours après sa signature", en: "within 5 days of its signature" },
  },
  reconversionFile: {
    label: { fr: "Dépôt du dossier auprès de l'OPCO", en: "File sent to the OPCO" },
    rule: { fr: "30 jours avant le début de la formation", en: "30 days before the training starts" },
  },
  reconversionAnswer: {
    label: { fr: "Réponse de l'OPCO", en: "OPCO's answer" },
    rule: { fr: "dans les 20 jours suivant la réception du dossier", en: "within 20 days of receiving the file" },
  },
  fundingRequest: {
    label: { fr: "Demande de prise en charge", en: "Funding request" },
    rule: {
      fr: "avant le début de la formation (vérifier le délai propre au financeur)",
      en: "before the training starts (check the funder's own lead time)",
    },
  },
} satisfies Record<string, { label: Bilingual; rule: Bilingual }>;

/** What the OPCO answer rests on. */
export const BASIS = {
  naf: { fr: "code NAF", en: "NAF code" },
  query: { fr: "description de l'activité", en: "description of the activity" },
} satisfies Record<string, Bilingual>;
