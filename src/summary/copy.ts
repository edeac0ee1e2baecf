import type { Bilingual, Lang } from "../core/lang";

/** Headings and words of the summary, in both languages. */
export const LABELS = {
  fr: {
    title: "Votre plan de financement",
    partial: "Plan provisoire : quelques informations manquent encore, voir « À compléter ».",
    made: "Établi le",
    by: "par",
    project: "Votre situation et votre formation",
    you: "Vous",
    company: "Entreprise",
    activity: "Activité",
    headcount: "Effectif",
    employees: (n: number) => `${n} salarié${n > 1 ? "s" : ""}`,
    training: "Formation",
    trainingUnnamed: "pas encore précisée",
    start: "Début",
    length: "Durée",
    hours: (n: number) => `${n} h`,
    provider: "Organisme",
    website: "Site",
    aids: "Aides",
    conditions: "Conditions",
    source: "Source",
    contact: "Votre contact",
    contactPlaceholder: "coordonnées à compléter dans la configuration du centre",
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
    partial: 'Draft plan: some facts are still missing, see "Still to find".',
    made: "Made on",
    by: "by",
    project: "Your situation and your training",
    you: "You",
    company: "Company",
    activity: "Activity",
    headcount: "Headcount",
    employees: (n: number) => `${n} employee${n > 1 ? "s" : ""}`,
    training: "Training",
    trainingUnnamed: "not named yet",
    start: "Start",
    length: "Length",
    hours: (n: number) => `${n} h`,
    provider: "Provider",
    website: "Website",
    aids: "Aids",
    conditions: "Conditions",
    source: "Source",
    contact: "Your contact",
    contactPlaceholder: "contact details to be filled in the centre's configuration",
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

/** A public agent's plan is the administration's own training plan, not the Code du travail's. */
const PUBLIC_PLAN: Bilingual = {
  fr: "Plan de formation de l'administration",
  en: "The administration's training plan",
};

export const schemeName = (id: string, lang: Lang, role?: string) =>
  (role === "public_agent" && id === "plan-developpement-competences" ? PUBLIC_PLAN : SCHEME_NAMES[id])?.[lang] ?? id;

/** The centre's courses that match the project, as the plan lists them. */
export const COURSES = {
  heading: (centre?: string): Bilingual =>
    centre ? { fr: `Chez ${centre}`, en: `At ${centre}` } : { fr: "Nos formations", en: "Our courses" },
  cpf: { fr: "éligible au CPF", en: "CPF-eligible" },
  notCpf: { fr: "non éligible au CPF", en: "not on the CPF" },
  nextSession: (date: string): Bilingual => ({ fr: `prochaine session : ${date}`, en: `next session: ${date}` }),
  noSession: { fr: "prochaines dates sur demande", en: "next dates on request" },
  onQuote: { fr: "tarif sur devis", en: "price on quotation" },
  funding: (route: string): Bilingual => ({ fr: `financement : ${route}`, en: `funding: ${route}` }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;

/** Who the user is, as the recap names it. */
export const ROLE_NAMES = {
  employer: { fr: "employeur", en: "employer" },
  employee: { fr: "salarié", en: "employee" },
  job_seeker: { fr: "demandeur d'emploi", en: "job seeker" },
  self_employed: { fr: "travailleur indépendant", en: "self-employed" },
  public_agent: { fr: "agent public", en: "public agent" },
  provider: { fr: "organisme de formation, pour un client", en: "training provider, for a client" },
} satisfies Record<string, Bilingual>;

/** Who does a step of the plan. */
export const WHO = {
  employer: { fr: "Employeur", en: "Employer" },
  employee: { fr: "Salarié", en: "Employee" },
  you: { fr: "Vous", en: "You" },
  provider: { fr: "Organisme de formation", en: "Training provider" },
  funder: { fr: "Financeur", en: "Funder" },
  trainee: { fr: "Stagiaire et organisme", en: "Trainee and provider" },
  adviser: { fr: "Conseiller France Travail", en: "France Travail adviser" },
} satisfies Record<string, Bilingual>;
export type Who = keyof typeof WHO;

/** The steps of the plan, each written once; `plan.ts` says which path takes which. */
export const STEPS = {
  funderUnknown: { fr: "à déterminer", en: "to be confirmed" },
  confirmFunder: (funder: string): Bilingual => ({
    fr: `Confirmer le financeur : ${funder}`,
    en: `Confirm the funder: ${funder}`,
  }),
  chooseProvider: {
    fr: "Choisir un organisme certifié Qualiopi dans la catégorie de l'action",
    en: "Choose a Qualiopi-certified provider in the right category",
  },
  quote: {
    fr: "Obtenir le devis et le programme : objectifs, durée, modalités, évaluation",
    en: "Get the quote and the programme: objectives, length, methods, assessment",
  },
  signContract: (cerfa: string): Bilingual => ({
    fr: `Signer le contrat sur le ${cerfa} et la convention de formation`,
    en: `Sign the contract on ${cerfa} and the training agreement`,
  }),
  sendApprenticeship: (funder: string): Bilingual => ({
    fr: `Transmettre le contrat et la convention du CFA au financeur, ${funder} ; la formation peut commencer sans attendre sa décision`,
    en: `Send the contract and the CFA's agreement to the funder, ${funder}; the training may start without waiting for its decision`,
  }),
  apprenticeshipDecision: {
    fr: "Décider de la prise en charge dans les 20 jours suivant le dossier complet ; sans réponse, relancer, le silence vaut refus",
    en: "Decide on the funding within 20 days of the complete file; without an answer, chase it up, as silence means a refusal",
  },
  sendProfessionalisation: (funder: string): Bilingual => ({
    fr: `Transmettre le contrat au financeur, ${funder}, de préférence avant son début`,
    en: `Send the contract to the funder, ${funder}, preferably before it starts`,
  }),
  professionalisationDecision: {
    fr: "Décider dans les 20 jours ; sans réponse, la prise en charge est acquise",
    en: "Decide within 20 days; without an answer, the funding is granted",
  },
  reportEarlyEnd: {
    fr: "En cas de rupture anticipée, la signaler à l'OPCO, à la DREETS et à l'URSSAF dans les 30 jours",
    en: "If the contract ends early, report it to the OPCO, the DREETS and URSSAF within 30 days",
  },
  reconversionRequest: (funder: string): Bilingual => ({
    fr: `Signer l'accord écrit employeur-salarié et envoyer le dossier au financeur, ${funder}`,
    en: `Sign the written employer-employee agreement and send the file to the funder, ${funder}`,
  }),
  fundingRequest: (funder: string): Bilingual => ({
    fr: `Déposer la demande de prise en charge auprès du financeur, ${funder}`,
    en: `File the funding request with the funder, ${funder}`,
  }),
  waitForDecision: {
    fr: "Attendre l'accord de prise en charge avant de commencer",
    en: "Wait for the funding decision before starting",
  },
  bookCpf: {
    fr: "Réserver la formation sur Mon Compte Formation et accepter la proposition de l'organisme",
    en: "Book the course on Mon Compte Formation and accept the provider's offer",
  },
  cpfLeave: {
    fr: "Si la formation a lieu sur le temps de travail, demander l'autorisation d'absence à l'employeur",
    en: "If the course takes place during working time, ask the employer for leave",
  },
  cpfTopUp: {
    fr: "Si vos droits ne suffisent pas, demander un complément : France Travail sur Mon Compte Formation, l'AIF ou une place financée par la région",
    en: "If your rights fall short, ask for a top-up: France Travail on Mon Compte Formation, the AIF or a place funded by the region",
  },
  fafCriteria: (funder: string): Bilingual => ({
    fr: `Lire les critères de l'année du financeur, ${funder} : thèmes, plafond annuel, délai de dépôt ; télécharger l'attestation de CFP`,
    en: `Read the funder's criteria for the year, ${funder}: topics, yearly ceiling, filing lead time; download the CFP certificate`,
  }),
  fafCpf: {
    fr: "En complément, mobiliser votre CPF sur Mon Compte Formation",
    en: "On top of it, use your CPF on Mon Compte Formation",
  },
  askAdministration: {
    fr: "Présenter la demande écrite à votre service des ressources humaines ou de formation, avec le programme",
    en: "Give the written request to your human resources or training department, with the programme",
  },
  ptpLeave: {
    fr: "Demander par écrit le congé de transition professionnelle à l'employeur",
    en: "Ask the employer in writing for the career transition leave",
  },
  ptpFile: {
    fr: "Déposer le dossier auprès de Transitions Pro de votre région, après un conseil en évolution professionnelle",
    en: "File the application with your region's Transitions Pro, after career guidance",
  },
  vaeAdmissibility: {
    fr: "Déposer le dossier de recevabilité auprès du certificateur, sur France VAE",
    en: "Send the admissibility file to the certifying body, on France VAE",
  },
  vaeLeave: {
    fr: "Si la démarche a lieu sur le temps de travail, demander le congé VAE à l'employeur",
    en: "If the process takes place during working time, ask the employer for VAE leave",
  },
  poeOffer: {
    fr: "Déposer l'offre d'emploi auprès de France Travail et construire le parcours avec le conseiller et l'organisme",
    en: "File the job offer with France Travail and build the course with the adviser and the provider",
  },
  poeHire: {
    fr: "Embaucher à l'issue de la formation : CDI, CDD ou contrat en alternance",
    en: "Hire at the end of the course: permanent, fixed-term or work-study contract",
  },
  aifProject: {
    fr: "Faire valider le projet de formation par votre conseiller France Travail",
    en: "Have your France Travail adviser approve the training project",
  },
  aifQuote: {
    fr: "Saisir le devis dans KAIROS, l'outil de France Travail",
    en: "Enter the quote in KAIROS, France Travail's tool",
  },
  regionFind: {
    fr: "Trouver la session avec votre conseiller, sur le site de la région ou le catalogue du Carif-Oref, puis s'inscrire auprès de l'organisme retenu",
    en: "Find the session with your adviser, on the region's website or the Carif-Oref catalogue, then enrol with the chosen provider",
  },
  attend: {
    fr: "Suivre la formation et signer les feuilles d'émargement",
    en: "Attend the training and sign the attendance sheets",
  },
  sendProofs: {
    fr: "Envoyer les justificatifs : attestation d'assiduité ou de fin de formation, émargements, facture",
    en: "Send the proofs: certificate of attendance or completion, attendance sheets, invoice",
  },
  paymentToProviderOrEmployer: {
    fr: "Paiement direct à l'organisme, par subrogation, ou remboursement de l'employeur",
    en: "Payment straight to the provider, by subrogation, or refund to the employer",
  },
  paymentToProvider: { fr: "Paiement de l'organisme par le financeur", en: "The funder pays the provider" },
  paymentPtp: {
    fr: "Transitions Pro paie l'organisme et rembourse à l'employeur le salaire maintenu",
    en: "Transitions Pro pays the provider and refunds the employer the pay it kept up",
  },
  paymentToCfa: {
    fr: "L'OPCO paie le CFA ; pour un diplôme de niveau 6 ou 7, le CFA facture 750 € à l'employeur après 45 jours",
    en: "The OPCO pays the CFA; for a level 6 or 7 diploma, the CFA invoices the employer EUR 750 after 45 days",
  },
  refundToYou: {
    fr: "Remboursement par le FAF sur facture acquittée, ou paiement direct de l'organisme",
    en: "Refund by the FAF on the receipted invoice, or direct payment to the provider",
  },
} as const;

/** The deadlines of the plan: what is due, and the rule it comes from. Never a bracket: the plan prints them inline. */
export const DEADLINES = {
  apprenticeshipContract: {
    label: {
      fr: "Contrat d'apprentissage, CERFA FA13 n° 10103, envoyé à l'OPCO",
      en: "Apprenticeship contract, CERFA FA13 no. 10103, sent to the OPCO",
    },
    rule: {
      fr: "Avant le début ou au plus tard 5 jours ouvrables après ; jours fériés non décomptés ici.",
      en: "Before the start or within 5 working days after it at the latest; public holidays not counted here.",
    },
  },
  apprenticeshipAnswer: {
    label: { fr: "Décision de l'OPCO sur le contrat", en: "The OPCO's decision on the contract" },
    rule: {
      fr: "Dans les 20 jours suivant la réception du dossier complet ; sans réponse, la prise en charge est refusée.",
      en: "Within 20 days of receiving the complete file; without an answer, the funding is refused.",
    },
  },
  professionalisationContract: {
    label: {
      fr: "Contrat de professionnalisation, CERFA EJ20 n° 12434, envoyé à l'OPCO",
      en: "Professionalisation contract, CERFA EJ20 no. 12434, sent to the OPCO",
    },
    rule: { fr: "Au plus tard 5 jours après sa signature.", en: "Within 5 days of its signature." },
  },
  professionalisationAnswer: {
    label: { fr: "Décision de l'OPCO sur le contrat", en: "The OPCO's decision on the contract" },
    rule: {
      fr: "Dans les 20 jours ; sans réponse, la prise en charge est acquise.",
      en: "Within 20 days; without an answer, the funding is granted.",
    },
  },
  professionalisationEarlyEnd: {
    label: {
      fr: "Rupture anticipée signalée à l'OPCO, à la DREETS et à l'URSSAF",
      en: "Early end reported to the OPCO, the DREETS and URSSAF",
    },
    rule: { fr: "Dans les 30 jours qui suivent la rupture.", en: "Within 30 days of the end." },
  },
  reconversionFile: {
    label: {
      fr: "Dossier de période de reconversion envoyé à l'OPCO",
      en: "Période de reconversion file sent to the OPCO",
    },
    rule: {
      fr: "Dans les 30 jours qui précèdent le début, pas avant, et au plus tard 20 jours avant pour avoir la réponse à temps.",
      en: "Within the 30 days before the start, not earlier, and 20 days before it at the latest to get the answer in time.",
    },
  },
  reconversionAnswer: {
    label: { fr: "Réponse de l'OPCO", en: "The OPCO's answer" },
    rule: {
      fr: "Dans les 20 jours suivant la réception du dossier ; son silence vaut refus.",
      en: "Within 20 days of receiving the file; its silence means a refusal.",
    },
  },
  cpfLeaveShort: {
    label: {
      fr: "Demande d'absence à l'employeur, formation CPF de moins de 6 mois",
      en: "Leave request to the employer, CPF course under 6 months",
    },
    rule: {
      fr: "Au moins 60 jours avant le début, si la formation a lieu sur le temps de travail.",
      en: "At least 60 days before the start, if the course takes place during working time.",
    },
  },
  cpfLeaveLong: {
    label: {
      fr: "Demande d'absence à l'employeur, formation CPF de 6 mois ou plus",
      en: "Leave request to the employer, CPF course of 6 months or more",
    },
    rule: {
      fr: "Au moins 120 jours avant le début, si la formation a lieu sur le temps de travail.",
      en: "At least 120 days before the start, if the course takes place during working time.",
    },
  },
  cpfLeaveAnswer: {
    label: { fr: "Réponse de l'employeur à la demande d'absence", en: "The employer's answer to the leave request" },
    rule: {
      fr: "Dans les 30 jours suivant la réception ; son silence vaut accord.",
      en: "Within 30 days of receiving it; silence means yes.",
    },
  },
  cpfCancellation: {
    label: { fr: "Annulation gratuite de l'inscription CPF", en: "Free cancellation of the CPF booking" },
    rule: {
      fr: "Jusqu'à 7 jours ouvrés avant le début ; ensuite, les droits engagés sont en principe débités.",
      en: "Up to 7 working days before the start; after that, the rights committed are normally debited.",
    },
  },
  ptpLeaveLong: {
    label: {
      fr: "Demande de congé à l'employeur, absence de 6 mois ou plus",
      en: "Leave request to the employer, absence of 6 months or more",
    },
    rule: { fr: "Au plus tard 120 jours avant le début.", en: "120 days before the start at the latest." },
  },
  ptpLeaveShort: {
    label: {
      fr: "Demande de congé à l'employeur, absence plus courte ou temps partiel",
      en: "Leave request to the employer, shorter absence or part time",
    },
    rule: { fr: "Au plus tard 60 jours avant le début.", en: "60 days before the start at the latest." },
  },
  ptpLeaveAnswer: {
    label: { fr: "Réponse de l'employeur à la demande de congé", en: "The employer's answer to the leave request" },
    rule: {
      fr: "Dans les 30 jours suivant la réception ; sans réponse, le congé est accordé.",
      en: "Within 30 days of receiving it; without an answer, the leave is granted.",
    },
  },
  vaeLeave: {
    label: { fr: "Demande de congé VAE à l'employeur", en: "VAE leave request to the employer" },
    rule: {
      fr: "Au moins 30 jours avant le début des actions, avec la preuve de recevabilité.",
      en: "At least 30 days before the actions start, with the proof of admissibility.",
    },
  },
  vaeLeaveAnswer: {
    label: { fr: "Réponse de l'employeur au congé VAE", en: "The employer's answer to the VAE leave" },
    rule: {
      fr: "Dans les 15 jours ; sans réponse, l'absence est accordée.",
      en: "Within 15 days; without an answer, the leave is granted.",
    },
  },
  agreementBeforeStart: {
    label: { fr: "Accord écrit de France Travail", en: "France Travail's written agreement" },
    rule: {
      fr: "Avant l'entrée en formation : ne rien signer ni payer avant.",
      en: "Before the course starts: sign and pay nothing before it.",
    },
  },
  fundingRequest: {
    label: { fr: "Demande de prise en charge", en: "Funding request" },
    rule: {
      fr: "Avant le début de la formation ; chaque financeur a son propre délai, à vérifier sur son site.",
      en: "Before the training starts; each funder has its own lead time, to check on its website.",
    },
  },
} satisfies Record<string, { label: Bilingual; rule: Bilingual }>;
export type DeadlineKey = keyof typeof DEADLINES;

/** How a dated deadline reads. */
export const DUE = {
  before: (date: string): Bilingual => ({ fr: `avant le ${date}`, en: `before ${date}` }),
  by: (date: string): Bilingual => ({ fr: `au plus tard le ${date}`, en: `by ${date}` }),
  window: (from: string, to: string): Bilingual => ({
    fr: `entre le ${from} et le ${to}`,
    en: `between ${from} and ${to}`,
  }),
  past: { fr: "date déjà passée", en: "already past" } as Bilingual,
};

/** The aids a plan can name, with their conditions. */
export const AIDS = {
  apprenticeHiring2026: {
    label: {
      fr: "Aide à l'embauche d'un apprenti 2026, versée par l'ASP chaque mois de la première année",
      en: "2026 apprentice hiring aid, paid monthly by the ASP during the first year",
    },
    conditions: {
      small: {
        fr: [
          "contrat conclu entre le 8 mars et le 31 décembre 2026, exécution commencée avant le 1er janvier 2027",
          "moins de 250 salariés : jusqu'à 5 000 € pour un diplôme de niveau 3 ou 4, 4 500 € au niveau 5, 2 000 € aux niveaux 6 et 7 ; 6 000 € pour un apprenti handicapé",
          "contrat déposé auprès de l'OPCO au plus tard 6 mois après sa conclusion",
        ],
        en: [
          "contract signed between 8 March and 31 December 2026, started before 1 January 2027",
          "under 250 employees: up to EUR 5,000 for a level 3 or 4 diploma, EUR 4,500 at level 5, EUR 2,000 at levels 6 and 7; EUR 6,000 for an apprentice with a disability",
          "contract filed with the OPCO within 6 months of its signature",
        ],
      },
      large: {
        fr: [
          "contrat conclu entre le 8 mars et le 31 décembre 2026, exécution commencée avant le 1er janvier 2027",
          "250 salariés et plus : de 750 € à 2 000 € selon le niveau, 6 000 € pour un apprenti handicapé, contre l'engagement d'atteindre au 31 décembre 2027 5 % de contrats favorisant l'insertion, ou 3 % d'alternants en hausse de 10 %",
          "formulaire d'engagement renvoyé à l'ASP dans les 8 mois suivant la conclusion du contrat",
          "contrat déposé auprès de l'OPCO au plus tard 6 mois après sa conclusion",
        ],
        en: [
          "contract signed between 8 March and 31 December 2026, started before 1 January 2027",
          "250 employees or more: EUR 750 to 2,000 depending on the level, EUR 6,000 for an apprentice with a disability, against the commitment to reach by 31 December 2027 5% of contracts favouring integration, or 3% of work-study staff up by 10%",
          "commitment form sent back to the ASP within 8 months of signing the contract",
          "contract filed with the OPCO within 6 months of its signature",
        ],
      },
    },
  },
  professionalisation45: {
    label: {
      fr: "Aide de 2 000 € pour l'embauche en contrat de professionnalisation d'un demandeur d'emploi de 45 ans et plus",
      en: "EUR 2,000 aid for hiring a job seeker aged 45 or over on a professionalisation contract",
    },
    conditions: {
      fr: [
        "demande à France Travail dans les 3 mois suivant le début du contrat",
        "pas de licenciement économique sur le poste dans les 6 mois précédents",
      ],
      en: [
        "application to France Travail within 3 months of the contract's start",
        "no economic dismissal on the job in the previous 6 months",
      ],
    },
  },
} as const;

/** What the OPCO answer rests on. */
export const BASIS = {
  naf: { fr: "code NAF", en: "NAF code" },
  query: { fr: "description de l'activité", en: "description of the activity" },
} satisfies Record<string, Bilingual>;
