import { z } from "zod";

/** The 11 OPCOs, with the ids used everywhere (API, data, knowledge cards). */
export const OPCO_IDS = [
  "afdas",
  "akto",
  "atlas",
  "constructys",
  "ocapiat",
  "opco-2i",
  "opcommerce",
  "opco-ep",
  "opco-mobilites",
  "opco-sante",
  "uniformation",
] as const;
export const OpcoIdSchema = z.enum(OPCO_IDS).describe("OPCO id");
const OPCO_ID_SET: ReadonlySet<string> = new Set(OPCO_IDS);
/** Whether an id (of a card, say) is an OPCO's: each OPCO has a card of its own id. */
export const isOpcoId = (id: string): id is OpcoId => OPCO_ID_SET.has(id);
export type OpcoId = z.infer<typeof OpcoIdSchema>;

/** Funding schemes, with the ids used everywhere. */
export const SCHEME_IDS = [
  "plan-developpement-competences",
  "contrat-apprentissage",
  "contrat-professionnalisation",
  "periode-reconversion",
  "vae",
  "bilan-competences",
  "cpf",
  "poe",
  "action-collective",
  "projet-transition-professionnelle",
  "aif",
  "programme-regional",
] as const;
export const SchemeIdSchema = z.enum(SCHEME_IDS).describe("Funding scheme id");
export type SchemeId = z.infer<typeof SchemeIdSchema>;

/** Who the user is. */
export const ROLES = ["employer", "employee", "job_seeker", "self_employed", "public_agent", "provider"] as const;
export const RoleSchema = z.enum(ROLES).describe("Who the user is");
export type Role = z.infer<typeof RoleSchema>;

/** Where a turn comes from. */
export const ChannelSchema = z.enum(["web", "api", "slack", "teams", "cli"]).describe("Channel the message comes from");
export type Channel = z.infer<typeof ChannelSchema>;

/** What a training is for: it decides which schemes apply. */
export const TRAINING_GOALS = [
  "adaptation",
  "certification",
  "languages",
  "apprenticeship",
  "professionalisation",
  "reconversion",
  "vae",
  "bilan",
] as const;
export const TrainingGoalSchema = z.enum(TRAINING_GOALS).describe("What the training is for");
export type TrainingGoal = z.infer<typeof TrainingGoalSchema>;
