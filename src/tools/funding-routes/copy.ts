import type { Bilingual } from "../../core/lang";

/**
 * Every sentence the funding rules say, once. `rules.ts` decides which applies to whom; the facts
 * (amounts, deadlines, ages) are written here only, each next to the official text it comes from
 * (the rule's `source`).
 */

/** Who pays, in words. */
export const FUNDERS = {
  opco: { fr: "OPCO de l'entreprise", en: "The company's OPCO" },
  opcoLegal: {
    fr: "OPCO de l'entreprise, sur les contributions légales",
    en: "The company's OPCO, from the legal contributions",
  },
  branchOpco: {
    fr: "OPCO de la branche de votre entreprise, qui paie le CFA",
    en: "The OPCO of your business's branch, which pays the CFA",
  },
  employerLarge: {
    fr: "L'employeur ; l'OPCO seulement sur contributions conventionnelles ou volontaires",
    en: "The employer; the OPCO only from conventional or voluntary contributions",
  },
  employerOrOpco: { fr: "L'employeur, ou l'OPCO sous 50 salariés", en: "The employer, or the OPCO under 50 employees" },
  cdc: { fr: "Caisse des Dépôts, Mon Compte Formation", en: "Caisse des Dépôts, Mon Compte Formation" },
  cdcToppedUp: {
    fr: "Caisse des Dépôts, CPF du salarié, avec l'abondement de l'employeur ou de l'OPCO",
    en: "Caisse des Dépôts, the employee's CPF, topped up by the employer or the OPCO",
  },
  cdcJobSeeker: {
    fr: "Caisse des Dépôts, Mon Compte Formation, complétée par France Travail",
    en: "Caisse des Dépôts, Mon Compte Formation, topped up by France Travail",
  },
  cdcSelfEmployed: {
    fr: "Caisse des Dépôts, Mon Compte Formation, avec le cofinancement possible du FAF",
    en: "Caisse des Dépôts, Mon Compte Formation, possibly co-funded by the FAF",
  },
  cdcOrEmployer: {
    fr: "Caisse des Dépôts par le CPF, ou l'employeur et son OPCO",
    en: "Caisse des Dépôts through the CPF, or the employer and its OPCO",
  },
  cdcOrFranceTravail: {
    fr: "Caisse des Dépôts par le CPF, ou France Travail",
    en: "Caisse des Dépôts through the CPF, or France Travail",
  },
  cdcOrFaf: { fr: "Caisse des Dépôts par le CPF, ou le FAF", en: "Caisse des Dépôts through the CPF, or the FAF" },
  vaeEmployee: {
    fr: "Caisse des Dépôts par le CPF, l'employeur, l'OPCO ou la région",
    en: "Caisse des Dépôts through the CPF, the employer, the OPCO or the region",
  },
  vaeJobSeeker: {
    fr: "Caisse des Dépôts par le CPF, France Travail ou la région",
    en: "Caisse des Dépôts through the CPF, France Travail or the region",
  },
  public: {
    fr: "L'administration employeuse : CNFPT ou ANFH selon la fonction publique",
    en: "The employing administration: CNFPT or ANFH depending on the public service",
  },
  faf: {
    fr: "Le FAF de l'indépendant : AGEFICE, FIFPL, FAFCEA, VIVEA ou FAF-PM",
    en: "The self-employed person's FAF: AGEFICE, FIFPL, FAFCEA, VIVEA or FAF-PM",
  },
  franceTravail: { fr: "France Travail", en: "France Travail" },
  poe: {
    fr: "France Travail, avec l'OPCO de l'entreprise qui recrute",
    en: "France Travail, with the hiring company's OPCO",
  },
  transitionsPro: { fr: "Transitions Pro, association régionale", en: "Transitions Pro, the regional association" },
  region: { fr: "La région", en: "The region" },
} satisfies Record<string, Bilingual>;
export type FunderKey = keyof typeof FUNDERS;

/** The schemes as the refusals name them. */
export const SCHEME_SUBJECTS = {
  plan: { fr: "Le plan de développement des compétences", en: "The skills development plan" },
  apprenticeship: { fr: "Le financement de l'apprentissage par un OPCO", en: "OPCO funding of apprenticeships" },
  professionalisation: { fr: "Le contrat de professionnalisation", en: "The professionalisation contract" },
  reconversion: { fr: "La période de reconversion", en: "The période de reconversion" },
  collective: { fr: "Une action collective d'OPCO", en: "An OPCO collective action" },
} satisfies Record<string, Bilingual>;
export type SubjectKey = keyof typeof SCHEME_SUBJECTS;

/** Why a scheme is closed to a persona: one sentence per persona, about any scheme. */
export const NOT_FOR = {
  job_seeker: (what: Bilingual): Bilingual => ({
    fr: `${what.fr} est réservé aux salariés ; en tant que demandeur d'emploi, vos voies sont le CPF, l'AIF de France Travail, les formations de la région et, si une entreprise vous recrute, la POE ou un contrat en alternance.`,
    en: `${what.en} is for employees only; as a job seeker, your routes are your CPF, France Travail's AIF, the region's courses and, if a company hires you, the POE or a work-study contract.`,
  }),
  self_employed: (what: Bilingual): Bilingual => ({
    fr: `${what.fr} concerne les salariés ; un travailleur indépendant finance sa formation par son FAF ou son CPF.`,
    en: `${what.en} concerns employees; a self-employed person funds training through their FAF or their CPF.`,
  }),
  public_agent: (what: Bilingual): Bilingual => ({
    fr: `${what.fr} relève du droit privé ; un agent public se forme par son administration, le CNFPT pour la territoriale, l'ANFH pour l'hospitalière, et par son CPF.`,
    en: `${what.en} belongs to private-sector law; a public agent trains through their administration, the CNFPT for local government, the ANFH for hospitals, and their CPF.`,
  }),
};

/** The plan funded for an employer, by size: every employer-funded route says it with its own subject. */
export const EMPLOYER_PLAN = {
  small: (what: Bilingual): Bilingual => ({
    fr: `Avec moins de 50 salariés, votre OPCO peut financer ${what.fr} sur les contributions légales, selon ses règles de prise en charge.`,
    en: `With fewer than 50 employees, your OPCO can fund ${what.en} from the legal contributions, under its own funding rules.`,
  }),
  large: (what: Bilingual): Bilingual => ({
    fr: `À partir de 50 salariés, l'OPCO ne finance plus ${what.fr} sur les contributions légales : seulement si votre branche prévoit une contribution conventionnelle ou si vous versez une contribution volontaire, sinon l'entreprise paie elle-même.`,
    en: `From 50 employees, the OPCO no longer funds ${what.en} from the legal contributions: only if your branch has a conventional contribution or you pay a voluntary one, otherwise the company pays itself.`,
  }),
  unknown: (what: Bilingual): Bilingual => ({
    fr: `Cela dépend de votre effectif : l'OPCO finance ${what.fr} des entreprises de moins de 50 salariés ; à partir de 50, seulement sur des contributions conventionnelles ou volontaires.`,
    en: `It depends on your headcount: the OPCO funds ${what.en} for companies under 50 employees; from 50, only from conventional or voluntary contributions.`,
  }),
};

/** What an employer-funded route pays for, as the size sentences name it. */
export const PLAN_SUBJECTS = {
  plan: {
    fr: "les formations de votre plan de développement des compétences",
    en: "the training in your skills development plan",
  },
  bilan: {
    fr: "un bilan de compétences inscrit au plan, avec le consentement du salarié",
    en: "a skills assessment in the plan, with the employee's consent",
  },
  vae: {
    fr: "une VAE inscrite au plan, avec l'accord du salarié",
    en: "a VAE in the plan, with the employee's agreement",
  },
} satisfies Record<string, Bilingual>;

/** The 2026 facts that several reasons state. */
const CPF_FLAT_FEE: Bilingual = {
  fr: "une participation forfaitaire de 103,20 € depuis le 1er janvier 2026",
  en: "a flat contribution of EUR 103.20 since 1 January 2026",
};
const CPF_WORKING_TIME: Bilingual = {
  fr: "sur le temps de travail, la demande d'absence part 60 jours avant le début, 120 pour une formation de 6 mois ou plus, et le silence de l'employeur après 30 jours vaut accord",
  en: "during working time, the leave request goes 60 days before the start, 120 for a course of 6 months or more, and the employer's silence after 30 days means yes",
};
const CPF_CANCELLATION: Bilingual = {
  fr: "l'annulation est gratuite jusqu'à 7 jours ouvrés avant le début",
  en: "cancelling is free up to 7 working days before the start",
};
const APPRENTICE_EMPLOYER_SHARE: Bilingual = {
  fr: "pour un diplôme de niveau 6 ou 7, bac +3 et plus, dans un contrat conclu depuis le 1er juillet 2025, l'employeur paie 750 €, facturés par le CFA après les 45 premiers jours en entreprise et déduits du paiement de l'OPCO",
  en: "for a level 6 or 7 diploma, bachelor's level and above, in a contract signed since 1 July 2025, the employer pays EUR 750, invoiced by the CFA after the first 45 days at work and deducted from the OPCO's payment",
};
const APPRENTICE_AID: Bilingual = {
  fr: "l'aide à l'embauche 2026 s'applique aux contrats conclus du 8 mars au 31 décembre 2026",
  en: "the 2026 hiring aid applies to contracts signed from 8 March to 31 December 2026",
};
const ALREADY_EMPLOYED: Bilingual = {
  fr: "déjà salarié, passez plutôt par le CPF, le plan de l'employeur ou la période de reconversion",
  en: "already employed, go through the CPF, the employer's plan or the période de reconversion instead",
};
const HIRING_CONTRACT: Bilingual = {
  fr: "c'est un contrat d'embauche ; pour un salarié déjà en poste, voyez plutôt la période de reconversion ou le plan de développement des compétences",
  en: "it is a hiring contract; for an employee already on the staff, look at the période de reconversion or the skills development plan instead",
};

/** Every reason, by scheme then by case. */
export const WHY = {
  plan: {
    employee: {
      fr: "C'est votre employeur qui choisit les formations de son plan de développement des compétences ; demandez-lui, en sachant que l'OPCO peut les financer dans une entreprise de moins de 50 salariés.",
      en: "Your employer chooses the training in its skills development plan; ask them, knowing that the OPCO can fund it in a company under 50 employees.",
    },
  },
  apprenticeship: {
    employer: {
      fr: `Toute entreprise, quelle que soit sa taille, peut embaucher un apprenti : son OPCO paie le CFA au niveau de prise en charge fixé par la branche, et le contrat, sur le CERFA FA13 n° 10103, lui est transmis au plus tard 5 jours ouvrables après le début ; ${APPRENTICE_EMPLOYER_SHARE.fr} ; ${APPRENTICE_AID.fr}.`,
      en: `Any company, whatever its size, can hire an apprentice: its OPCO pays the apprentice training centre (CFA) at the level set by the branch, and the contract, on CERFA FA13 no. 10103, is sent to it within 5 working days of the start at the latest; ${APPRENTICE_EMPLOYER_SHARE.en}; ${APPRENTICE_AID.en}.`,
    },
    employerNotHiring: {
      fr: `Le contrat d'apprentissage sert si vous recrutez un apprenti : ${HIRING_CONTRACT.fr}.`,
      en: `The apprenticeship contract applies if you hire an apprentice: ${HIRING_CONTRACT.en}.`,
    },
    selfEmployed: {
      fr: `Un artisan ou un autre indépendant peut embaucher un apprenti, même sans autre salarié, et être lui-même son maître d'apprentissage : l'OPCO de la branche de son entreprise paie le CFA, le contrat sur le CERFA FA13 n° 10103 lui est transmis au plus tard 5 jours ouvrables après le début, et ${APPRENTICE_AID.fr}.`,
      en: `A craftsperson or other self-employed person can hire an apprentice, even with no other employee, and be the apprentice's mentor: the OPCO of the business's branch pays the CFA, the contract on CERFA FA13 no. 10103 is sent to it within 5 working days of the start at the latest, and ${APPRENTICE_AID.en}.`,
    },
    apprentice: {
      fr: "Votre formation au CFA est payée par l'OPCO de votre employeur, au niveau fixé par la branche ; elle ne vous coûte rien.",
      en: "Your training at the CFA is paid by your employer's OPCO, at the level set by the branch; it costs you nothing.",
    },
    employeeNotHiring: {
      fr: `Le contrat d'apprentissage suppose une embauche en apprentissage ; ${ALREADY_EMPLOYED.fr}.`,
      en: `The apprenticeship contract means being hired as an apprentice; ${ALREADY_EMPLOYED.en}.`,
    },
    candidate: {
      fr: "Possible si un employeur vous embauche en apprentissage, en principe entre 16 et 29 ans révolus, sans limite d'âge dans certains cas, par exemple avec une reconnaissance de handicap ; l'OPCO de cet employeur paie alors la formation.",
      en: "Possible if an employer hires you as an apprentice, normally aged 16 to 29, with no age limit in some cases, for example with a recognised disability; that employer's OPCO then pays for the training.",
    },
  },
  professionalisation: {
    employer: {
      fr: "Toute entreprise peut conclure un contrat de professionnalisation avec un jeune de 16 à 25 ans, un demandeur d'emploi de 26 ans ou plus ou un bénéficiaire de minima sociaux ; l'OPCO finance la formation aux niveaux fixés par la branche, sur le CERFA EJ20 n° 12434 envoyé dans les 5 jours suivant la signature, et une rupture anticipée lui est signalée dans les 30 jours, ainsi qu'à la DREETS et à l'URSSAF.",
      en: "Any company can sign a professionalisation contract with a person aged 16 to 25, a job seeker aged 26 or over, or someone on minimum social benefits; the OPCO funds the training at the levels set by the branch, on CERFA EJ20 no. 12434 sent within 5 days of signing, and an early end is reported to it within 30 days, as well as to the DREETS and URSSAF.",
    },
    employerNotHiring: {
      fr: `Le contrat de professionnalisation sert si vous recrutez : ${HIRING_CONTRACT.fr}.`,
      en: `The professionalisation contract applies if you hire: ${HIRING_CONTRACT.en}.`,
    },
    employeeNotHiring: {
      fr: `Le contrat de professionnalisation suppose une embauche sous ce contrat ; ${ALREADY_EMPLOYED.fr}.`,
      en: `The professionalisation contract means being hired on it; ${ALREADY_EMPLOYED.en}.`,
    },
    candidate: {
      fr: "Possible si un employeur vous embauche sous ce contrat et que vous avez entre 16 et 25 ans, ou 26 ans et plus en étant inscrit comme demandeur d'emploi ou bénéficiaire de minima sociaux ; l'OPCO de l'employeur paie la formation.",
      en: "Possible if an employer hires you on this contract and you are 16 to 25, or 26 or over and registered as a job seeker or on minimum social benefits; the employer's OPCO pays for the training.",
    },
  },
  reconversion: {
    employer: {
      fr: "Depuis le 1er février 2026, la période de reconversion permet à un de vos salariés de préparer une certification RNCP, un CQP ou des blocs de compétences, 150 à 450 heures sur 12 mois au plus, dans votre entreprise ou vers une autre ; l'OPCO paie les frais pédagogiques sur un forfait de branche, dans la limite de son enveloppe. Le dossier part entre 30 et 20 jours avant le début : pas plus tôt que 30 jours, et l'OPCO répond sous 20 jours, son silence valant refus.",
      en: "Since 1 February 2026, the période de reconversion lets one of your employees work towards an RNCP certification, a CQP or skills blocks, 150 to 450 hours over 12 months at most, in your company or towards another one; the OPCO pays the teaching costs on a branch flat rate, within its budget. The file goes between 30 and 20 days before the start: not earlier than 30 days, and the OPCO answers within 20 days, its silence meaning a refusal.",
    },
    employee: {
      fr: "Depuis le 1er février 2026, tout salarié peut demander une période de reconversion, 150 à 450 heures vers une certification RNCP, un CQP ou des blocs de compétences ; il faut un accord écrit signé avec l'employeur, qui envoie le dossier à l'OPCO entre 30 et 20 jours avant le début, puis la décision de l'OPCO, qui finance selon ses critères et son enveloppe.",
      en: "Since 1 February 2026, any employee can ask for a période de reconversion, 150 to 450 hours towards an RNCP certification, a CQP or skills blocks; it needs a written agreement signed with the employer, who sends the file to the OPCO between 30 and 20 days before the start, then the OPCO's decision, which funds it under its criteria and budget.",
    },
  },
  cpf: {
    employee: {
      fr: `Vos droits CPF paient une formation certifiante réservée sur Mon Compte Formation, avec ${CPF_FLAT_FEE.fr}, sauf cofinancement de l'employeur ou de l'OPCO ; ${CPF_WORKING_TIME.fr} ; ${CPF_CANCELLATION.fr}.`,
      en: `Your CPF rights pay for a certifying course booked on Mon Compte Formation, with ${CPF_FLAT_FEE.en}, unless the employer or the OPCO co-funds; ${CPF_WORKING_TIME.en}; ${CPF_CANCELLATION.en}.`,
    },
    employer: {
      fr: "Avec l'accord du salarié, vous pouvez cofinancer, ou abonder, une formation payée par son CPF, ce qui le dispense de la participation forfaitaire ; l'OPCO peut aussi abonder selon ses propres règles.",
      en: "With the employee's agreement, you can co-fund, or top up, a course paid by their CPF, which spares them the flat contribution; the OPCO may also top up under its own rules.",
    },
    job_seeker: {
      fr: `Vos droits CPF restent utilisables pendant le chômage, sans participation forfaitaire ; France Travail ou la région peuvent compléter si vos droits ne suffisent pas, et ${CPF_CANCELLATION.fr}.`,
      en: `Your CPF rights can still be used while unemployed, with no flat contribution; France Travail or the region can add funding if your rights fall short, and ${CPF_CANCELLATION.en}.`,
    },
    self_employed: {
      fr: `Un travailleur indépendant a aussi un CPF, utilisable sur Mon Compte Formation, en complément de son FAF ; ${CPF_FLAT_FEE.fr} reste due, même si le FAF complète, et ${CPF_CANCELLATION.fr}.`,
      en: `A self-employed person also has a CPF, used on Mon Compte Formation, on top of their FAF; ${CPF_FLAT_FEE.en} is still due, even when the FAF tops up, and ${CPF_CANCELLATION.en}.`,
    },
    public_agent: {
      fr: "Un agent public a un CPF compté en heures, qui ne passe pas par Mon Compte Formation : la demande est faite à l'administration, qui l'examine et paie la formation.",
      en: "A public agent has a CPF counted in hours that does not go through Mon Compte Formation: the request goes to the administration, which reviews it and pays for the course.",
    },
  },
  publicPlan: {
    fr: "Votre administration a son propre plan de formation : demandez la formation à votre service des ressources humaines, qui la fait financer par le CNFPT dans la territoriale, par l'ANFH dans l'hospitalière, ou sur son budget dans l'État.",
    en: "Your administration has its own training plan: ask your human resources department for the course, which has it funded by the CNFPT in local government, the ANFH in hospitals, or from its own budget in the state service.",
  },
  bilan: {
    employee: {
      fr: "Vous pouvez payer un bilan de compétences avec votre CPF, de votre propre initiative, ou l'obtenir dans le plan de l'employeur avec votre accord et une convention tripartite ; il est toujours réalisé par un prestataire extérieur.",
      en: "You can pay for a skills assessment with your CPF, on your own initiative, or get it through your employer's plan with your consent and a three-party agreement; an outside provider always carries it out.",
    },
    job_seeker: {
      fr: "Un demandeur d'emploi peut financer un bilan de compétences avec son CPF, ou se le voir proposer par France Travail.",
      en: "A job seeker can fund a skills assessment with their CPF, or be offered one by France Travail.",
    },
    self_employed: {
      fr: "Un indépendant peut financer un bilan de compétences avec son CPF ou demander une prise en charge à son FAF.",
      en: "A self-employed person can fund a skills assessment with their CPF or ask their FAF to cover it.",
    },
    public_agent: {
      fr: "Un agent public peut obtenir un bilan de compétences auprès de son administration, qui le finance, ou le demander au titre de son CPF.",
      en: "A public agent can get a skills assessment from their administration, which funds it, or ask for it under their CPF.",
    },
  },
  vae: {
    employee: {
      fr: "L'accompagnement à la VAE peut être payé par votre CPF, par votre employeur ou son OPCO, ou par la région ; sur le temps de travail, le congé VAE se demande 30 jours avant et l'employeur répond sous 15 jours, son silence valant accord.",
      en: "VAE support can be paid by your CPF, by your employer or its OPCO, or by the region; during working time, VAE leave is requested 30 days ahead and the employer answers within 15 days, silence meaning yes.",
    },
    job_seeker: {
      fr: "Un demandeur d'emploi peut faire valider son expérience en payant l'accompagnement avec son CPF, avec l'aide possible de France Travail ou de la région.",
      en: "A job seeker can have their experience validated, paying for the support with their CPF, possibly helped by France Travail or the region.",
    },
    self_employed: {
      fr: "Un indépendant peut faire une VAE en la finançant par son CPF ou par son FAF.",
      en: "A self-employed person can do a VAE funded by their CPF or their FAF.",
    },
    public_agent: {
      fr: "Un agent public peut faire financer sa VAE par son administration, par une convention avec elle et le certificateur, ou par son CPF.",
      en: "A public agent can have their VAE funded by their administration, under an agreement with it and the certifying body, or by their CPF.",
    },
  },
  poe: {
    jobSeekerHired: {
      fr: "Une entreprise veut vous recruter : la préparation opérationnelle à l'emploi, ou POE, vous donne avant l'embauche les compétences du poste, sur une offre déposée à France Travail, qui la finance avec l'OPCO de l'entreprise.",
      en: "A company wants to hire you: the préparation opérationnelle à l'emploi, or POE, gives you the job's skills before the hire, on a job offer filed with France Travail, which funds it with the company's OPCO.",
    },
    jobSeeker: {
      fr: "La préparation opérationnelle à l'emploi, ou POE, sert quand une entreprise vous recrute et qu'il vous manque des compétences, ou pour un métier qui recrute repéré par une branche ; sans recruteur, voyez d'abord le CPF, l'AIF et la région.",
      en: "The préparation opérationnelle à l'emploi, or POE, applies when a company hires you and you lack some skills, or for a job in demand identified by a branch; with no recruiter, look at the CPF, the AIF and the region first.",
    },
    employerHiring: {
      fr: "Si vous recrutez un demandeur d'emploi sur une offre déposée à France Travail, la POE finance la formation dont il a besoin avant de prendre le poste, avec votre OPCO.",
      en: "If you hire a job seeker for a job offer filed with France Travail, the POE funds the training they need before starting, together with your OPCO.",
    },
    employer: {
      fr: "La POE forme un demandeur d'emploi que vous allez recruter ; elle ne finance pas la formation d'un salarié déjà en poste.",
      en: "The POE trains a job seeker you are about to hire; it does not fund training for an employee already on the staff.",
    },
    other: {
      fr: "La POE est réservée aux demandeurs d'emploi inscrits à France Travail, avant une embauche.",
      en: "The POE is only for job seekers registered with France Travail, before a hire.",
    },
  },
  collective: {
    small: {
      fr: "Votre OPCO propose des actions collectives, des formations déjà choisies et financées, surtout destinées aux entreprises de moins de 50 salariés : vous y inscrivez vos salariés selon son catalogue, sans avancer les frais.",
      en: "Your OPCO offers collective actions, courses it has already chosen and funded, mainly for companies under 50 employees: you enrol your employees from its catalogue without paying upfront.",
    },
    large: {
      fr: "Les actions collectives des OPCO visent surtout les entreprises de moins de 50 salariés ; au-delà, ou sans effectif connu, vérifiez si votre OPCO les ouvre, souvent contre une contribution volontaire.",
      en: "OPCOs' collective actions mainly target companies under 50 employees; above that, or with no known headcount, check whether your OPCO opens them, often for a voluntary contribution.",
    },
    employee: {
      fr: "Vous pouvez suivre une action collective de l'OPCO si votre employeur vous y inscrit ; elles visent surtout les entreprises de moins de 50 salariés.",
      en: "You can join an OPCO collective action if your employer enrols you; they mainly target companies under 50 employees.",
    },
  },
  ptp: {
    employee: {
      fr: "Pour changer de métier, le projet de transition professionnelle finance une formation certifiante et maintient votre rémunération si Transitions Pro de votre région valide le projet ; il faut 24 mois de salariat, consécutifs ou non, dont 12 dans l'entreprise, et demander le congé à l'employeur 120 jours avant le début pour une absence de 6 mois ou plus, 60 jours sinon ; il répond sous 30 jours et son silence vaut accord. Ce n'est pas un financement d'OPCO.",
      en: "To change jobs, the projet de transition professionnelle funds a certifying course and keeps your pay if your region's Transitions Pro approves the project; it takes 24 months as an employee, consecutive or not, including 12 in the company, and a leave request to the employer 120 days before the start for an absence of 6 months or more, 60 days otherwise; the employer answers within 30 days and silence means yes. It is not OPCO funding.",
    },
    employer: {
      fr: "Le projet de transition professionnelle est une demande personnelle du salarié à Transitions Pro, qui le finance ; l'entreprise ne le demande pas, elle répond à la demande de congé sous 30 jours, et son silence vaut accord.",
      en: "The projet de transition professionnelle is the employee's own request to Transitions Pro, which funds it; the company does not apply, it answers the leave request within 30 days, and its silence means yes.",
    },
    job_seeker: {
      fr: "Il faut être salarié au moment de déposer la demande à Transitions Pro ; un demandeur d'emploi passe plutôt par le CPF, l'AIF ou la région.",
      en: "You must be employed when you apply to Transitions Pro; a job seeker goes through the CPF, the AIF or the region instead.",
    },
    self_employed: {
      fr: "Le projet de transition professionnelle est réservé aux salariés ; un indépendant qui se reconvertit mobilise son CPF ou son FAF.",
      en: "The projet de transition professionnelle is for employees only; a self-employed person changing jobs uses their CPF or their FAF.",
    },
    public_agent: {
      fr: "Le projet de transition professionnelle concerne les salariés de droit privé ; un agent public s'adresse à son administration, par exemple pour un congé de transition professionnelle.",
      en: "The projet de transition professionnelle concerns private-sector employees; a public agent turns to their administration, for example for professional transition leave.",
    },
  },
  aif: {
    job_seeker: {
      fr: "L'aide individuelle à la formation, ou AIF, de France Travail paie tout ou partie d'une formation que les autres financements ne couvrent pas, si votre conseiller la valide dans votre projet d'accès à l'emploi ; l'organisme saisit son devis dans KAIROS et l'accord doit précéder l'entrée en formation.",
      en: "France Travail's individual training aid, or AIF, pays all or part of a course other funding does not cover, if your adviser approves it in your return-to-work plan; the provider enters its quote in KAIROS and the approval must come before the course starts.",
    },
    other: {
      fr: "L'aide individuelle à la formation, ou AIF, de France Travail est réservée aux demandeurs d'emploi inscrits.",
      en: "France Travail's individual training aid, or AIF, is for registered job seekers only.",
    },
  },
  region: {
    job_seeker: {
      fr: "La région achète des places de formation, gratuites pour les demandeurs d'emploi retenus, et certaines régions ont un chèque ou pass formation ; votre conseiller France Travail, le site de la région et le Carif-Oref vous indiquent l'offre.",
      en: "The region buys training places, free for the job seekers selected, and some regions have a training voucher or pass; your France Travail adviser, the region's website and the Carif-Oref list what is on offer.",
    },
    other: {
      fr: "Les programmes de formation des régions s'adressent surtout aux demandeurs d'emploi ; en poste, voyez le plan de l'employeur, le CPF ou la période de reconversion.",
      en: "The regions' training programmes are mainly for job seekers; in work, look at the employer's plan, the CPF or the période de reconversion.",
    },
  },
} as const;

/** Funders outside the schemes that a persona should know about. */
export const OTHER_FUNDERS = {
  self_employed: {
    funder: {
      fr: "Le FAF de votre activité : AGEFICE, FIFPL, FAFCEA, VIVEA ou FAF-PM",
      en: "The FAF of your activity: AGEFICE, FIFPL, FAFCEA, VIVEA or FAF-PM",
    },
    why: {
      fr: "Un travailleur indépendant ne dépend pas d'un OPCO : sa contribution à la formation professionnelle, la CFP, lui ouvre le financement d'un fonds d'assurance formation choisi selon son activité, l'AGEFICE pour les commerçants et dirigeants non salariés, le FIFPL pour les professions libérales, le FAFCEA pour les artisans, VIVEA pour les exploitants agricoles et le FAF-PM pour les médecins ; l'organisme qui collecte la CFP délivre l'attestation que demandent les organismes de formation.",
      en: "A self-employed person does not depend on an OPCO: their training contribution, the CFP, opens funding from a training insurance fund chosen by activity, AGEFICE for traders and non-salaried company heads, FIFPL for the liberal professions, FAFCEA for craftspeople, VIVEA for farmers and FAF-PM for doctors; the body that collects the CFP issues the certificate that training providers ask for.",
    },
  },
  public_agent: {
    funder: { fr: "CNFPT, ANFH ou votre administration", en: "CNFPT, ANFH or your administration" },
    why: {
      fr: "Un agent public ne relève pas d'un OPCO : le CNFPT forme les agents territoriaux, l'ANFH finance la formation des personnels hospitaliers, et les ministères et établissements de l'État financent celle de leurs agents.",
      en: "A public agent does not depend on an OPCO: the CNFPT trains local government staff, the ANFH funds training for hospital staff, and state ministries and bodies fund their own staff's training.",
    },
  },
  job_seeker: {
    funder: {
      fr: "France Travail, avec l'aide individuelle à la formation ou AIF, et la région",
      en: "France Travail, with the individual training aid or AIF, and the region",
    },
    why: {
      fr: "Un demandeur d'emploi ne dépend pas d'un OPCO : France Travail peut financer une formation par l'AIF ou compléter le CPF, et la région finance ses propres programmes de formation.",
      en: "A job seeker does not depend on an OPCO: France Travail can fund a course through the AIF or top up the CPF, and the region funds its own training programmes.",
    },
  },
} satisfies Record<string, { funder: Bilingual; why: Bilingual }>;
