import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../src/core/errors";
import { LeadCreatedSchema, LeadRequestSchema } from "../../src/core/lead";
import { memoryEvents, memoryLeads } from "../fakes/memory-centre";
import { PLAN_CONVERSATION } from "../fixtures/plan-conversation";
import { testApp } from "../helpers";

/** The app with leads and analytics in memory; `after` collects the work deferred past the response. */
function leadsApp(options: { webhook?: boolean; secret?: string; wake?: () => Promise<void> } = {}) {
  const leads = memoryLeads();
  const events = memoryEvents();
  const deferred: Promise<unknown>[] = [];
  const app = testApp({
    deps: {
      leads,
      events,
      wakeOutbox: options.wake ?? (async () => undefined),
      defer: (_c, task) => deferred.push(task),
      config: {
        ALLOWED_ORIGINS: ["https://centre.example"],
        ...(options.webhook ? { LEADS_WEBHOOK_URL: "https://hooks.example/lead" } : {}),
        ...(options.secret ? { SUMMARY_LINK_SECRET: options.secret } : {}),
      },
    },
  });
  return { ...app, leads, events, settle: () => Promise.all(deferred) };
}

/** A conversation that reached its plan: its session id. */
async function conversation(post: ReturnType<typeof testApp>["post"]): Promise<string> {
  let sessionId: string | undefined;
  for (const message of PLAN_CONVERSATION) {
    const body = (await (await post("/api/chat", { message, sessionId, channel: "web" })).json()) as {
      sessionId: string;
    };
    sessionId = body.sessionId;
  }
  return sessionId ?? "";
}

describe("POST /api/leads", () => {
  it("keeps a lead with consent: 201, the profile and the plan's link, never the conversation", async () => {
    const wakes: number[] = [];
    const { post, leads, events, settle } = leadsApp({ webhook: true, wake: async () => void wakes.push(1) });
    const sessionId = await conversation(post);
    const res = await post("/api/leads", {
      sessionId,
      name: "Marie Dupont",
      phone: "06 12 34 56 78",
      preferredTime: "morning",
      message: "Plutôt après 10 h",
      consent: true,
    });
    expect(res.status).toBe(201);
    const created = LeadCreatedSchema.parse(await res.json());
    expect(created.forwarded).toBe(true);
    await settle();
    const [row] = [...leads.rows.values()];
    expect(row?.delivery.status).toBe("pending");
    expect(row?.lead).toMatchObject({
      id: created.id,
      sessionId,
      channel: "web",
      lang: "fr",
      name: "Marie Dupont",
      phone: "06 12 34 56 78",
      preferredTime: "morning",
      profile: { role: "employer", headcount: 12, company: { idcc: "1486", opcoId: "atlas" } },
      planUrl: expect.stringMatching(new RegExp(`/api/sessions/${sessionId}/summary\\?format=html$`)),
      consent: { privacyUrl: "http://localhost/privacy?lang=fr" },
    });
    // Only the profile and the link: nothing of what was written in the conversation.
    expect(JSON.stringify(row?.lead)).not.toContain("chez vous");
    expect(Object.keys(row?.lead ?? {}).sort()).toEqual(
      [
        "channel",
        "consent",
        "createdAt",
        "id",
        "lang",
        "message",
        "name",
        "phone",
        "planUrl",
        "preferredTime",
        "profile",
        "sessionId",
      ].sort(),
    );
    // After the response: the outbox is woken and the lead counted, without its contact.
    expect(wakes).toHaveLength(1);
    const sent = events.events.filter((e) => e.type === "lead_sent");
    expect(sent).toEqual([{ at: expect.any(Number), type: "lead_sent", channel: "web", lang: "fr" }]);
  });

  it("says why a lead is refused: no consent, no contact, bad fields; 404 for a conversation that does not exist", async () => {
    const { post } = leadsApp();
    const sessionId = await conversation(post);
    const refused = async (body: unknown) => {
      const res = await post("/api/leads", body);
      return { status: res.status, body: ErrorBodySchema.parse(await res.json()) };
    };
    const noConsent = await refused({ sessionId, name: "Marie", email: "marie@example.org" });
    expect(noConsent).toMatchObject({ status: 400, body: { error: { code: "consent_required" } } });
    expect(noConsent.body.error.message).toContain("consent");
    expect(await refused({ sessionId, name: "Marie", email: "marie@example.org", consent: false })).toMatchObject({
      status: 400,
      body: { error: { code: "consent_required" } },
    });
    expect(await refused({ sessionId, name: "Marie", consent: true, email: "", phone: " " })).toMatchObject({
      status: 400,
      body: { error: { code: "contact_required", message: expect.stringContaining("e-mail address or a phone") } },
    });
    expect(await refused({ sessionId, name: "M", email: "not-an-email", consent: true })).toMatchObject({
      status: 400,
      body: { error: { code: "invalid_request", message: expect.stringMatching(/name: .*email: /) } },
    });
    expect(await refused({ sessionId, name: "Marie", phone: "abc", consent: true })).toMatchObject({ status: 400 });
    expect(
      await refused({
        sessionId: "5aae2aa0-4fe6-4f0e-b251-83047d6fc04d",
        name: "Marie",
        phone: "0612345678",
        consent: true,
      }),
    ).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await post("/api/leads", "{not json")).status).toBe(400);
  });

  it("never answers a 500 to whatever body it is sent", async () => {
    const { post } = leadsApp();
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (body) => {
        const res = await post("/api/leads", JSON.stringify(body));
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps the lead for the dashboard only when no webhook is set", async () => {
    const { post, leads } = leadsApp();
    const sessionId = await conversation(post);
    const res = await post("/api/leads", { sessionId, name: "Léo", email: "leo@example.org", consent: true });
    expect(LeadCreatedSchema.parse(await res.json()).forwarded).toBe(false);
    expect([...leads.rows.values()][0]?.delivery.status).toBe("none");
  });

  it("needs the signature of a chat app's conversation, and answers 503 where no database keeps leads", async () => {
    const { post } = leadsApp({ secret: "a-secret-of-sixteen-chars" });
    const lead = { sessionId: "slack:T1:C1:1700000000.000100", name: "Marie", phone: "0612345678", consent: true };
    expect(await (await post("/api/leads", lead)).json()).toMatchObject({ error: { code: "forbidden" } });
    expect((await post("/api/leads", { ...lead, sig: "00" })).status).toBe(403);
    const none = testApp();
    const res = await none.post("/api/leads", { ...lead, sessionId: "5aae2aa0-4fe6-4f0e-b251-83047d6fc04d" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: { code: "not_configured" } });
  });

  it("validates with the schema the contract documents", () => {
    expect(
      LeadRequestSchema.safeParse({ sessionId: "abcdefgh-1", name: "Al", email: "a@b.fr", consent: true }).success,
    ).toBe(true);
    expect(
      LeadRequestSchema.safeParse({ sessionId: "abcdefgh-1", name: "Al", email: "a@b.fr", consent: "yes" }).success,
    ).toBe(false);
  });
});

describe("the call-back page (/contact), the form Slack and Teams open", () => {
  it("shows the form without any script or inline style, the consent box unticked and the privacy notice linked", async () => {
    const { app } = leadsApp();
    const res = await app.request("/contact?session=5aae2aa0-4fe6-4f0e-b251-83047d6fc04d&lang=en");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<script|<style|style=/);
    expect(html).toContain('<input type="checkbox" id="consent" name="consent" value="true">');
    expect(html).toContain('href="http://localhost/privacy?lang=en"');
    expect(html).toContain("Centre Horizon Formation");
    // The app's policy, but the form may post to the app itself.
    expect(res.headers.get("Content-Security-Policy")).toMatch(
      /form-action 'self'.*frame-ancestors 'none'|frame-ancestors 'none'.*form-action 'self'/,
    );
    expect((await app.request("/contact.css")).headers.get("Content-Type")).toContain("text/css");
    expect((await app.request("/contact?session=../etc")).status).toBe(400);
  });

  it("refuses an unticked box next to the box, and thanks once the lead is kept", async () => {
    const { app, post, leads } = leadsApp();
    const sessionId = await conversation(post);
    const form = (fields: Record<string, string>) =>
      app.request("/contact", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ sessionId, lang: "fr", name: "Marie Dupont", ...fields }).toString(),
      });
    const refused = await form({ phone: "06 12 34 56 78" });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain("Cochez la case");
    expect(page).toContain('aria-invalid="true" aria-describedby="consent-error"');
    expect(page).toContain('value="06 12 34 56 78"');
    expect(leads.rows.size).toBe(0);
    const noContact = await (await form({ consent: "true" })).text();
    expect(noContact).toContain("Donnez un e-mail ou un numéro de téléphone");
    const sent = await form({ phone: "06 12 34 56 78", consent: "true", preferredTime: "afternoon" });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain("Demande envoyée");
    expect([...leads.rows.values()][0]?.lead).toMatchObject({ name: "Marie Dupont", preferredTime: "afternoon" });
  });
});
