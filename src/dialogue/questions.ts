import type { Role } from "../core/ids";
import type { Lang } from "../core/lang";
import type { QuickReply } from "../core/reply";
import type { Slot } from "./state";

type Text = Record<Lang, string>;
const qr = (label: Text, lang: Lang, value?: Text): QuickReply => ({
  label: label[lang],
  value: (value ?? label)[lang],
});

export const ROLE_LABELS: Record<Role, Text> = {
  employer: { fr: "Je suis employeur", en: "I am an employer" },
  employee: { fr: "Je suis salarié", en: "I am an employee" },
  job_seeker: { fr: "Je cherche un emploi", en: "I am a job seeker" },
  self_employed: { fr: "Je suis indépendant", en: "I am self-employed" },
  public_agent: { fr: "Je suis agent public", en: "I am a public servant" },
  provider: { fr: "Organisme de formation", en: "Training provider" },
};

const DONT_KNOW: Text = { fr: "Je ne sais pas", en: "I don't know" };

export interface Question {
  text: string;
  quickReplies: QuickReply[];
}

/** The question that asks for `slot`, worded for the user's role. */
export function questionFor(slot: Slot, role: Role | undefined, lang: Lang): Question {
  const fr = lang === "fr";
  switch (slot) {
    case "role":
      return {
        text: fr ? "Pour commencer, **qui êtes-vous ?**" : "To start, **who are you?**",
        quickReplies: (Object.keys(ROLE_LABELS) as Role[]).map((r) => qr(ROLE_LABELS[r], lang)),
      };
    case "company":
      if (role === "self_employed")
        return {
          text: fr ? "**Quelle est votre activité ?**" : "**What is your activity?**",
          quickReplies: [
            qr({ fr: "Commerçant ou dirigeant", en: "Trader or company head" }, lang, {
              fr: "Je suis commerçant",
              en: "I am a trader",
            }),
            qr({ fr: "Profession libérale", en: "Liberal profession" }, lang),
            qr({ fr: "Artisan", en: "Craftsperson" }, lang, {
              fr: "Je suis artisan",
              en: "I am a craftsperson (artisan)",
            }),
            qr({ fr: "Exploitant agricole", en: "Farmer" }, lang),
            qr({ fr: "Médecin libéral", en: "Doctor in private practice" }, lang),
          ],
        };
      if (role === "public_agent")
        return {
          text: fr ? "**Dans quelle fonction publique travaillez-vous ?**" : "**Which public service do you work in?**",
          quickReplies: [
            qr({ fr: "Territoriale (collectivité)", en: "Local government" }, lang, {
              fr: "fonction publique territoriale",
              en: "local government",
            }),
            qr({ fr: "Hospitalière", en: "Public hospital" }, lang, {
              fr: "fonction publique hospitalière",
              en: "public hospital",
            }),
            qr({ fr: "État", en: "State civil service" }, lang, {
              fr: "fonction publique d'État",
              en: "state civil service",
            }),
          ],
        };
      return {
        text: fr
          ? `**Quelle est ${role === "employee" ? "l'entreprise qui vous emploie" : role === "provider" ? "l'entreprise de votre client" : "votre entreprise"} ?** ` +
            "Donnez l'IDCC de sa convention collective (sur la fiche de paie), son SIRET, son code NAF, ou décrivez son activité (ex. « boulangerie »)."
          : `**Which company ${role === "employee" ? "employs you" : role === "provider" ? "is your client" : "is yours"}?** ` +
            'Give the IDCC of its collective agreement (on the payslip), its SIRET, its NAF code, or describe its activity (e.g. "bakery").',
        quickReplies: [qr(DONT_KNOW, lang)],
      };
    case "headcount":
      return {
        text: fr ? "**Combien de salariés compte l'entreprise ?**" : "**How many employees does the company have?**",
        quickReplies: [
          qr({ fr: "Moins de 11", en: "Fewer than 11" }, lang, {
            fr: "moins de 11 salariés",
            en: "fewer than 11 employees",
          }),
          qr({ fr: "11 à 49", en: "11 to 49" }, lang, { fr: "11 à 49 salariés", en: "11 to 49 employees" }),
          qr({ fr: "50 à 299", en: "50 to 299" }, lang, { fr: "50 à 299 salariés", en: "50 to 299 employees" }),
          qr({ fr: "300 et plus", en: "300 or more" }, lang, {
            fr: "300 salariés et plus",
            en: "300 employees or more",
          }),
        ],
      };
    case "goal":
      return {
        text: fr ? "**Quel est le projet de formation ?**" : "**What is the training project?**",
        quickReplies: [
          qr({ fr: "S'adapter au poste", en: "Adapt to the job" }, lang, {
            fr: "adaptation au poste",
            en: "adapt to the job",
          }),
          qr({ fr: "Certification (RNCP, RS)", en: "Certification (RNCP, RS)" }, lang, {
            fr: "une certification RNCP",
            en: "an RNCP certification",
          }),
          qr({ fr: "Langues", en: "Languages" }, lang, { fr: "formation en langues", en: "language course" }),
          qr({ fr: "Apprentissage", en: "Apprenticeship" }, lang, {
            fr: "un contrat d'apprentissage",
            en: "an apprenticeship",
          }),
          qr({ fr: "Contrat de professionnalisation", en: "Professionalisation contract" }, lang, {
            fr: "un contrat de professionnalisation",
            en: "a professionalisation contract",
          }),
          qr({ fr: "Reconversion", en: "Career change" }, lang, { fr: "une reconversion", en: "a career change" }),
          qr({ fr: "VAE", en: "VAE (prior learning)" }, lang, { fr: "une VAE", en: "a VAE" }),
          qr({ fr: "Bilan de compétences", en: "Skills assessment" }, lang, {
            fr: "un bilan de compétences",
            en: "a skills assessment",
          }),
        ],
      };
    case "startDate":
      return {
        text: fr
          ? "**Quand la formation doit-elle commencer ?** (ex. « en mars », « le 15/03/2027 »)"
          : '**When should the training start?** (e.g. "in March", "2027-03-15")',
        quickReplies: [
          qr({ fr: "Le mois prochain", en: "Next month" }, lang),
          qr({ fr: "Dans 3 mois", en: "In 3 months" }, lang),
          qr({ fr: "Pas encore fixé", en: "Not set yet" }, lang, DONT_KNOW),
        ],
      };
    case "provider":
      return {
        text: fr
          ? `**Quel organisme de formation${role === "provider" ? " êtes-vous" : ""} ?** Son nom, son SIRET ou son numéro de déclaration d'activité (NDA), pour vérifier Qualiopi.`
          : `**Which training provider${role === "provider" ? " are you" : ""}?** Its name, SIRET or activity declaration number (NDA), to check Qualiopi.`,
        quickReplies: [qr({ fr: "Pas encore choisi", en: "Not chosen yet" }, lang, DONT_KNOW)],
      };
  }
}

/** What to do when the user does not know the answer to `slot`. */
export const ADVICE: Record<Slot, Text> = {
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
