import type { Step } from "../core/chat";
import { ROLES, type Role } from "../core/ids";
import type { Bilingual, Lang } from "../core/lang";
import type { Profile } from "../core/profile";
import type { QuickReply } from "../core/reply";
import { ADVICE, MISSING, QUESTIONS, type QuickReplyCopy, ROLE_LABELS } from "./copy";
import type { DialogueState, Slot } from "./state";

export interface Question {
  text: string;
  quickReplies: QuickReply[];
}

/** Quick replies in one language: each label, and the text it sends. */
export const quickReplies = (replies: readonly QuickReplyCopy[], lang: Lang): QuickReply[] =>
  replies.map(({ label, value }) => ({ label: label[lang], value: (value ?? label)[lang] }));

const ask = (text: Bilingual, replies: readonly QuickReplyCopy[], lang: Lang): Question => ({
  text: text[lang],
  quickReplies: quickReplies(replies, lang),
});
const ROLE_REPLIES: QuickReplyCopy[] = ROLES.map((role) => ({ label: ROLE_LABELS[role] }));
const SELF_OR_PUBLIC: readonly (Role | undefined)[] = ["self_employed", "public_agent"];

/** What a free-text answer to a slot's question changed, when no parser read anything in it. */
export interface FreeTextChange {
  companyChanged?: boolean;
  providerChanged?: boolean;
}

/**
 * The facts the dialogue asks for, described once: the step of the contract it belongs to, who
 * must give it, the question that asks it (worded for the role), how a free-text answer fills it,
 * when it counts as known, how to forget it ("back"), how the plan names it when it is missing,
 * and what to do without it. The facts a message states are read by `interpret.ts`.
 */
export interface SlotSpec {
  step: Step;
  question(role: Role | undefined, lang: Lang): Question;
  /** Fills the slot with the user's own words when no parser read them; undefined: words cannot fill it. */
  freeText?(state: DialogueState, value: string): FreeTextChange;
  /** Whether a user of this role must give it before the review. */
  required(role: Role | undefined, profile: Profile): boolean;
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
/**
 * The company's size matters where an employer's plan may pay: not for job seekers, the
 * self-employed or public agents, nor for an apprentice (the OPCO pays the CFA whatever the size).
 */
const withEmployer = (role: Role | undefined, profile: Profile) =>
  role !== "job_seeker" &&
  role !== "self_employed" &&
  role !== "public_agent" &&
  !(role === "employee" && profile.training?.goal === "apprenticeship");

/** The slots in asking order. */
export const SLOT_TABLE: Record<Slot, SlotSpec> = {
  role: {
    step: "profile",
    question: (_role, lang) => ask(QUESTIONS.role.text, ROLE_REPLIES, lang),
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
    question: (role, lang) =>
      role === "self_employed"
        ? ask(QUESTIONS.activity.text, QUESTIONS.activity.replies, lang)
        : role === "public_agent"
          ? ask(QUESTIONS.publicService.text, QUESTIONS.publicService.replies, lang)
          : ask(QUESTIONS.company.text(role), QUESTIONS.company.replies, lang),
    freeText: (state, value) => {
      state.profile.company = SELF_OR_PUBLIC.includes(state.profile.role)
        ? { activity: value }
        : { description: value };
      return { companyChanged: true };
    },
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
    question: (_role, lang) => ask(QUESTIONS.headcount.text, QUESTIONS.headcount.replies, lang),
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
    question: (_role, lang) => ask(QUESTIONS.goal.text, QUESTIONS.goal.replies, lang),
    // A training named without a recognisable goal ("formation Excel avancé") is skills development.
    freeText: (state, value) => {
      state.profile.training = { ...state.profile.training, title: value, goal: "adaptation" };
      return {};
    },
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
    question: (_role, lang) => ask(QUESTIONS.startDate.text, QUESTIONS.startDate.replies, lang),
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
    question: (role, lang) => ask(QUESTIONS.provider.text(role), QUESTIONS.provider.replies, lang),
    freeText: (state, value) => {
      state.profile.provider = { name: value };
      return { providerChanged: true };
    },
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
export const requiredSlots = (profile: Profile): Slot[] =>
  SLOT_ORDER.filter((s) => SLOT_TABLE[s].required(profile.role, profile));

export const isFilled = (slot: Slot, state: DialogueState): boolean => SLOT_TABLE[slot].known(state);

/** The first required slot neither filled nor skipped, or undefined when all are settled. */
export const nextSlot = (state: DialogueState): Slot | undefined =>
  requiredSlots(state.profile).find((slot) => !isFilled(slot, state) && !state.skipped.includes(slot));

/** Forgets a slot's value (for "back"), and what was derived from it. */
export function clearSlot(state: DialogueState, slot: Slot): void {
  state.skipped = state.skipped.filter((s) => s !== slot);
  SLOT_TABLE[slot].clear(state);
}

/** The question that asks for `slot`, worded for the user's role. */
export const questionFor = (slot: Slot, role: Role | undefined, lang: Lang): Question =>
  SLOT_TABLE[slot].question(role, lang);
