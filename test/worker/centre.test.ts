import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createD1EventStore } from "../../src/analytics/d1-store";
import { createD1LeadStore } from "../../src/leads/d1-store";
import { call, eventually, plannedConversation, postJson } from "./centre-helpers";

const bearer = { headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` } };
const count = async (sql: string) => (await env.CENTRE_DB.prepare(sql).first<{ n: number }>())?.n ?? 0;

// In order: no table yet, then the migrations, then conversations, leads and the dashboard on D1.
describe("leads and analytics in D1, in workerd", () => {
  it("answers 503, not a 500, while the database is not migrated", async () => {
    const sessionId = await plannedConversation(["Bonjour"]);
    const res = await postJson("/api/leads", { sessionId, name: "Marie", phone: "0612345678", consent: true });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      error: { code: "not_configured", message: expect.stringContaining("migrat") },
    });
    expect((await call("/api/admin/stats", bearer)).status).toBe(503);
  });

  it("records a conversation's events without any personal data, and keeps a lead with its profile", async () => {
    await applyD1Migrations(env.CENTRE_DB, env.CENTRE_MIGRATIONS);
    const sessionId = await plannedConversation();
    await postJson("/api/chat", {
      sessionId,
      channel: "web",
      message:
        "Quelle est la recette de la tarte tatin ? Écrivez-moi à marie.dupont@example.org, IBAN FR7630006000011234567890189",
    });
    await eventually(
      () => count("SELECT COUNT(*) AS n FROM events WHERE type = 'question_refused'"),
      (n) => n === 1,
    );
    const all = JSON.stringify((await env.CENTRE_DB.prepare("SELECT * FROM events").all()).results);
    expect(all).not.toContain("marie.dupont");
    expect(all).not.toContain("FR7630006");
    expect(all).not.toContain(sessionId);
    expect(all).toContain("[email]");
    expect(await count("SELECT COUNT(*) AS n FROM events WHERE type = 'plan_produced' AND opco = 'atlas'")).toBe(1);

    const res = await postJson("/api/leads", {
      sessionId,
      name: "Marie Dupont",
      email: "marie.dupont@example.org",
      preferredTime: "morning",
      consent: true,
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ forwarded: false });
    const row = await env.CENTRE_DB.prepare("SELECT * FROM leads").first<Record<string, unknown>>();
    expect(row).toMatchObject({
      session_id: sessionId,
      channel: "web",
      name: "Marie Dupont",
      preferred_time: "morning",
    });
    expect(JSON.parse(String(row?.profile))).toMatchObject({ role: "employer", company: { opcoId: "atlas" } });
    // No webhook here: nothing waits in the outbox.
    expect(await count("SELECT COUNT(*) AS n FROM lead_outbox")).toBe(0);
    await eventually(
      () => count("SELECT COUNT(*) AS n FROM events WHERE type = 'lead_sent'"),
      (n) => n === 1,
    );
  });

  it("counts the funnel, the steps, the OPCOs and the unanswered questions for the dashboard's API", async () => {
    const stats = (await (await call("/api/admin/stats?days=7", bearer)).json()) as {
      totals: Record<string, number>;
      days: { channel: string; conversations: number }[];
      steps: { step: string; conversations: number }[];
      opcos: { opco: string; count: number }[];
    };
    // The conversation played before the migrations was not counted: its events had no table to go to.
    expect(stats.totals).toMatchObject({ conversations: 1, plans: 1, leads: 1, refused: 1 });
    expect(stats.days.every((d) => d.channel === "web")).toBe(true);
    expect(stats.steps).toContainEqual({ step: "summary", conversations: 1 });
    expect(stats.opcos).toEqual([{ opco: "atlas", count: 1 }]);
    const unanswered = (await (await call("/api/admin/unanswered?outcome=all", bearer)).json()) as {
      questions: { question: string; count: number }[];
    };
    expect(unanswered.questions).toEqual([
      expect.objectContaining({
        question: "Quelle est la recette de la tarte tatin ? Écrivez-moi à [email], IBAN [iban]",
        count: 1,
      }),
    ]);
    const csv = await (await call("/api/admin/leads?format=csv", bearer)).text();
    expect(csv).toContain("Marie Dupont;marie.dupont@example.org;;le matin");
    expect((await call("/api/admin/leads")).status).toBe(401);
  });

  it("deletes what is past its retention", async () => {
    const events = createD1EventStore(env.CENTRE_DB, "Europe/Paris");
    const leads = createD1LeadStore(env.CENTRE_DB, "Europe/Paris");
    await events.record([{ at: Date.UTC(2020, 0, 1), type: "conversation_started", channel: "web", lang: "fr" }]);
    expect(await events.purge(Date.UTC(2021, 0, 1))).toBe(1);
    expect(await leads.purge(Date.UTC(2021, 0, 1))).toBe(0);
    expect(await leads.purge(Date.now() + 1000)).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM leads")).toBe(0);
  });
});
