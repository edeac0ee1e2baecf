import { z } from "zod";
import { SessionIdSchema } from "./chat";
import { ChannelSchema } from "./ids";
import { LangSchema } from "./lang";
import { ProfileSchema } from "./profile";

/** When a visitor would like to be called back. */
export const PREFERRED_TIMES = ["morning", "lunchtime", "afternoon", "evening", "anytime"] as const;
export const PreferredTimeSchema = z.enum(PREFERRED_TIMES).describe("When the visitor would like to be called");
export type PreferredTime = z.infer<typeof PreferredTimeSchema>;

/** A form field left empty is a field not given. */
const blank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** The reasons a lead is refused that a form shows next to its fields. */
export const CONSENT_REQUIRED = "the visitor must tick the box that lets the centre contact them (consent: true)";
export const CONTACT_REQUIRED = "give an e-mail address or a phone number to be called back on (email or phone)";

/** Body of `POST /api/leads`: who to call back, how, and the visitor's explicit consent. */
export const LeadRequestSchema = z
  .object({
    sessionId: SessionIdSchema.describe("The conversation the lead comes from (its plan and profile go with it)"),
    name: z.string().trim().min(2).max(100).describe("The visitor's name"),
    email: blank(z.email().max(200)).describe("An e-mail address (this, a phone number, or both)"),
    phone: blank(
      z
        .string()
        .trim()
        .max(30)
        .regex(/^\+?[\d\s().-]+$/, "digits, spaces, dots, dashes and brackets, optionally after +")
        .refine((value) => value.replace(/\D/g, "").length >= 6, "at least 6 digits"),
    ).describe("A phone number (this, an e-mail address, or both)"),
    preferredTime: blank(PreferredTimeSchema),
    message: blank(z.string().trim().max(1000)).describe("Anything the visitor adds for the centre"),
    consent: z.literal(true, { error: CONSENT_REQUIRED }).describe("The box the visitor ticked: it must be true"),
    sig: blank(z.string().max(128)).describe(
      "Signature of a chat app's session id (the link Slack and Teams give carries it)",
    ),
  })
  .refine((lead) => lead.email !== undefined || lead.phone !== undefined, { error: CONTACT_REQUIRED });
export type LeadRequest = z.infer<typeof LeadRequestSchema>;

/**
 * A lead as it is stored and forwarded to the centre: the contact the visitor gave with their
 * consent, the conversation's profile and the link to its plan. Never the conversation itself.
 */
export const LeadSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  sessionId: SessionIdSchema,
  channel: ChannelSchema,
  lang: LangSchema,
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
  preferredTime: PreferredTimeSchema.optional(),
  message: z.string().optional(),
  consent: z.object({
    at: z.iso.datetime().describe("When the visitor ticked the box"),
    privacyUrl: z.url().describe("The privacy notice the box linked to"),
  }),
  profile: ProfileSchema,
  planUrl: z.url().describe("The printable plan of the conversation"),
});
export type Lead = z.infer<typeof LeadSchema>;

/** The optional contact fields that hold a value: a lead keeps no empty e-mail, phone, call-back time or message. */
export const givenContact = <T extends Record<"email" | "phone" | "preferredTime" | "message", unknown>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as { [K in keyof T]?: NonNullable<T[K]> };

/** Where a lead's forwarding to the centre's webhook stands. */
export const DeliverySchema = z.object({
  status: z.enum(["pending", "delivered", "failed", "none"]).describe("none: no webhook is configured"),
  attempts: z.number().int(),
  lastError: z.string().optional(),
  deliveredAt: z.iso.datetime().optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

/** Response of `POST /api/leads`. */
export const LeadCreatedSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  forwarded: z.boolean().describe("The lead is queued for the centre's webhook (false: kept for the dashboard only)"),
});
