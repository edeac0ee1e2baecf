import type { SchemeId } from "../../core/ids";
import type { Bilingual } from "../../core/lang";
import type { ClientStatus } from "./schema";

/** The situation the rules look at. */
export interface Situation {
  status: ClientStatus;
  /** Employees of the company concerned, when known. */
  headcount?: number;
}

export interface Verdict {
  eligible: "yes" | "no" | "maybe";
  why: Bilingual;
  funder: Bilingual;
}

export interface SchemeRule {
  source: string;
  judge(situation: Situation): Verdict;
}

/** Under 50 employees the OPCO funds the plan from legal contributions; 50 and more, only from conventional or voluntary ones. */
export const SMALL_COMPANY_LIMIT = 50;
type Size = "small" | "large" | "unknown";
export const sizeOf = (headcount?: number): Size =>
  headcount === undefined ? "unknown" : headcount < SMALL_COMPANY_LIMIT ? "small" : "large";

const isEmployee = (s: ClientStatus) => s === "employee" || s === "apprentice";
const v = (eligible: Verdict["eligible"], why: Bilingual, funder: Bilingual): Verdict => ({ eligible, why, funder });

const F = {
  opco: { fr: "OPCO de l'entreprise", en: "The company's OPCO" },
  opcoLegal: { fr: "OPCO de l'entreprise (contributions légales)", en: "The company's OPCO (legal contributions)" },
  employerLarge: {
    fr: "L'employeur (l'OPCO seulement sur contributions conventionnelles ou volontaires)",
    en: "The employer (the OPCO only from conventional or voluntary contributions)",
  },
  employerOrOpco: { fr: "L'employeur, ou l'OPCO sous 50 salariés", en: "The employer, or the OPCO under 50 employees" },
  cdc: { fr: "Caisse des Dépôts (Mon Compte Formation)", en: "Caisse des Dépôts (Mon Compte Formation)" },
  public: {
    fr: "L'administration employeuse (CNFPT, ANFH selon la fonction publique)",
    en: "The employing administration (CNFPT, ANFH depending on the public service)",
  },
  faf: {
    fr: "Le FAF de l'indépendant (AGEFICE, FIFPL, FAFCEA, VIVEA, FAF-PM)",
    en: "The self-employed person's FAF (AGEFICE, FIFPL, FAFCEA, VIVEA, FAF-PM)",
  },
  franceTravail: { fr: "France Travail", en: "France Travail" },
  transitionsPro: { fr: "Transitions Pro (association régionale)", en: "Transitions Pro (regional association)" },
  region: { fr: "La région", en: "The region" },
} satisfies Record<string, Bilingual>;

const notForJobSeeker = (what: Bilingual): Verdict =>
  v(
    "no",
    {
      fr: `${what.fr} est réservé aux salariés ; en tant que demandeur d'emploi, vos voies sont la POE, le CPF et les aides de France Travail.`,
      en: `${what.en} is for employees only; as a job seeker, your routes are the POE, your CPF and France Travail's funding.`,
    },
    F.franceTravail,
  );
const notForSelfEmployed = (what: Bilingual): Verdict =>
  v(
    "no",
    {
      fr: `${what.fr} concerne les salariés ; un travailleur indépendant finance sa formation par son FAF ou son CPF.`,
      en: `${what.en} concerns employees; a self-employed person funds training through their FAF or their CPF.`,
    },
    F.faf,
  );
const notForPublicAgent = (what: Bilingual): Verdict =>
  v(
    "no",
    {
      fr: `${what.fr} relève du droit privé ; un agent public se forme par son administration (le CNFPT pour la territoriale, l'ANFH pour l'hospitalière) et par son CPF.`,
      en: `${what.en} belongs to private-sector law; a public agent trains through their administration (CNFPT for local government, ANFH for hospitals) and their CPF.`,
    },
    F.public,
  );

const S = {
  plan: "https://www.service-public.fr/particuliers/vosdroits/F11267",
  apprenticeship: "https://travail-emploi.gouv.fr/le-contrat-dapprentissage",
  professionalisation: "https://www.service-public.fr/particuliers/vosdroits/F15478",
  reconversion: "https://travail-emploi.gouv.fr/la-periode-de-reconversion",
  cpf: "https://travail-emploi.gouv.fr/le-compte-personnel-de-formation-cpf",
  bilan: "https://travail-emploi.gouv.fr/le-bilan-de-competences",
  vae: "https://www.service-public.fr/particuliers/vosdroits/F2401",
  poe: "https://travail-emploi.gouv.fr/la-preparation-operationnelle-lemploi-collective-poec",
  ptp: "https://travail-emploi.gouv.fr/le-projet-de-transition-professionnelle",
  jobSeekers: "https://www.service-public.fr/particuliers/vosdroits/F3147",
} as const;

const PLAN = { fr: "Le plan de développement des compétences", en: "The skills development plan" };

/** The plan funded for an employer, by size: the rule every other employer-funded route reuses. */
function employerPlan(size: Size, what: Bilingual): Verdict {
  if (size === "small") {
    return v(
      "yes",
      {
        fr: `Avec moins de 50 salariés, votre OPCO peut financer ${what.fr} sur les contributions légales, selon ses règles de prise en charge.`,
        en: `With fewer than 50 employees, your OPCO can fund ${what.en} from the legal contributions, under its own funding rules.`,
      },
      F.opcoLegal,
    );
  }
  if (size === "large") {
    return v(
      "maybe",
      {
        fr: `À partir de 50 salariés, l'OPCO ne finance plus ${what.fr} sur les contributions légales : seulement si votre branche prévoit une contribution conventionnelle ou si vous versez une contribution volontaire, sinon l'entreprise paie elle-même.`,
        en: `From 50 employees, the OPCO no longer funds ${what.en} from the legal contributions: only if your branch has a conventional contribution or you pay a voluntary one, otherwise the company pays itself.`,
      },
      F.employerLarge,
    );
  }
  return v(
    "maybe",
    {
      fr: `Cela dépend de votre effectif : l'OPCO finance ${what.fr} des entreprises de moins de 50 salariés ; à partir de 50, seulement sur des contributions conventionnelles ou volontaires.`,
      en: `It depends on your headcount: the OPCO funds ${what.en} for companies under 50 employees; from 50, only from conventional or voluntary contributions.`,
    },
    F.employerOrOpco,
  );
}

export const RULES: Record<SchemeId, SchemeRule> = {
  "plan-developpement-competences": {
    source: S.plan,
    judge: ({ status, headcount }) => {
      const size = sizeOf(headcount);
      if (status === "employer")
        return employerPlan(size, {
          fr: "les formations de votre plan de développement des compétences",
          en: "the training in your skills development plan",
        });
      if (isEmployee(status)) {
        return v(
          "maybe",
          {
            fr: "C'est votre employeur qui choisit les formations de son plan de développement des compétences ; demandez-lui, en sachant que l'OPCO peut les financer dans une entreprise de moins de 50 salariés.",
            en: "Your employer chooses the training in its skills development plan; ask them, knowing that the OPCO can fund it in a company under 50 employees.",
          },
          size === "large" ? F.employerLarge : size === "small" ? F.opcoLegal : F.employerOrOpco,
        );
      }
      if (status === "job_seeker") return notForJobSeeker(PLAN);
      if (status === "self_employed") return notForSelfEmployed(PLAN);
      return notForPublicAgent(PLAN);
    },
  },
  "contrat-apprentissage": {
    source: S.apprenticeship,
    judge: ({ status }) => {
      if (status === "employer") {
        return v(
          "yes",
          {
            fr: "Toute entreprise, quelle que soit sa taille, peut embaucher un apprenti : son OPCO paie le CFA au niveau de prise en charge fixé par la branche, et le contrat (CERFA FA13 n° 10103) lui est transmis dans les 5 jours ouvrables suivant le début.",
            en: "Any company, whatever its size, can hire an apprentice: its OPCO pays the apprentice training centre (CFA) at the level set by the branch, and the contract (CERFA FA13 no. 10103) is sent to it within 5 working days of the start at the latest.",
          },
          F.opco,
        );
      }
      if (status === "apprentice") {
        return v(
          "yes",
          {
            fr: "Votre formation au CFA est payée par l'OPCO de votre employeur, au niveau fixé par la branche ; elle ne vous coûte rien.",
            en: "Your training at the CFA is paid by your employer's OPCO, at the level set by the branch; it costs you nothing.",
          },
          F.opco,
        );
      }
      if (status === "employee" || status === "job_seeker") {
        return v(
          "maybe",
          {
            fr: "Possible si un employeur vous embauche en apprentissage, en principe entre 16 et 29 ans révolus (sans limite d'âge dans certains cas, par exemple avec une reconnaissance de handicap) ; l'OPCO de cet employeur paie alors la formation.",
            en: "Possible if an employer hires you as an apprentice, normally aged 16 to 29 (with no age limit in some cases, for example with a recognised disability); that employer's OPCO then pays for the training.",
          },
          F.opco,
        );
      }
      if (status === "self_employed")
        return notForSelfEmployed({ fr: "Le contrat d'apprentissage", en: "The apprenticeship contract" });
      return notForPublicAgent({
        fr: "Le financement de l'apprentissage par un OPCO",
        en: "OPCO funding of apprenticeships",
      });
    },
  },
  "contrat-professionnalisation": {
    source: S.professionalisation,
    judge: ({ status }) => {
      if (status === "employer") {
        return v(
          "yes",
          {
            fr: "Toute entreprise peut conclure un contrat de professionnalisation avec un jeune de 16 à 25 ans, un demandeur d'emploi de 26 ans ou plus ou un bénéficiaire de minima sociaux ; l'OPCO finance la formation aux niveaux fixés par la branche, sur le CERFA EJ20 n° 12434 envoyé dans les 5 jours suivant la signature.",
            en: "Any company can sign a professionalisation contract with a person aged 16 to 25, a job seeker aged 26 or over, or someone on minimum social benefits; the OPCO funds the training at the levels set by the branch, on CERFA EJ20 no. 12434 sent within 5 days of signing.",
          },
          F.opco,
        );
      }
      if (status === "job_seeker" || isEmployee(status)) {
        return v(
          "maybe",
          {
            fr: "Possible si un employeur vous embauche sous ce contrat et que vous avez entre 16 et 25 ans, ou 26 ans et plus en étant inscrit comme demandeur d'emploi (ou bénéficiaire de minima sociaux) ; l'OPCO de l'employeur paie la formation.",
            en: "Possible if an employer hires you on this contract and you are 16 to 25, or 26 or over and registered as a job seeker (or on minimum social benefits); the employer's OPCO pays for the training.",
          },
          F.opco,
        );
      }
      if (status === "self_employed")
        return notForSelfEmployed({ fr: "Le contrat de professionnalisation", en: "The professionalisation contract" });
      return notForPublicAgent({ fr: "Le contrat de professionnalisation", en: "The professionalisation contract" });
    },
  },
  "periode-reconversion": {
    source: S.reconversion,
    judge: ({ status }) => {
      const what = { fr: "La période de reconversion", en: "The période de reconversion" };
      if (status === "employer") {
        return v(
          "yes",
          {
            fr: "Depuis le 1er février 2026, la période de reconversion permet à un de vos salariés de préparer une certification RNCP, un CQP ou des blocs de compétences (150 à 450 heures sur 12 mois au plus), dans votre entreprise ou vers une autre ; l'OPCO paie les frais pédagogiques sur un forfait de branche, dans la limite de son enveloppe, si la demande lui parvient dans les 30 jours qui précèdent le début.",
            en: "Since 1 February 2026, the période de reconversion lets one of your employees work towards an RNCP certification, a CQP or skills blocks (150 to 450 hours over 12 months at most), in your company or towards another one; the OPCO pays the teaching costs on a branch flat rate, within its budget, if the request reaches it within the 30 days before the start.",
          },
          F.opco,
        );
      }
      if (isEmployee(status)) {
        return v(
          "maybe",
          {
            fr: "Depuis le 1er février 2026, tout salarié peut demander une période de reconversion (150 à 450 heures vers une certification RNCP, un CQP ou des blocs de compétences) ; il faut un accord écrit signé avec l'employeur, puis la décision de l'OPCO, qui finance selon ses critères et son enveloppe.",
            en: "Since 1 February 2026, any employee can ask for a période de reconversion (150 to 450 hours towards an RNCP certification, a CQP or skills blocks); it needs a written agreement signed with the employer, then the OPCO's decision, which funds it under its criteria and budget.",
          },
          F.opco,
        );
      }
      if (status === "job_seeker") return notForJobSeeker(what);
      if (status === "self_employed") return notForSelfEmployed(what);
      return notForPublicAgent(what);
    },
  },
  cpf: {
    source: S.cpf,
    judge: ({ status }) => {
      if (isEmployee(status)) {
        return v(
          "yes",
          {
            fr: "Vos droits CPF paient une formation certifiante réservée sur Mon Compte Formation ; une participation forfaitaire de 102,23 € reste à votre charge sauf cofinancement de l'employeur ou de l'OPCO, et une formation sur le temps de travail demande l'accord de l'employeur 60 ou 120 jours avant.",
            en: "Your CPF rights pay for a certifying course booked on Mon Compte Formation; a flat contribution of EUR 102.23 is yours to pay unless the employer or the OPCO co-funds, and a course during working time needs the employer's approval 60 or 120 days ahead.",
          },
          F.cdc,
        );
      }
      if (status === "employer") {
        return v(
          "maybe",
          {
            fr: "Avec l'accord du salarié, vous pouvez cofinancer (abonder) une formation payée par son CPF, ce qui le dispense de la participation forfaitaire ; l'OPCO peut aussi abonder selon ses propres règles.",
            en: "With the employee's agreement, you can co-fund (top up) a course paid by their CPF, which spares them the flat contribution; the OPCO may also top up under its own rules.",
          },
          {
            fr: "Caisse des Dépôts (CPF du salarié), avec l'abondement de l'employeur ou de l'OPCO",
            en: "Caisse des Dépôts (the employee's CPF), topped up by the employer or the OPCO",
          },
        );
      }
      if (status === "job_seeker") {
        return v(
          "yes",
          {
            fr: "Vos droits CPF restent utilisables pendant le chômage, sans participation forfaitaire ; France Travail ou la région peuvent compléter si vos droits ne suffisent pas.",
            en: "Your CPF rights can still be used while unemployed, with no flat contribution; France Travail or the region can add funding if your rights fall short.",
          },
          {
            fr: "Caisse des Dépôts (Mon Compte Formation), complétée par France Travail",
            en: "Caisse des Dépôts (Mon Compte Formation), topped up by France Travail",
          },
        );
      }
      if (status === "self_employed") {
        return v(
          "yes",
          {
            fr: "Un travailleur indépendant a aussi un CPF, utilisable sur Mon Compte Formation ; son FAF peut cofinancer la formation.",
            en: "A self-employed person also has a CPF, used on Mon Compte Formation; their FAF can co-fund the course.",
          },
          {
            fr: "Caisse des Dépôts (Mon Compte Formation), avec le cofinancement possible du FAF",
            en: "Caisse des Dépôts (Mon Compte Formation), possibly co-funded by the FAF",
          },
        );
      }
      return v(
        "yes",
        {
          fr: "Un agent public a un CPF compté en heures, qui ne passe pas par Mon Compte Formation : la demande est faite à l'administration, qui l'examine et paie la formation.",
          en: "A public agent has a CPF counted in hours that does not go through Mon Compte Formation: the request goes to the administration, which reviews it and pays for the course.",
        },
        F.public,
      );
    },
  },
  "bilan-competences": {
    source: S.bilan,
    judge: ({ status, headcount }) => {
      if (status === "employer")
        return employerPlan(sizeOf(headcount), {
          fr: "un bilan de compétences inscrit au plan, avec le consentement du salarié",
          en: "a skills assessment in the plan, with the employee's consent",
        });
      if (isEmployee(status)) {
        return v(
          "yes",
          {
            fr: "Vous pouvez payer un bilan de compétences avec votre CPF, de votre propre initiative, ou l'obtenir dans le plan de l'employeur avec votre accord et une convention tripartite ; il est toujours réalisé par un prestataire extérieur.",
            en: "You can pay for a skills assessment with your CPF, on your own initiative, or get it through your employer's plan with your consent and a three-party agreement; an outside provider always carries it out.",
          },
          {
            fr: "Caisse des Dépôts (CPF), ou l'employeur et son OPCO",
            en: "Caisse des Dépôts (CPF), or the employer and its OPCO",
          },
        );
      }
      if (status === "job_seeker") {
        return v(
          "yes",
          {
            fr: "Un demandeur d'emploi peut financer un bilan de compétences avec son CPF, ou se le voir proposer par France Travail.",
            en: "A job seeker can fund a skills assessment with their CPF, or be offered one by France Travail.",
          },
          { fr: "Caisse des Dépôts (CPF) ou France Travail", en: "Caisse des Dépôts (CPF) or France Travail" },
        );
      }
      if (status === "self_employed") {
        return v(
          "yes",
          {
            fr: "Un indépendant peut financer un bilan de compétences avec son CPF ou demander une prise en charge à son FAF.",
            en: "A self-employed person can fund a skills assessment with their CPF or ask their FAF to cover it.",
          },
          { fr: "Caisse des Dépôts (CPF) ou le FAF", en: "Caisse des Dépôts (CPF) or the FAF" },
        );
      }
      return v(
        "yes",
        {
          fr: "Un agent public peut obtenir un bilan de compétences auprès de son administration, qui le finance, ou le demander au titre de son CPF.",
          en: "A public agent can get a skills assessment from their administration, which funds it, or ask for it under their CPF.",
        },
        F.public,
      );
    },
  },
  vae: {
    source: S.vae,
    judge: ({ status, headcount }) => {
      if (status === "employer")
        return employerPlan(sizeOf(headcount), {
          fr: "une VAE inscrite au plan, avec l'accord du salarié",
          en: "a VAE in the plan, with the employee's agreement",
        });
      if (isEmployee(status)) {
        return v(
          "yes",
          {
            fr: "L'accompagnement à la VAE peut être payé par votre CPF, par votre employeur ou son OPCO, ou par la région ; sur le temps de travail, un congé VAE est possible.",
            en: "VAE support can be paid by your CPF, by your employer or its OPCO, or by the region; leave for VAE is possible during working time.",
          },
          {
            fr: "Caisse des Dépôts (CPF), l'employeur, l'OPCO ou la région",
            en: "Caisse des Dépôts (CPF), the employer, the OPCO or the region",
          },
        );
      }
      if (status === "job_seeker") {
        return v(
          "yes",
          {
            fr: "Un demandeur d'emploi peut faire valider son expérience en payant l'accompagnement avec son CPF, avec l'aide possible de France Travail ou de la région.",
            en: "A job seeker can have their experience validated, paying for the support with their CPF, possibly helped by France Travail or the region.",
          },
          {
            fr: "Caisse des Dépôts (CPF), France Travail ou la région",
            en: "Caisse des Dépôts (CPF), France Travail or the region",
          },
        );
      }
      if (status === "self_employed") {
        return v(
          "yes",
          {
            fr: "Un indépendant peut faire une VAE en la finançant par son CPF ou par son FAF.",
            en: "A self-employed person can do a VAE funded by their CPF or their FAF.",
          },
          { fr: "Caisse des Dépôts (CPF) ou le FAF", en: "Caisse des Dépôts (CPF) or the FAF" },
        );
      }
      return v(
        "yes",
        {
          fr: "Un agent public peut faire financer sa VAE par son administration, par une convention avec elle et le certificateur, ou par son CPF.",
          en: "A public agent can have their VAE funded by their administration, under an agreement with it and the certifying body, or by their CPF.",
        },
        F.public,
      );
    },
  },
  poe: {
    source: S.poe,
    judge: ({ status }) => {
      const funder = {
        fr: "France Travail, avec l'OPCO de l'entreprise qui recrute",
        en: "France Travail, with the hiring company's OPCO",
      };
      if (status === "job_seeker") {
        return v(
          "yes",
          {
            fr: "La préparation opérationnelle à l'emploi (POE) vous forme avant une embauche : pour une offre précise d'une entreprise (POE individuelle) ou pour un métier qui recrute repéré par une branche (POE collective) ; France Travail la finance avec l'OPCO de l'entreprise qui recrute.",
            en: "The préparation opérationnelle à l'emploi (POE) trains you before a hire: for a specific company's job offer (individual POE) or for a job in demand identified by a branch (collective POE); France Travail funds it with the hiring company's OPCO.",
          },
          funder,
        );
      }
      if (status === "employer") {
        return v(
          "yes",
          {
            fr: "Si vous recrutez un demandeur d'emploi sur une offre déposée à France Travail, la POE finance la formation dont il a besoin avant de prendre le poste, avec votre OPCO.",
            en: "If you hire a job seeker for a job offer filed with France Travail, the POE funds the training they need before starting, together with your OPCO.",
          },
          funder,
        );
      }
      return v(
        "no",
        {
          fr: "La POE est réservée aux demandeurs d'emploi inscrits à France Travail, avant une embauche.",
          en: "The POE is only for job seekers registered with France Travail, before a hire.",
        },
        funder,
      );
    },
  },
  "action-collective": {
    source: S.plan,
    judge: ({ status, headcount }) => {
      const size = sizeOf(headcount);
      if (status === "employer") {
        if (size === "small") {
          return v(
            "yes",
            {
              fr: "Votre OPCO propose des actions collectives, des formations déjà choisies et financées, surtout destinées aux entreprises de moins de 50 salariés : vous y inscrivez vos salariés selon son catalogue, sans avancer les frais.",
              en: "Your OPCO offers collective actions, courses it has already chosen and funded, mainly for companies under 50 employees: you enrol your employees from its catalogue without paying upfront.",
            },
            F.opco,
          );
        }
        return v(
          "maybe",
          {
            fr: "Les actions collectives des OPCO visent surtout les entreprises de moins de 50 salariés ; au-delà, ou sans effectif connu, vérifiez si votre OPCO les ouvre, souvent contre une contribution volontaire.",
            en: "OPCOs' collective actions mainly target companies under 50 employees; above that, or with no known headcount, check whether your OPCO opens them, often for a voluntary contribution.",
          },
          F.opco,
        );
      }
      if (isEmployee(status)) {
        return v(
          "maybe",
          {
            fr: "Vous pouvez suivre une action collective de l'OPCO si votre employeur vous y inscrit ; elles visent surtout les entreprises de moins de 50 salariés.",
            en: "You can join an OPCO collective action if your employer enrols you; they mainly target companies under 50 employees.",
          },
          F.opco,
        );
      }
      const what = { fr: "Une action collective d'OPCO", en: "An OPCO collective action" };
      if (status === "job_seeker") return notForJobSeeker(what);
      if (status === "self_employed") return notForSelfEmployed(what);
      return notForPublicAgent(what);
    },
  },
  "projet-transition-professionnelle": {
    source: S.ptp,
    judge: ({ status }) => {
      if (isEmployee(status)) {
        return v(
          "maybe",
          {
            fr: "Pour changer de métier, le projet de transition professionnelle finance une formation certifiante et maintient votre rémunération si Transitions Pro de votre région valide le projet ; il faut en général 24 mois d'ancienneté en CDI et l'autorisation d'absence de l'employeur. Ce n'est pas un financement d'OPCO.",
            en: "To change jobs, the projet de transition professionnelle funds a certifying course and keeps your pay if your region's Transitions Pro approves the project; it usually takes 24 months' seniority on a permanent contract and the employer's leave of absence. It is not OPCO funding.",
          },
          F.transitionsPro,
        );
      }
      if (status === "employer") {
        return v(
          "no",
          {
            fr: "Le projet de transition professionnelle est une demande personnelle du salarié à Transitions Pro, qui le finance ; l'entreprise ne le demande pas, elle autorise l'absence.",
            en: "The projet de transition professionnelle is the employee's own request to Transitions Pro, which funds it; the company does not apply, it grants the leave.",
          },
          F.transitionsPro,
        );
      }
      if (status === "job_seeker") {
        return v(
          "no",
          {
            fr: "Il faut être salarié au moment de déposer la demande à Transitions Pro ; un demandeur d'emploi passe plutôt par le CPF, la POE ou France Travail.",
            en: "You must be employed when you apply to Transitions Pro; a job seeker goes through the CPF, the POE or France Travail instead.",
          },
          F.transitionsPro,
        );
      }
      if (status === "self_employed") {
        return v(
          "no",
          {
            fr: "Le projet de transition professionnelle est réservé aux salariés ; un indépendant qui se reconvertit mobilise son CPF ou son FAF.",
            en: "The projet de transition professionnelle is for employees only; a self-employed person changing jobs uses their CPF or their FAF.",
          },
          F.transitionsPro,
        );
      }
      return v(
        "no",
        {
          fr: "Le projet de transition professionnelle concerne les salariés de droit privé ; un agent public s'adresse à son administration, par exemple pour un congé de transition professionnelle.",
          en: "The projet de transition professionnelle concerns private-sector employees; a public agent turns to their administration, for example for professional transition leave.",
        },
        F.transitionsPro,
      );
    },
  },
  aif: {
    source: S.jobSeekers,
    judge: ({ status }) =>
      status === "job_seeker"
        ? v(
            "maybe",
            {
              fr: "L'aide individuelle à la formation (AIF) de France Travail paie tout ou partie d'une formation que les autres financements ne couvrent pas, si votre conseiller la valide dans votre projet d'accès à l'emploi ; l'organisme saisit son devis dans KAIROS et l'accord doit précéder l'entrée en formation.",
              en: "France Travail's individual training aid (AIF) pays all or part of a course other funding does not cover, if your adviser approves it in your return-to-work plan; the provider enters its quote in KAIROS and the approval must come before the course starts.",
            },
            F.franceTravail,
          )
        : v(
            "no",
            {
              fr: "L'aide individuelle à la formation (AIF) de France Travail est réservée aux demandeurs d'emploi inscrits.",
              en: "France Travail's individual training aid (AIF) is for registered job seekers only.",
            },
            F.franceTravail,
          ),
  },
  "programme-regional": {
    source: S.jobSeekers,
    judge: ({ status }) =>
      status === "job_seeker"
        ? v(
            "maybe",
            {
              fr: "La région achète des places de formation, gratuites pour les demandeurs d'emploi retenus, et certaines régions ont un chèque ou pass formation ; votre conseiller France Travail, le site de la région et le Carif-Oref vous indiquent l'offre.",
              en: "The region buys training places, free for the job seekers selected, and some regions have a training voucher or pass; your France Travail adviser, the region's website and the Carif-Oref list what is on offer.",
            },
            F.region,
          )
        : v(
            "no",
            {
              fr: "Les programmes de formation des régions s'adressent surtout aux demandeurs d'emploi ; en poste, voyez le plan de l'employeur, le CPF ou la période de reconversion.",
              en: "The regions' training programmes are mainly for job seekers; in work, look at the employer's plan, the CPF or the période de reconversion.",
            },
            F.region,
          ),
  },
};
