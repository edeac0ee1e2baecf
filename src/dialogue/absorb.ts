import { parseActivity } from "./parse/activity";
import { parseHeadcount } from "./parse/headcount";
import { parseRole } from "./parse/role";
import { parseGoal, parseHours, parseStartDate } from "./parse/training";
import type { DialogueDeps, FoundIdentifiers } from "./ports";
import type { DialogueState, Slot } from "./state";

const TRAINING_WORDS = /\b(formation|former|training|course|cours|stage|module|session|atelier|workshop)\b/i;

export interface Absorbed {
  /** Slots whose value this message set or changed. */
  changed: Set<Slot>;
  /** The company's identity changed: find the OPCO again. */
  companyChanged: boolean;
  /** The provider's identity changed: check Qualiopi again. */
  providerChanged: boolean;
  invalid: FoundIdentifiers["invalid"];
}

/**
 * Reads every fact the message carries and writes it into the profile, whatever the current step:
 * "je dirige une PME de 12 salariés, IDCC 1486, formation d'anglais en mars" fills four slots at once,
 * and "en fait nous sommes 60" corrects the headcount. Identifiers go to the provider when the
 * provider question is the one being answered, to the company otherwise.
 */
export function absorb(
  state: DialogueState,
  text: string,
  current: Slot | undefined,
  deps: Pick<DialogueDeps, "extractIdentifiers" | "sectorOf" | "now">,
): Absorbed {
  const out: Absorbed = { changed: new Set(), companyChanged: false, providerChanged: false, invalid: [] };
  const { profile } = state;
  const set = <T>(slot: Slot, before: T, after: T | undefined, write: (value: T) => void) => {
    if (after === undefined || after === before) return;
    write(after);
    out.changed.add(slot);
    state.skipped = state.skipped.filter((s) => s !== slot);
  };

  set("role", profile.role, parseRole(text), (role) => (profile.role = role));

  const ids = deps.extractIdentifiers(text, state.lang);
  out.invalid = ids.invalid;
  // "OF" (organisme de formation) only in capitals: in English "of" is everywhere.
  const forProvider =
    current === "provider" || /\b(organisme|provider|formateur|centre de formation)/i.test(text) || /\bOF\b/.test(text);
  if (forProvider && (ids.siret || ids.nda)) {
    profile.provider ??= {};
    const provider = profile.provider;
    if (ids.siret && ids.siret !== provider.siret) provider.siret = ids.siret;
    if (ids.nda && ids.nda !== provider.nda) provider.nda = ids.nda;
    out.providerChanged = true;
    out.changed.add("provider");
  }
  const companyIds = {
    idcc: ids.idcc,
    naf: ids.naf,
    siret: forProvider ? undefined : ids.siret,
    siren: forProvider ? undefined : ids.siren,
  };
  for (const key of ["idcc", "naf", "siret", "siren"] as const) {
    const value = companyIds[key];
    if (value && value !== profile.company?.[key]) {
      profile.company = { ...profile.company, [key]: value };
      out.companyChanged = true;
      out.changed.add("company");
    }
  }
  // "I run a small bakery": the sector stands for the company until an identifier comes.
  const company = profile.company ?? {};
  const identified = company.idcc || company.siret || company.siren || company.naf || company.description;
  if (!identified && !forProvider && (profile.role === "employer" || profile.role === "employee")) {
    const sector = deps.sectorOf(text);
    if (sector) {
      profile.company = { ...company, description: sector };
      out.companyChanged = true;
      out.changed.add("company");
    }
  }
  if (profile.role === "self_employed" || profile.role === "public_agent") {
    const activity = parseActivity(text, profile.role);
    if (activity && activity !== profile.company?.activity) {
      profile.company = { ...profile.company, activity };
      out.companyChanged = true;
      out.changed.add("company");
    }
  }
  if (out.changed.has("company")) state.skipped = state.skipped.filter((s) => s !== "company");
  if (!forProvider && ids.nda) out.changed.add("provider");

  set("headcount", profile.headcount, parseHeadcount(text, current === "headcount"), (n) => (profile.headcount = n));
  const training = () => (profile.training ??= {});
  set("goal", profile.training?.goal, parseGoal(text), (goal) => (training().goal = goal));
  set(
    "startDate",
    profile.training?.startDate,
    parseStartDate(text, deps.now()),
    (date) => (training().startDate = date),
  );
  const hours = parseHours(text);
  if (hours !== undefined && hours !== profile.training?.hours) training().hours = hours;
  // "food hygiene training, 14 hours, in January": a training described without a known goal
  // while its goal is asked is skills development, named by the user's words.
  if (current === "goal" && !profile.training?.goal && TRAINING_WORDS.test(text)) {
    training().goal = "adaptation";
    training().title = text.trim().slice(0, 200);
    out.changed.add("goal");
  }
  return out;
}

/** Free text that answers the current question when no parser recognised it. */
export function absorbFreeText(state: DialogueState, text: string, slot: Slot): Absorbed | undefined {
  const out: Absorbed = { changed: new Set([slot]), companyChanged: false, providerChanged: false, invalid: [] };
  const value = text.trim().slice(0, 200);
  // One letter or a lone symbol is not a name, an activity or a training.
  if (!/\p{L}.*\p{L}/su.test(value)) return undefined;
  const { profile } = state;
  switch (slot) {
    case "company":
      if (profile.role === "self_employed" || profile.role === "public_agent") profile.company = { activity: value };
      else profile.company = { description: value };
      out.companyChanged = true;
      return out;
    case "goal":
      // A training named without a recognisable goal ("formation Excel avancé") is skills development.
      profile.training = { ...profile.training, title: value, goal: "adaptation" };
      return out;
    case "provider":
      profile.provider = { name: value };
      out.providerChanged = true;
      return out;
    default:
      return undefined;
  }
}
