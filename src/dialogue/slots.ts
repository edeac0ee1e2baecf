import type { Step } from "../core/chat";
import type { Role } from "../core/ids";
import type { Bilingual } from "../core/lang";
import { ADVICE, MISSING } from "./copy";
import type { DialogueState, Slot } from "./state";

/**
 * The facts the dialogue asks for, described once: the step of the contract it belongs to, who
 * must give it, when it counts as known, how to forget it ("back"), how the plan names it when it
 * is missing, and what to do without it. The question's wording is in `questions.ts`, the reading of
 * an answer in `interpret.ts`.
 */
export interface SlotSpec {
  step: Step;
  /** Whether a user of this role must give it before the review. */
  required(role: Role | undefined): boolean;
  known(state: DialogueState): boolean;
  /** Forgets the value, and what was derived from it. */
  clear(state: DialogueState): void;
  /** How the plan names it when it is missing. */
  missing: Bilingual;
  /** Where to find it, or what to do without it. */
  advice: Bilingual;
}

const always = () => true;
const withCompany = (role: Role | undefined) => role !== "job_seeker";
const withEmployer = (role: Role | undefined) =>
  role !== "job_seeker" && role !== "self_employed" && role !== "public_agent";

/** The slots in asking order. */
export const SLOT_TABLE: Record<Slot, SlotSpec> = {
  role: {
    step: "profile",
    required: always,
    known: ({ profile }) => profile.role !== undefined,
    clear: ({ profile }) => {
      delete profile.role;
    },
    missing: MISSING.role,
    advice: ADVICE.role,
  },
  company: {
    step: "company",
    required: withCompany,
    known: ({ profile }) => {
      const c = profile.company ?? {};
      return Boolean(c.idcc || c.siret || c.siren || c.naf || c.description || c.activity);
    },
    clear: (state) => {
      delete state.profile.company;
      delete state.results.opco;
    },
    missing: MISSING.company,
    advice: ADVICE.company,
  },
  headcount: {
    step: "headcount",
    required: withEmployer,
    known: ({ profile }) => profile.headcount !== undefined,
    clear: ({ profile }) => {
      delete profile.headcount;
    },
    missing: MISSING.headcount,
    advice: ADVICE.headcount,
  },
  goal: {
    step: "training",
    required: always,
    known: ({ profile }) => profile.training?.goal !== undefined,
    clear: ({ profile }) => {
      if (profile.training) {
        delete profile.training.goal;
        delete profile.training.title;
      }
    },
    missing: MISSING.goal,
    advice: ADVICE.goal,
  },
  startDate: {
    step: "training",
    required: always,
    known: ({ profile }) => profile.training?.startDate !== undefined,
    clear: ({ profile }) => {
      if (profile.training) delete profile.training.startDate;
    },
    missing: MISSING.startDate,
    advice: ADVICE.startDate,
  },
  provider: {
    step: "provider",
    required: always,
    known: ({ profile }) => Boolean(profile.provider?.name || profile.provider?.siret || profile.provider?.nda),
    clear: (state) => {
      delete state.profile.provider;
      delete state.results.qualiopi;
    },
    missing: MISSING.provider,
    advice: ADVICE.provider,
  },
};

export const SLOT_ORDER = Object.keys(SLOT_TABLE) as Slot[];

/** The slots a role must fill before the review, in asking order. */
export const requiredSlots = (role: Role | undefined): Slot[] => SLOT_ORDER.filter((s) => SLOT_TABLE[s].required(role));

export const isFilled = (slot: Slot, state: DialogueState): boolean => SLOT_TABLE[slot].known(state);

/** The first required slot neither filled nor skipped, or undefined when all are settled. */
export const nextSlot = (state: DialogueState): Slot | undefined =>
  requiredSlots(state.profile.role).find((slot) => !isFilled(slot, state) && !state.skipped.includes(slot));

/** Forgets a slot's value (for "back"), and what was derived from it. */
export function clearSlot(state: DialogueState, slot: Slot): void {
  state.skipped = state.skipped.filter((s) => s !== slot);
  SLOT_TABLE[slot].clear(state);
}
