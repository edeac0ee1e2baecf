import type { Role, SchemeId } from "../core/ids";
import type { Lang } from "../core/lang";

type Text = Record<Lang, string>;
export interface PlanStep {
  action: string;
  who: string;
  when?: string;
}

const WHO: Record<string, Text> = {
  employer: { fr: "Employeur", en: "Employer" },
  employee: { fr: "Salarié", en: "Employee" },
  you: { fr: "Vous", en: "You" },
  provider: { fr: "Organisme de formation", en: "Training provider" },
  funder: { fr: "Financeur", en: "Funder" },
  trainee: { fr: "Stagiaire et organisme", en: "Trainee and provider" },
};

/** Who files the request for a scheme, given the user's role. */
function applicant(role: Role | undefined, scheme: SchemeId): string {
  if (
    scheme === "cpf" ||
    scheme === "projet-transition-professionnelle" ||
    scheme === "vae" ||
    scheme === "bilan-competences"
  )
    return "you";
  if (role === "employer" || role === "employee" || role === "provider") return "employer";
  return "you";
}

/**
 * The ordered steps of the plan, from identifying the funder to the payment, adapted to the main
 * scheme (contracts have their own CERFA and deadlines) and to who files the request.
 */
export function planSteps(
  role: Role | undefined,
  scheme: SchemeId | undefined,
  funderName: string | undefined,
  lang: Lang,
): PlanStep[] {
  const fr = lang === "fr";
  const funder = funderName ?? (fr ? "à déterminer" : "to be confirmed");
  const who = (key: string) => (WHO[key] ?? WHO.you!)[lang];
  const filer = who(applicant(role, scheme ?? "plan-developpement-competences"));
  const steps: PlanStep[] = [
    { action: fr ? `Confirmer le financeur : ${funder}` : `Confirm the funder: ${funder}`, who: filer },
    {
      action: fr
        ? "Choisir un organisme certifié Qualiopi (catégorie adaptée à l'action)"
        : "Choose a Qualiopi-certified provider (in the right category)",
      who: filer,
    },
    {
      action: fr
        ? "Obtenir le devis et le programme (objectifs, durée, modalités, évaluation)"
        : "Get the quote and the programme (objectives, length, methods, assessment)",
      who: who("provider"),
    },
  ];
  if (scheme === "contrat-apprentissage" || scheme === "contrat-professionnalisation") {
    const cerfa = scheme === "contrat-apprentissage" ? "CERFA FA13 n° 10103" : "CERFA EJ20 n° 12434";
    steps.push(
      {
        action: fr
          ? `Signer le contrat (${cerfa}) et la convention de formation`
          : `Sign the contract (${cerfa}) and the training agreement`,
        who: who("employer"),
      },
      {
        action: fr ? `Transmettre le contrat au financeur (${funder})` : `Send the contract to the funder (${funder})`,
        who: who("employer"),
        when:
          scheme === "contrat-apprentissage"
            ? fr
              ? "dans les 5 jours ouvrables suivant le début du contrat"
              : "within 5 working days of the contract's start"
            : fr
              ? "au plus tard 5 jours après sa signature"
              : "within 5 days of its signature",
      },
    );
  } else if (scheme === "periode-reconversion") {
    steps.push({
      action: fr
        ? `Signer l'accord écrit employeur-salarié et déposer la demande (financeur : ${funder})`
        : `Sign the written employer-employee agreement and file the request (funder: ${funder})`,
      who: who("employer"),
      when: fr ? "30 jours avant le début" : "30 days before the start",
    });
  } else {
    steps.push({
      action: fr
        ? `Déposer la demande de prise en charge sur le service en ligne du financeur (${funder})`
        : `File the funding request on the funder's online service (${funder})`,
      who: filer,
      when: fr ? "avant le début de la formation" : "before the training starts",
    });
  }
  steps.push(
    {
      action: fr
        ? "Attendre l'accord de prise en charge avant de commencer"
        : "Wait for the funding decision before starting",
      who: who("funder"),
      ...(scheme === "periode-reconversion" ? { when: fr ? "réponse sous 20 jours" : "answer within 20 days" } : {}),
    },
    {
      action: fr
        ? "Suivre la formation et signer les feuilles d'émargement"
        : "Attend the training and sign the attendance sheets",
      who: who("trainee"),
    },
    {
      action: fr
        ? "Envoyer les justificatifs : attestation d'assiduité ou de fin de formation, émargements, facture"
        : "Send the proofs: certificate of attendance or completion, attendance sheets, invoice",
      who: who("provider"),
      when: fr ? "à la fin de la formation" : "when the training ends",
    },
    {
      action:
        role === "employer" || role === "employee" || role === "provider"
          ? fr
            ? "Paiement direct à l'organisme (subrogation) ou remboursement de l'employeur"
            : "Payment straight to the provider (subrogation) or refund to the employer"
          : fr
            ? "Paiement de l'organisme par le financeur"
            : "The funder pays the provider",
      who: who("funder"),
    },
  );
  return steps;
}
