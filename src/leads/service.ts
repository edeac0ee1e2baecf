import type { Channel } from "../core/ids";
import type { Lang } from "../core/lang";
import { givenContact, type Lead, type LeadRequest } from "../core/lead";
import type { SessionStore } from "../store/session-store";
import type { LeadStore } from "./store";

export interface LeadServiceDeps {
  sessions: Pick<SessionStore, "load">;
  leads: LeadStore;
  /** The link to a conversation's printable plan (signed where its id can be guessed). */
  planUrl(sessionId: string, baseUrl: string): Promise<string>;
  /** The privacy notice the consent box links to, in a language. */
  privacyUrl(baseUrl: string, lang: Lang): string;
  /** A webhook is configured: leads are queued for it. */
  forwarding: boolean;
  /** Wakes the outbox so that it forwards at once (after the response). */
  wake?(): Promise<void>;
  /** Counts the lead in the analytics (after the response). */
  count?(lead: Lead): Promise<void>;
  now(): number;
  newId(): string;
}

export type LeadResult =
  | { ok: true; lead: Lead; forwarded: boolean; after: () => Promise<void> }
  | { ok: false; status: 404; message: string };

/**
 * Turns a validated request into a lead: the conversation must exist (server-issued ids only);
 * the lead keeps the contact given with consent, the conversation's profile and its plan's link,
 * never the conversation. Stored with its outbox entry in one write; `after` wakes the outbox and
 * counts the lead, to run once the response is sent.
 */
export function createLeadService(deps: LeadServiceDeps) {
  return async function create(
    request: LeadRequest,
    context: { channel: Channel; baseUrl: string },
  ): Promise<LeadResult> {
    const saved = await deps.sessions.load(request.sessionId);
    if (!saved) return { ok: false, status: 404, message: "No conversation with this id (it may have expired)" };
    const { state } = saved.session;
    const at = new Date(deps.now()).toISOString();
    const lead: Lead = {
      id: deps.newId(),
      createdAt: at,
      sessionId: request.sessionId,
      channel: context.channel,
      lang: state.lang,
      name: request.name,
      ...givenContact({
        email: request.email,
        phone: request.phone,
        preferredTime: request.preferredTime,
        message: request.message,
      }),
      consent: { at, privacyUrl: deps.privacyUrl(context.baseUrl, state.lang) },
      profile: structuredClone(state.profile),
      planUrl: await deps.planUrl(request.sessionId, context.baseUrl),
    };
    await deps.leads.add(lead, deps.forwarding ? deps.now() : null);
    const after = async () => {
      await Promise.allSettled([
        ...(deps.forwarding && deps.wake ? [deps.wake()] : []),
        ...(deps.count ? [deps.count(lead)] : []),
      ]);
    };
    return { ok: true, lead, forwarded: deps.forwarding, after };
  };
}
export type LeadService = ReturnType<typeof createLeadService>;
