import type { Role } from "../core/ids";
import type { Bilingual } from "../core/lang";
import type { Slot } from "./state";

/** Every sentence the dialogue says, in both languages. Logic lives elsewhere; this module is only words. */

/** The first words of every conversation. */
export const WELCOME: Bilingual = {
  fr: "Bonjour ! Je vous aide à faire financer une formation : quel OPCO, quel dispositif, quels documents et dans quels délais.",
  en: "Hello! I help you get a training funded in France: which OPCO, which scheme, which documents and by when.",
};

/** What the dialogue says of the centre's people: being called back, and how to reach them. */
export const HANDOFF = {
  requested: (centre: string): Bilingual => ({
    fr: `Un conseiller de ${centre} peut vous rappeler : laissez vos coordonnées avec « Être rappelé ».`,
    en: `An adviser from ${centre} can call you back: leave your details with "Be called back".`,
  }),
  reach: (how: string): Bilingual => ({
    fr: `Vous pouvez aussi le joindre directement : ${how}.`,
    en: `You can also reach them directly: ${how}.`,
  }),
  afterPlan: (centre: string): Bilingual => ({
    fr: `Pour en parler avec un conseiller de ${centre}, choisissez « Être rappelé ».`,
    en: `To talk it over with an adviser from ${centre}, choose "Be called back".`,
  }),
};

/** The answer to a question about the centre's courses. */
export const CATALOGUE = {
  matching: (centre: string): Bilingual => ({
    fr: `Chez ${centre}, ces formations correspondent :`,
    en: `At ${centre}, these courses match:`,
  }),
  all: (centre: string): Bilingual => ({ fr: `Les formations de ${centre} :`, en: `${centre}'s courses:` }),
  page: { fr: "fiche", en: "details" },
  funding: {
    fr: "Pour savoir qui peut les financer pour vous, répondez aux questions : votre plan les reprendra.",
    en: "To know who can fund them for you, answer the questions: your plan will list them.",
  },
};

/** What the engine says about the turn itself. */
export const TURN = {
  blank: {
    fr: "Je n'ai rien reçu : pouvez-vous écrire votre message ?",
    en: "I received an empty message: could you type it again?",
  },
  notUnderstood: {
    fr: "Je n'ai pas compris. Vous pouvez répondre avec les boutons, ou poser une question à tout moment.",
    en: "Sorry, I did not get that. You can answer with the buttons, or ask a question at any time.",
  },
  restarted: { fr: "C'est reparti de zéro.", en: "Starting over." },
  back: { fr: "Revenons à la question précédente.", en: "Back to the previous question." },
  noBack: { fr: "Nous sommes déjà à la première question.", en: "We are already at the first question." },
  switched: { fr: "D'accord, je continue en français.", en: "Sure, I will go on in English." },
  skipped: { fr: "Pas de souci, on avance.", en: "No problem, let's move on." },
  review: { fr: "Voici ce que j'ai noté. **Est-ce correct ?**", en: "Here is what I noted. **Is it right?**" },
  correct: {
    fr: "Que faut-il corriger ? Écrivez-le simplement, par exemple « nous sommes 60 salariés » ou « IDCC 1516 ».",
    en: 'What should I fix? Just write it, e.g. "we have 60 employees" or "IDCC 1516".',
  },
  resume: { fr: "Pour reprendre :", en: "Back to your plan:" },
  updated: { fr: "Plan mis à jour.", en: "Plan updated." },
  failed: {
    fr: "Désolé, je n'ai pas pu traiter ce message. Rien n'est perdu : pouvez-vous le reformuler ?",
    en: "Sorry, I could not process that message. Nothing is lost: could you rephrase it?",
  },
  noted: { fr: "Noté :", en: "Noted:" },
} satisfies Record<string, Bilingual>;

/** A quick reply: its label, and the text it sends when it differs from the label. */
export interface QuickReplyCopy {
  label: Bilingual;
  value?: Bilingual;
}

export const REVIEW_REPLIES: QuickReplyCopy[] = [
  { label: { fr: "Oui, voir mon plan", en: "Yes, show my plan" }, value: { fr: "Oui", en: "Yes" } },
  { label: { fr: "Corriger", en: "Fix something" }, value: { fr: "Non", en: "No" } },
];

/** The quick reply that asks to be called back by the centre (the dialogue reads it as the "human" command). */
export const CALLBACK_REPLY: QuickReplyCopy = {
  label: { fr: "Être rappelé", en: "Be called back" },
  value: { fr: "Je voudrais être rappelé", en: "Please call me back" },
};

export const AFTER_SUMMARY_REPLIES: QuickReplyCopy[] = [
  CALLBACK_REPLY,
  { label: { fr: "Recommencer", en: "Start over" }, value: { fr: "recommencer", en: "restart" } },
  { label: { fr: "Qu'est-ce que Qualiopi ?", en: "What is Qualiopi?" } },
];

export const ROLE_LABELS: Record<Role, Bilingual> = {
  employer: { fr: "Je suis employeur", en: "I am an employer" },
  employee: { fr: "Je suis salarié", en: "I am an employee" },
  job_seeker: { fr: "Je cherche un emploi", en: "I am a job seeker" },
  self_employed: { fr: "Je suis indépendant", en: "I am self-employed" },
  public_agent: { fr: "Je suis agent public", en: "I am a public servant" },
  provider: { fr: "Organisme de formation", en: "Training provider" },
};

/** Who the user is, as a recap names it ("Noté : demandeur d'emploi"). */
export const ROLE_NAMES: Record<Role, Bilingual> = {
  employer: { fr: "employeur", en: "employer" },
  employee: { fr: "salarié", en: "employee" },
  job_seeker: { fr: "demandeur d'emploi", en: "job seeker" },
  self_employed: { fr: "indépendant", en: "self-employed" },
  public_agent: { fr: "agent public", en: "public servant" },
  provider: { fr: "organisme de formation", en: "training provider" },
};

export const GOAL_LABELS: Record<string, Bilingual> = {
  adaptation: { fr: "adaptation au poste / montée en compétences", en: "adapting to the job / upskilling" },
  certification: { fr: "certification (RNCP ou RS)", en: "certification (RNCP or RS)" },
  languages: { fr: "formation en langues", en: "language course" },
  apprenticeship: { fr: "apprentissage", en: "apprenticeship" },
  professionalisation: { fr: "contrat de professionnalisation", en: "professionalisation contract" },
  reconversion: { fr: "reconversion", en: "career change" },
  vae: { fr: "VAE (validation des acquis de l'expérience)", en: "VAE (validation of prior experience)" },
  bilan: { fr: "bilan de compétences", en: "skills assessment" },
};

const DONT_KNOW: Bilingual = { fr: "Je ne sais pas", en: "I don't know" };

/** Who the company question is about, by role. */
const COMPANY_OF = {
  employee: { fr: "l'entreprise qui vous emploie", en: "employs you" },
  provider: { fr: "l'entreprise de votre client", en: "is your client" },
  other: { fr: "votre entreprise", en: "is yours" },
} satisfies Record<string, Bilingual>;

/** The questions, by slot (and by role where the wording changes), with their quick replies. */
export const QUESTIONS = {
  role: { text: { fr: "Pour commencer, **qui êtes-vous ?**", en: "To start, **who are you?**" } },
  activity: {
    text: { fr: "**Quelle est votre activité ?**", en: "**What is your activity?**" },
    replies: [
      {
        label: { fr: "Commerçant ou dirigeant", en: "Trader or company head" },
        value: { fr: "Je suis commerçant", en: "I am a trader" },
      },
      { label: { fr: "Profession libérale", en: "Liberal profession" } },
      {
        label: { fr: "Artisan", en: "Craftsperson" },
        value: { fr: "Je suis artisan", en: "I am a craftsperson (artisan)" },
      },
      { label: { fr: "Exploitant agricole", en: "Farmer" } },
      { label: { fr: "Médecin libéral", en: "Doctor in private practice" } },
    ],
  },
  publicService: {
    text: {
      fr: "**Dans quelle fonction publique travaillez-vous ?**",
      en: "**Which public service do you work in?**",
    },
    replies: [
      {
        label: { fr: "Territoriale (collectivité)", en: "Local government" },
        value: { fr: "fonction publique territoriale", en: "local government" },
      },
      {
        label: { fr: "Hospitalière", en: "Public hospital" },
        value: { fr: "fonction publique hospitalière", en: "public hospital" },
      },
      {
        label: { fr: "État", en: "State civil service" },
        value: { fr: "fonction publique d'État", en: "state civil service" },
      },
    ],
  },
  company: {
    text: (role: Role | undefined): Bilingual => {
      const of = COMPANY_OF[role === "employee" || role === "provider" ? role : "other"];
      return {
        fr:
          `**Quelle est ${of.fr} ?** ` +
          "Donnez l'IDCC de sa convention collective (sur la fiche de paie), son SIRET, son code NAF, ou décrivez son activité (ex. « boulangerie »).",
        en:
          `**Which company ${of.en}?** ` +
          'Give the IDCC of its collective agreement (on the payslip), its SIRET, its NAF code, or describe its activity (e.g. "bakery").',
      };
    },
    replies: [{ label: DONT_KNOW }],
  },
  headcount: {
    text: {
      fr: "**Combien de salariés compte l'entreprise ?**",
      en: "**How many employees does the company have?**",
    },
    replies: [
      {
        label: { fr: "Moins de 11", en: "Fewer than 11" },
        value: { fr: "moins de 11 salariés", en: "fewer than 11 employees" },
      },
      { label: { fr: "11 à 49", en: "11 to 49" }, value: { fr: "11 à 49 salariés", en: "11 to 49 employees" } },
      { label: { fr: "50 à 299", en: "50 to 299" }, value: { fr: "50 à 299 salariés", en: "50 to 299 employees" } },
      {
        label: { fr: "300 et plus", en: "300 or more" },
        value: { fr: "300 salariés et plus", en: "300 employees or more" },
      },
    ],
  },
  goal: {
    text: { fr: "**Quel est le projet de formation ?**", en: "**What is the training project?**" },
    replies: [
      {
        label: { fr: "S'adapter au poste", en: "Adapt to the job" },
        value: { fr: "adaptation au poste", en: "adapt to the job" },
      },
      {
        label: { fr: "Certification (RNCP, RS)", en: "Certification (RNCP, RS)" },
        value: { fr: "une certification RNCP", en: "an RNCP certification" },
      },
      { label: { fr: "Langues", en: "Languages" }, value: { fr: "formation en langues", en: "language course" } },
      {
        label: { fr: "Apprentissage", en: "Apprenticeship" },
        value: { fr: "un contrat d'apprentissage", en: "an apprenticeship" },
      },
      {
        label: { fr: "Contrat de professionnalisation", en: "Professionalisation contract" },
        value: { fr: "un contrat de professionnalisation", en: "a professionalisation contract" },
      },
      { label: { fr: "Reconversion", en: "Career change" }, value: { fr: "une reconversion", en: "a career change" } },
      { label: { fr: "VAE", en: "VAE (prior learning)" }, value: { fr: "une VAE", en: "a VAE" } },
      {
        label: { fr: "Bilan de compétences", en: "Skills assessment" },
        value: { fr: "un bilan de compétences", en: "a skills assessment" },
      },
    ],
  },
  startDate: {
    text: {
      fr: "**Quand la formation doit-elle commencer ?** (ex. « en mars », « le 15/03/2027 »)",
      en: '**When should the training start?** (e.g. "in March", "2027-03-15")',
    },
    replies: [
      { label: { fr: "Le mois prochain", en: "Next month" } },
      { label: { fr: "Dans 3 mois", en: "In 3 months" } },
      { label: { fr: "Pas encore fixé", en: "Not set yet" }, value: DONT_KNOW },
    ],
  },
  provider: {
    text: (role: Role | undefined): Bilingual => ({
      fr: `**Quel organisme de formation${role === "provider" ? " êtes-vous" : ""} ?** Son nom, son SIRET ou son numéro de déclaration d'activité (NDA), pour vérifier Qualiopi.`,
      en: `**Which training provider${role === "provider" ? " are you" : ""}?** Its name, SIRET or activity declaration number (NDA), to check Qualiopi.`,
    }),
    replies: [{ label: { fr: "Pas encore choisi", en: "Not chosen yet" }, value: DONT_KNOW }],
  },
} satisfies Record<string, { text: Bilingual | ((role: Role | undefined) => Bilingual); replies?: QuickReplyCopy[] }>;

/** What to do when the user does not know the answer to `slot`. */
export const ADVICE: Record<Slot, Bilingual> = {
  role: { fr: "", en: "" },
  company: {
    fr: "L'IDCC (numéro de convention collective) figure sur la fiche de paie ; le SIRET et le code NAF sur l'avis de situation Sirene ou sur annuaire-entreprises.data.gouv.fr.",
    en: "The IDCC (collective agreement number) is printed on the payslip; the SIRET and the NAF code are on the Sirene record or on annuaire-entreprises.data.gouv.fr.",
  },
  headcount: {
    fr: "L'effectif figure dans la DSN ou le registre du personnel ; une tranche suffit (moins de 11, moins de 50).",
    en: "The headcount is in the DSN payroll filings or the staff register; a band is enough (under 11, under 50).",
  },
  goal: {
    fr: "Décrivez simplement ce que la formation doit apporter ; je choisirai les dispositifs possibles.",
    en: "Just describe what the training should bring; I will pick the possible schemes.",
  },
  startDate: {
    fr: "La demande de prise en charge doit partir avant le début de la formation : fixez la date avec l'organisme dès que possible.",
    en: "The funding request must be sent before the training starts: agree the date with the provider as soon as you can.",
  },
  provider: {
    fr: "Choisissez un organisme certifié Qualiopi : c'est obligatoire pour un financement par l'OPCO, le CPF ou France Travail.",
    en: "Choose a Qualiopi-certified provider: it is compulsory for funding by the OPCO, the CPF or France Travail.",
  },
};

/** How a missing fact is named in the plan's "still to find" list. */
export const MISSING: Record<Slot, Bilingual> = {
  role: { fr: "Votre profil", en: "Your profile" },
  company: { fr: "L'entreprise (IDCC, SIRET ou activité)", en: "The company (IDCC, SIRET or activity)" },
  headcount: { fr: "L'effectif de l'entreprise", en: "The company's headcount" },
  goal: { fr: "Le projet de formation", en: "The training project" },
  startDate: { fr: "La date de début", en: "The start date" },
  provider: { fr: "L'organisme de formation", en: "The training provider" },
};

/** Words of the lines that explain what the tools found and what was understood. */
export const EXPLAIN = {
  confidence: {
    certain: { fr: "certain", en: "certain" },
    probable: { fr: "probable", en: "probable" },
    low: { fr: "à confirmer", en: "to be confirmed" },
  },
  qualiopi: {
    certified: { fr: "✅ Qualiopi : certifié", en: "✅ Qualiopi: certified" },
    not_certified: { fr: "⚠️ Qualiopi : non certifié", en: "⚠️ Qualiopi: not certified" },
    unknown: { fr: "Qualiopi : à vérifier", en: "Qualiopi: to be checked" },
    invalid_identifier: { fr: "Qualiopi : identifiant invalide", en: "Qualiopi: invalid identifier" },
  },
  recap: {
    profile: { fr: "Profil", en: "Profile" },
    company: { fr: "Entreprise / activité", en: "Company / activity" },
    headcount: { fr: "Effectif", en: "Headcount" },
    training: { fr: "Formation", en: "Training" },
    start: { fr: "Début", en: "Start" },
    length: { fr: "Durée", en: "Length" },
    provider: { fr: "Organisme", en: "Provider" },
  },
  employees: { fr: ["salarié", "salariés"], en: ["employee", "employees"] },
  start: { fr: "début", en: "start" },
} as const;

/** Words of the answers to questions. */
export const ANSWER = {
  documents: {
    fr: "**Documents à préparer avant la formation :**",
    en: "**Documents to prepare before the training:**",
  },
  injection: {
    fr: "Je ne peux pas changer de rôle ni dévoiler mes consignes. Je réponds aux questions sur le financement de la formation professionnelle : quel OPCO, quels dispositifs, quels documents, quels délais.",
    en: "I cannot change my role or reveal my instructions. I answer questions about funding professional training: which OPCO, which schemes, which documents, which deadlines.",
  },
} satisfies Record<string, Bilingual>;
