import { describe, expect, it } from "vitest";
import { barChart, dailyChart } from "../../src/admin/charts";
import { leadsCsv } from "../../src/admin/csv";
import { StatsSchema } from "../../src/analytics/stats";
import type { Lead } from "../../src/core/lead";
import { memoryEvents, memoryLeads } from "../fakes/memory-centre";
import { testApp } from "../helpers";

const TOKEN = "a-dashboard-token-0123456789";

const lead: Lead = {
  id: "0b6e4f2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
  createdAt: "2027-01-20T09:30:00.000Z",
  sessionId: "5aae2aa0-4fe6-4f0e-b251-83047d6fc04d",
  channel: "web",
  lang: "fr",
  name: '=HYPERLINK("http://evil.example")',
  email: "marie@example.org",
  preferredTime: "afternoon",
  consent: { at: "2027-01-20T09:30:00.000Z", privacyUrl: "https://centre.example/privacy" },
  profile: { role: "employee", company: { idcc: "1486", opcoId: "atlas" }, training: { title: "Excel" } },
  planUrl: "https://assistant.example/api/sessions/5aae2aa0-4fe6-4f0e-b251-83047d6fc04d/summary?format=html",
};

/** The app with a dashboard token and fixed counts. */
async function adminApp(token: string | null = TOKEN) {
  const leads = memoryLeads();
  await leads.add(lead, null);
  const events = memoryEvents({
    stats: {
      totals: { conversations: 40, plans: 18, leads: 5, handoffs: 3, answered: 60, refused: 7 },
      days: [{ day: "2027-01-20", channel: "web", conversations: 12, plans: 6, leads: 2 }],
      channels: [{ channel: "web", conversations: 40, plans: 18, leads: 5 }],
      steps: [
        { step: "profile", conversations: 40 },
        { step: "summary", conversations: 18 },
      ],
      opcos: [{ opco: "atlas", count: 9 }],
      schemes: [{ scheme: "cpf", count: 11 }],
    },
    unanswered: [
      {
        question: "Combien coûte un bilan ? [email]",
        count: 4,
        lastAskedAt: "2027-01-20T10:00:00.000Z",
        lang: "fr",
        outcome: "low_confidence",
      },
    ],
  });
  return testApp({
    deps: {
      leads,
      events,
      now: () => Date.UTC(2027, 0, 25, 12),
      config: { ALLOWED_ORIGINS: [], ADMIN_TOKEN: token ?? undefined },
    },
  });
}

const bearer = (token = TOKEN) => ({ headers: { Authorization: `Bearer ${token}` } });

describe("the admin API", () => {
  it("answers 401 with the JSON error without the token or with another, and the counts with it", async () => {
    const { app } = await adminApp();
    for (const path of ["/api/admin/stats", "/api/admin/leads", "/api/admin/unanswered"]) {
      const none = await app.request(path);
      expect(none.status).toBe(401);
      expect(none.headers.get("WWW-Authenticate")).toContain("Bearer");
      expect(await none.json()).toMatchObject({ error: { code: "unauthorized" } });
      expect((await app.request(path, bearer("another-token-of-some-length"))).status).toBe(401);
      expect((await app.request(path, { headers: { Authorization: `Basic ${TOKEN}` } })).status).toBe(401);
    }
    const stats = await app.request("/api/admin/stats?days=7", bearer());
    expect(stats.status).toBe(200);
    expect(stats.headers.get("Cache-Control")).toBe("no-store");
    expect(StatsSchema.parse(await stats.json())).toMatchObject({ from: "2027-01-19", to: "2027-01-25" });
    const unanswered = await (await app.request("/api/admin/unanswered", bearer())).json();
    expect(unanswered).toMatchObject({ questions: [{ question: "Combien coûte un bilan ? [email]", count: 4 }] });
    const leads = (await (await app.request("/api/admin/leads", bearer())).json()) as { leads: unknown[] };
    expect(leads.leads).toEqual([expect.objectContaining({ id: lead.id, delivery: { status: "none", attempts: 0 } })]);
  });

  it("refuses a bad period with a 400, and answers 503 without a token or without a database", async () => {
    const { app } = await adminApp();
    expect((await app.request("/api/admin/stats?from=2027-02-01&to=2027-01-01", bearer())).status).toBe(400);
    expect((await app.request("/api/admin/stats?from=2025-01-01&to=2027-01-01", bearer())).status).toBe(400);
    expect((await app.request("/api/admin/stats?days=0", bearer())).status).toBe(400);
    expect((await app.request("/api/admin/unanswered?outcome=maybe", bearer())).status).toBe(400);
    const off = await adminApp(null);
    expect(await (await off.app.request("/api/admin/stats", bearer())).json()).toMatchObject({
      error: { code: "not_configured" },
    });
    const bare = testApp({ deps: { config: { ALLOWED_ORIGINS: [], ADMIN_TOKEN: TOKEN } } });
    expect((await bare.app.request("/api/admin/leads", bearer())).status).toBe(503);
  });

  it("exports the leads as CSV for a spreadsheet, formulas escaped", async () => {
    const { app } = await adminApp();
    const res = await app.request("/api/admin/leads?format=csv", bearer());
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(res.headers.get("Content-Disposition")).toMatch(/attachment; filename="leads-2026-12-27-2027-01-25\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = new TextDecoder().decode(bytes).split("\r\n");
    expect(header?.split(";").slice(0, 5)).toEqual(["reçue_le", "nom", "email", "téléphone", "à_rappeler"]);
    expect(row).toContain("'=HYPERLINK");
    expect(row).toContain("l'après-midi;");
    expect(leadsCsv([], "en").slice(1).split(",")[0]).toBe("created_at");
  });
});

describe("the dashboard page", () => {
  it("asks for the token (401), sets an HttpOnly SameSite cookie for /admin, and shows the dashboard with it", async () => {
    const { app } = await adminApp();
    const login = await app.request("/admin");
    expect(login.status).toBe(401);
    expect(login.headers.get("Content-Security-Policy")).toContain("form-action 'self'");
    expect(login.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    const form = await login.text();
    expect(form).toContain('<input type="password" id="token" name="token"');
    expect(form).not.toMatch(/<script|<style|style=/);
    const post = (token: string) =>
      app.request("/admin/login", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token }).toString(),
      });
    const wrong = await post("not the token at all");
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Ce jeton n&#39;est pas le bon.");
    const right = await post(TOKEN);
    expect(right.status).toBe(303);
    const cookie = right.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^opco_admin=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toContain(TOKEN);
    const session = { headers: { Cookie: cookie.split(";")[0] ?? "" } };
    const page = await app.request("/admin?days=7", session);
    expect(page.status).toBe(200);
    expect(page.headers.get("Cache-Control")).toBe("no-store");
    const html = await page.text();
    expect(html).not.toMatch(/<script|<style|style=/);
    expect(html).toContain('<link rel="stylesheet" href="/admin/admin.css">');
    expect(html).toContain('<span class="number">40</span>');
    expect(html).toMatch(/45\s% de l&#39;étape précédente/);
    expect(html).toMatch(/<svg class="chart"[^>]*role="img" aria-labelledby="(chart-\d+)"[^>]*><title id="\1">/);
    expect(html).toContain("Atlas");
    expect(html).toContain("CPF (compte personnel de formation)");
    expect(html).toContain("Combien coûte un bilan ? [email]");
    expect(html).toContain("=HYPERLINK(&quot;http://evil.example&quot;)");
    expect(html).toContain('href="/admin/leads.csv?days=7"');
    const csv = await app.request("/admin/leads.csv?days=30", session);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    expect((await app.request("/admin/leads.csv")).status).toBe(401);
    // A forged cookie is refused.
    expect((await app.request("/admin", { headers: { Cookie: "opco_admin=99999999999999" } })).status).toBe(401);
    const out = await app.request("/admin/logout", { method: "POST", ...session });
    expect(out.headers.get("Set-Cookie")).toMatch(/opco_admin=;.*Max-Age=0/);
  });

  it("says the dashboard is off without a token", async () => {
    const { app } = await adminApp(null);
    const res = await app.request("/admin");
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("ADMIN_TOKEN");
  });
});

describe("the charts", () => {
  it("draw bars in proportion, each chart named for screen readers", () => {
    const svg = barChart("OPCO", [
      { label: "Atlas", value: 10 },
      { label: "AKTO", value: 5 },
    ]);
    expect(svg).toMatch(/<title id="chart-\d+">OPCO<\/title>/);
    const widths = [...svg.matchAll(/<rect class="bar bar-0" x="\d+" y="\d+" width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([380, 190]);
    const daily = dailyChart(
      "Per day",
      ["2027-01-01", "2027-01-02"],
      [{ label: "Conversations", values: [0, 4] }],
      (d) => d,
    );
    expect(daily.match(/<rect class="bar bar-0" x/g)).toHaveLength(2); // the legend's and one column
    expect(daily).toContain("2027-01-02 · Conversations · 4");
  });
});
