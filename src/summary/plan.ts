import type { Role, SchemeId } from "../core/ids";
import type { Lang } from "../core/lang";
import { STEPS, WHO, type Who } from "./copy";

export interface PlanStep {
  action: string;
  who: string;
  when?: string;
}

/** Who files the request for a scheme, given the user's role. */
function applicant(role: Role | undefined, scheme: SchemeId): Who {
  const personal: SchemeId[] = ["cpf", "projet-transition-professionnelle", "vae", "bilan-competences"];
  if (personal.includes(scheme)) return "you";
  return role === "employer" || role === "employee" || role === "provider" ? "employer" : "you";
}

const CERFA: Partial<Record<SchemeId, string>> = {
  "contrat-apprentissage": "CERFA FA13 n° 10103",
  "contrat-professionnalisation": "CERFA EJ20 n° 12434",
};

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
  const funder = funderName ?? STEPS.funderUnknown[lang];
  const who = (key: Who) => WHO[key][lang];
  const filer = who(applicant(role, scheme ?? "plan-developpement-competences"));
  const steps: PlanStep[] = [
    { action: STEPS.confirmFunder(funder)[lang], who: filer },
    { action: STEPS.chooseProvider[lang], who: filer },
    { action: STEPS.quote[lang], who: who("provider") },
  ];
  const cerfa = scheme ? CERFA[scheme] : undefined;
  if (cerfa) {
    const when =
      scheme === "contrat-apprentissage" ? STEPS.apprenticeshipContractWhen : STEPS.professionalisationContractWhen;
    steps.push(
      { action: STEPS.signContract(cerfa)[lang], who: who("employer") },
      { action: STEPS.sendContract(funder)[lang], who: who("employer"), when: when[lang] },
    );
  } else if (scheme === "periode-reconversion") {
    steps.push({
      action: STEPS.reconversionRequest(funder)[lang],
      who: who("employer"),
      when: STEPS.reconversionWhen[lang],
    });
  } else {
    steps.push({ action: STEPS.fundingRequest(funder)[lang], who: filer, when: STEPS.beforeStart[lang] });
  }
  const throughEmployer = role === "employer" || role === "employee" || role === "provider";
  steps.push(
    {
      action: STEPS.waitForDecision[lang],
      who: who("funder"),
      ...(scheme === "periode-reconversion" ? { when: STEPS.answerWithin20Days[lang] } : {}),
    },
    { action: STEPS.attend[lang], who: who("trainee") },
    { action: STEPS.sendProofs[lang], who: who("provider"), when: STEPS.atTheEnd[lang] },
    {
      action: (throughEmployer ? STEPS.paymentToProviderOrEmployer : STEPS.paymentToProvider)[lang],
      who: who("funder"),
    },
  );
  return steps;
}
