import type { Role } from "../core/ids";
import type { Lang } from "../core/lang";
import type { DocumentList } from "../tools/list-documents/schema";
import { DEADLINES, type DeadlineKey, STEPS, WHO, type Who } from "./copy";
import type { Deadline } from "./deadlines";
import { dueOf } from "./recap";

export interface PlanStep {
  action: string;
  who: string;
  when?: string;
}

/** What a plan's steps read: who the user is, who funds, and the plan's deadlines (to date the steps). */
export interface StepContext {
  role: Role | undefined;
  funder: string;
  deadlines: readonly Deadline[];
  lang: Lang;
  /** The day the plan is made (`YYYY-MM-DD`): a deadline before it is said to be past. */
  today?: string;
  /** The provider when known: its name, and whether its Qualiopi certification is confirmed. */
  provider?: { name?: string | undefined; certified: boolean } | undefined;
}

type Text = { fr: string; en: string } | ((funder: string) => { fr: string; en: string });
/** One step as a path writes it: what, who (the user's own steps are "filer"), and the deadline it must meet. */
interface StepSpec {
  text: Text;
  who: Who | "filer";
  due?: DeadlineKey;
  /** Only for these roles (the absence requests only exist for an employee). */
  roles?: readonly Role[];
}

const EMPLOYED: readonly Role[] = ["employee", "employer", "provider"];
const decision: StepSpec = { text: STEPS.waitForDecision, who: "funder" };
const request = (due: DeadlineKey = "fundingRequest"): StepSpec => ({ text: STEPS.fundingRequest, who: "filer", due });
const sign = (cerfa: string): StepSpec => ({ text: () => STEPS.signContract(cerfa), who: "employer" });

/**
 * The middle of each plan: how the request is made and decided, in the order it happens. The
 * apprenticeship never waits for the OPCO before starting (the contract goes up to 5 working days
 * after the start); the période de reconversion and the requests made before the start do.
 */
const PATHS: Record<DocumentList, StepSpec[]> = {
  "contrat-apprentissage": [
    sign("CERFA FA13 n° 10103"),
    { text: STEPS.sendApprenticeship, who: "employer", due: "apprenticeshipContract" },
    { text: STEPS.apprenticeshipDecision, who: "funder" },
  ],
  "contrat-professionnalisation": [
    sign("CERFA EJ20 n° 12434"),
    { text: STEPS.sendProfessionalisation, who: "employer", due: "professionalisationContract" },
    { text: STEPS.professionalisationDecision, who: "funder" },
    { text: STEPS.reportEarlyEnd, who: "employer" },
  ],
  "periode-reconversion": [
    { text: STEPS.reconversionRequest, who: "employer", due: "reconversionFile" },
    { ...decision, due: "reconversionAnswer" },
  ],
  cpf: [
    { text: STEPS.cpfLeave, who: "filer", due: "cpfLeaveShort", roles: EMPLOYED },
    { text: STEPS.bookCpf, who: "filer", due: "cpfCancellation" },
    { text: STEPS.cpfTopUp, who: "filer", roles: ["job_seeker"] },
  ],
  "projet-transition-professionnelle": [
    { text: STEPS.ptpLeave, who: "filer", due: "ptpLeaveShort" },
    { text: STEPS.ptpFile, who: "filer" },
    decision,
  ],
  vae: [
    { text: STEPS.vaeAdmissibility, who: "filer" },
    { text: STEPS.vaeLeave, who: "filer", due: "vaeLeave", roles: EMPLOYED },
    request(),
    decision,
  ],
  poe: [
    { text: STEPS.poeOffer, who: "employer" },
    { ...decision, due: "agreementBeforeStart" },
  ],
  aif: [
    { text: STEPS.aifProject, who: "filer" },
    { text: STEPS.aifQuote, who: "provider" },
    { ...decision, due: "agreementBeforeStart" },
  ],
  "programme-regional": [{ text: STEPS.regionFind, who: "filer" }],
  faf: [{ text: STEPS.fafCriteria, who: "filer" }, request(), decision, { text: STEPS.fafCpf, who: "filer" }],
  administration: [{ text: STEPS.askAdministration, who: "filer", due: "fundingRequest" }, decision],
  "plan-developpement-competences": [request(), decision],
  "action-collective": [request(), decision],
  "bilan-competences": [request(), decision],
};

/** The end of each plan: who pays whom. */
const PAYMENT: Partial<Record<DocumentList, Text>> = {
  "contrat-apprentissage": STEPS.paymentToCfa,
  faf: STEPS.refundToYou,
  "projet-transition-professionnelle": STEPS.paymentPtp,
  cpf: STEPS.paymentToProvider,
  aif: STEPS.paymentToProvider,
  poe: STEPS.paymentToProvider,
  "programme-regional": STEPS.paymentToProvider,
  administration: STEPS.paymentToProvider,
};

/** Who files the request for a plan, given the user's role. */
function filer(role: Role | undefined, path: DocumentList): Who {
  const personal: DocumentList[] = [
    "cpf",
    "projet-transition-professionnelle",
    "vae",
    "bilan-competences",
    "aif",
    "programme-regional",
    "faf",
    "administration",
  ];
  if (personal.includes(path)) return role === "employer" ? "employee" : "you";
  return role === "employer" || role === "employee" || role === "provider" ? "employer" : "you";
}

/** When a step must happen: the dated deadline ("au plus tard le 7 septembre 2027"), else its rule. */
function whenOf(key: DeadlineKey, context: StepContext): string {
  const { deadlines, lang, today } = context;
  const label = DEADLINES[key].label[lang];
  const deadline = deadlines.find((d) => d.label === label);
  const due = deadline ? dueOf(deadline, lang, today) : "";
  if (due) return due;
  const rule = DEADLINES[key].rule[lang].replace(/\.$/, "");
  return rule.charAt(0).toLowerCase() + rule.slice(1);
}

/**
 * The provider's step: choose a certified one while none is named; check the one named (nothing
 * to do once its certification is confirmed); a provider asking for a client checks its own.
 */
function providerSteps({ role, provider }: StepContext): StepSpec[] {
  if (role === "provider") return [{ text: STEPS.ownQualiopi, who: "provider" }];
  if (provider?.certified) return [];
  if (provider?.name) return [{ text: STEPS.checkProvider(provider.name), who: "filer" }];
  return [{ text: STEPS.chooseProvider, who: "filer" }];
}

/**
 * The ordered steps of a plan, from confirming the funder to the payment: the path's own way of
 * asking (a contract, a booking, a leave request, a file), each step dated by the deadline it must
 * meet, so that no step contradicts a deadline; then the training, its proofs and the payment.
 */
export function planSteps(path: DocumentList | undefined, context: StepContext): PlanStep[] {
  const { role, funder, lang } = context;
  const kind = path ?? "plan-developpement-competences";
  const who = (key: Who | "filer") => WHO[key === "filer" ? filer(role, kind) : key][lang];
  const text = (t: Text) => (typeof t === "function" ? t(funder) : t)[lang];
  const step = ({ text: t, who: w, due }: StepSpec): PlanStep => ({
    action: text(t),
    who: who(w),
    ...(due ? { when: whenOf(due, context) } : {}),
  });
  const throughEmployer = role === "employer" || role === "employee" || role === "provider";
  const payment = PAYMENT[kind] ?? (throughEmployer ? STEPS.paymentToProviderOrEmployer : STEPS.paymentToProvider);
  return [
    step({ text: STEPS.confirmFunder, who: "filer" }),
    ...providerSteps(context).map(step),
    step({ text: STEPS.quote, who: "provider" }),
    ...PATHS[kind].filter((s) => !s.roles || !role || s.roles.includes(role)).map(step),
    step({ text: STEPS.attend, who: "trainee" }),
    step({ text: STEPS.sendProofs, who: "provider" }),
    ...(kind === "poe" ? [step({ text: STEPS.poeHire, who: "employer" })] : []),
    step({ text: payment, who: "funder" }),
  ];
}
