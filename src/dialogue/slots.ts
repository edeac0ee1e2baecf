import type { Role } from "../core/ids";
import { type DialogueState, SLOTS, type Slot } from "./state";

/** The slots a role must fill before the review, in asking order. */
export function requiredSlots(role: Role | undefined): Slot[] {
  switch (role) {
    case "job_seeker":
      return ["role", "goal", "startDate", "provider"];
    case "self_employed":
    case "public_agent":
      return ["role", "company", "goal", "startDate", "provider"];
    default:
      return [...SLOTS];
  }
}

export function isFilled(slot: Slot, { profile }: DialogueState): boolean {
  const company = profile.company ?? {};
  switch (slot) {
    case "role":
      return profile.role !== undefined;
    case "company":
      return Boolean(
        company.idcc || company.siret || company.siren || company.naf || company.description || company.activity,
      );
    case "headcount":
      return profile.headcount !== undefined;
    case "goal":
      return profile.training?.goal !== undefined;
    case "startDate":
      return profile.training?.startDate !== undefined;
    case "provider":
      return Boolean(profile.provider?.name || profile.provider?.siret || profile.provider?.nda);
  }
}

/** The first required slot neither filled nor skipped, or undefined when all are settled. */
export function nextSlot(state: DialogueState): Slot | undefined {
  return requiredSlots(state.profile.role).find((slot) => !isFilled(slot, state) && !state.skipped.includes(slot));
}

/** Forgets a slot's value (for "back"), and what was derived from it. */
export function clearSlot(state: DialogueState, slot: Slot): void {
  const { profile } = state;
  state.skipped = state.skipped.filter((s) => s !== slot);
  switch (slot) {
    case "role":
      delete profile.role;
      break;
    case "company":
      delete profile.company;
      delete state.results.opco;
      break;
    case "headcount":
      delete profile.headcount;
      break;
    case "goal":
      if (profile.training) delete profile.training.goal;
      break;
    case "startDate":
      if (profile.training) delete profile.training.startDate;
      break;
    case "provider":
      delete profile.provider;
      delete state.results.qualiopi;
      break;
  }
}
