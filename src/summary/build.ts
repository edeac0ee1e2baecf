import type { Course } from "../core/catalogue";
import type { Centre } from "../core/centre";
import type { Role } from "../core/ids";
import { type Lang, labelled } from "../core/lang";
import type { Profile } from "../core/profile";
import type { Citation } from "../core/reply";
import type { FundingRoute, NextStepsSummary } from "../core/summary";
import type { ToolOutput, ToolSet } from "../tools/catalogue";
import type { DocumentList } from "../tools/list-documents/schema";
import { aidsFor } from "./aids";
import { BASIS, LABELS, STEPS } from "./copy";
import { coursesForPlan } from "./courses";
import { deadlinesFor } from "./deadlines";
import { mainRoute } from "./main-route";
import { neutraliseHtml, renderMarkdown } from "./markdown";
import { planSteps } from "./plan";

/**
 * What the plan follows: the main route's scheme, except for a public agent (the administration's
 * own procedure) and a self-employed person training themselves (their FAF).
 */
export function planPath(role: Role | undefined, route: FundingRoute | undefined): DocumentList | undefined {
  if (role === "public_agent") return "administration";
  const ownTraining = !route || !["contrat-apprentissage", "vae", "bilan-competences"].includes(route.scheme);
  if (role === "self_employed" && ownTraining) return "faf";
  return route?.scheme;
}

/** Whose documents the plan lists: a provider sees the whole file; a self-employed person hiring acts as an employer. */
function documentRole(role: Role | undefined, path: DocumentList | undefined): Role | undefined {
  if (role === "provider") return undefined;
  if (role === "self_employed" && path === "contrat-apprentissage") return "employer";
  return role;
}

type OpcoResult = ToolOutput<"findOpco">;

/** What the OPCO answer rests on, in words: "IDCC 1486 (Bureaux d'études techniques...)", "code NAF 56.10A", ... */
function basisText(r: OpcoResult, lang: Lang): string {
  if (r.basis === "idcc" && r.idcc) return `IDCC ${r.idcc.code}${r.idcc.label ? ` (${r.idcc.label})` : ""}`;
  if (r.basis === "naf" && r.naf) return `${BASIS.naf[lang]} ${r.naf.code} (${r.naf.label})`;
  if ((r.basis === "siret" || r.basis === "siren") && r.company)
    return labelled(r.basis.toUpperCase(), r.company.name, lang);
  if (r.basis === "query") return BASIS.query[lang];
  return r.basis;
}

const FUNDER_CARDS: Partial<Record<string, string>> = {
  self_employed: "independants-faf",
  public_agent: "agents-publics-formation",
  job_seeker: "demandeurs-emploi-formation",
};

/** What the summary is built from: the profile, the tools' last outputs, and what the dialogue still misses. */
export interface SummaryInput {
  lang: Lang;
  profile: Profile;
  opco?: OpcoResult | undefined;
  qualiopi?: ToolOutput<"checkQualiopi"> | undefined;
  /** Facts still missing, each with where to find it, in the summary's language. */
  missing: string[];
  /** Every fact the dialogue asks for is known or skipped: the plan is no longer a draft. */
  complete: boolean;
}

export interface SummaryDeps {
  tools: Pick<ToolSet, "fundingRoutes" | "listDocuments">;
  /** A card to cite, when it exists. */
  card(id: string, lang: Lang): Citation | undefined;
  /** The clock: the plan says the day it was made. */
  now?(): Date;
  /** The training centre that runs the assistant: its name and contact are printed on the plan. */
  centre?: Centre;
  /** The centre's courses: those the project names are listed with the route that fits each. */
  courses?: readonly Course[];
}

/**
 * The next-steps summary, built only from the profile and the tools' outputs; partial when facts
 * are missing (they are listed in `unknowns` with where to find them).
 */
export async function buildSummary(input: SummaryInput, deps: SummaryDeps): Promise<NextStepsSummary> {
  const { lang, profile, opco: opcoResult, qualiopi } = input;
  const L = LABELS[lang];
  const training = profile.training ?? {};
  const hiring = training.hiring ?? false;
  const funding = profile.role
    ? await deps.tools.fundingRoutes({
        status: profile.role,
        headcount: profile.headcount,
        goal: training.goal,
        hiring,
        lang,
      })
    : undefined;
  const routes = funding?.routes ?? [];
  const route = mainRoute(routes, training.goal, profile.role, hiring, training.scheme);
  const path = planPath(profile.role, route);
  const docRole = documentRole(profile.role, path);
  const documents = path
    ? (await deps.tools.listDocuments({ scheme: path, phase: "all", lang, ...(docRole ? { role: docRole } : {}) }))
        .documents
    : [];

  const opco =
    opcoResult?.status === "found" && opcoResult.opco
      ? {
          id: opcoResult.opco.id,
          name: opcoResult.opco.name,
          confidence: opcoResult.confidence,
          basis: basisText(opcoResult, lang),
          website: opcoResult.opco.website,
        }
      : null;
  // Where no OPCO applies, findOpco's explanation says who funds instead (the FAF, CNFPT/ANFH, France Travail);
  // a self-employed person hiring an apprentice goes through the OPCO of the branch.
  const hiresThroughOpco = profile.role === "self_employed" && path === "contrat-apprentissage";
  const funder = opco
    ? undefined
    : opcoResult?.status === "not_applicable" && !hiresThroughOpco
      ? opcoResult.explanation
      : route?.funder;
  const alternative = opcoResult?.status === "not_applicable" ? opcoResult.alternative?.funders[0] : undefined;
  const payer =
    path === "faf" || path === "administration" ? (alternative ?? route?.funder) : funderName(route, opco?.name);

  const unknowns = [...input.missing];
  const unsure = opcoResult?.status === "found" && opcoResult.confidence !== "certain";
  if (opcoResult?.status === "ambiguous" || unsure) unknowns.push(L.opcoToConfirm);
  if (qualiopi && qualiopi.status !== "certified") unknowns.push(L.qualiopiToCheck);

  const throughCompany = ["employer", "employee", "provider"].includes(profile.role ?? "") || hiresThroughOpco;
  const cardIds = [
    route?.scheme,
    path === "contrat-apprentissage" && (profile.role === "employer" || profile.role === "self_employed")
      ? "aide-embauche-apprenti-2026"
      : undefined,
    opco?.id,
    profile.role ? FUNDER_CARDS[profile.role] : undefined,
    profile.role === "job_seeker" ? "aif-france-travail" : undefined,
    opco || !throughCompany ? undefined : "trouver-son-opco",
    throughCompany ? "demande-prise-en-charge-etapes" : undefined,
    "qualiopi-obligatoire",
  ].filter((id): id is string => Boolean(id));
  const citations = [...new Set(cardIds)].map((id) => deps.card(id, lang)).filter((c): c is Citation => Boolean(c));

  const deadlines = deadlinesFor(path, training.startDate, lang, profile.role);
  const hiresApprentice =
    profile.role === "employer" || profile.role === "self_employed" || profile.role === "provider";
  const centre = deps.centre;
  const today = (deps.now?.() ?? new Date()).toISOString().slice(0, 10);
  const courses = coursesForPlan(deps.courses ?? [], {
    lang,
    profile,
    routes,
    today,
    funderOf: (r) => funderName(r, opco?.name) ?? r.funder,
  });
  const summary: NextStepsSummary = {
    lang,
    profile,
    createdAt: today,
    ...(centre ? { centre: { name: centre.name, ...(contactOf(centre) ? { contact: contactOf(centre) } : {}) } } : {}),
    opco,
    ...(funder ? { funder } : {}),
    routes,
    // Who funds outside the schemes: a self-employed person's FAF, a public agent's CNFPT or ANFH.
    otherFunders: path === "faf" || path === "administration" ? (funding?.otherFunders ?? []) : [],
    ...(qualiopi ? { qualiopi: { ...qualiopi } } : {}),
    // `who` in words: the plan is read by people.
    documents: documents.map(({ whoLabel, ...doc }) => ({ ...doc, who: whoLabel })),
    steps: planSteps(path, {
      role: profile.role,
      funder: payer ?? STEPS.funderUnknown[lang],
      deadlines,
      lang,
      today,
      provider:
        profile.provider || qualiopi
          ? { name: profile.provider?.name, certified: qualiopi?.status === "certified" }
          : undefined,
    }).map((step, i) => ({ order: i + 1, ...step })),
    deadlines: deadlines.map((d) => ({ ...d })),
    aids: hiresApprentice ? aidsFor(path, profile.headcount, lang, training.startDate) : [],
    ...(courses.length ? { courses } : {}),
    unknowns,
    citations,
    text: "",
  };
  summary.text = neutraliseHtml(renderMarkdown(summary, { complete: input.complete }));
  return summary;
}

/** The centre's contact on one line, when it is configured. */
function contactOf(centre: Centre): string | undefined {
  const c = centre.contact;
  const parts = [c?.email, c?.phone, c?.url ?? centre.site].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(" · ") : undefined;
}

/** Who funds the main route, naming the OPCO when the route is the company's OPCO and it is known. */
function funderName(route: FundingRoute | undefined, opcoName: string | undefined): string | undefined {
  if (!route) return opcoName;
  return opcoName && /\bOPCO\b/.test(route.funder) && !/CPF|Caisse|Transitions|France Travail/.test(route.funder)
    ? opcoName
    : route.funder;
}
