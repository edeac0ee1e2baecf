import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { eventually, plannedConversation, postJson } from "../worker/centre-helpers";
import { FAKE_HOOK_URL } from "./fake-webhook-service";

interface OutboxRow {
  status: string;
  attempts: number;
  last_error: string | null;
}

const outboxOf = (id: string) =>
  env.CENTRE_DB.prepare("SELECT status, attempts, last_error FROM lead_outbox WHERE lead_id = ?")
    .bind(id)
    .first<OutboxRow>();

/** The outbox's next attempts are due now, and its alarm runs. */
async function retryNow(): Promise<void> {
  await env.CENTRE_DB.prepare("UPDATE lead_outbox SET next_attempt_at = 0 WHERE status = 'pending'").run();
  await env.OUTBOX.get(env.OUTBOX.idFromName("leads")).wake();
}

async function lead(sessionId: string, name: string): Promise<string> {
  const res = await postJson("/api/leads", { sessionId, name, phone: "06 12 34 56 78", consent: true });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; forwarded: boolean };
  expect(body.forwarded).toBe(true);
  return body.id;
}

beforeAll(async () => {
  await applyD1Migrations(env.CENTRE_DB, env.CENTRE_MIGRATIONS);
});

describe("the leads' outbox in workerd, against a fake webhook", () => {
  it("forwards a lead at once when the hook works", async () => {
    const sessionId = await plannedConversation();
    const id = await lead(sessionId, "Ada Ok");
    const row = await eventually(
      () => outboxOf(id),
      (r) => r?.status === "delivered",
    );
    expect(row).toMatchObject({ attempts: 1, last_error: null });
  });

  it("keeps the leads through a hook that is down, slow or failing, and delivers each once it answers", async () => {
    const sessionId = await plannedConversation();
    const ids = [
      await lead(sessionId, "Bea Down"),
      await lead(sessionId, "Cyd Slow"),
      await lead(sessionId, "Dan Error"),
    ];
    for (const id of ids) {
      const row = await eventually(
        () => outboxOf(id),
        (r) => (r?.attempts ?? 0) >= 1,
      );
      expect(row).toMatchObject({ status: "pending", last_error: expect.any(String) });
    }
    // The failing one fails once more; then every one goes through.
    for (let round = 0; round < 3; round++) {
      await retryNow();
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    for (const id of ids)
      await eventually(
        () => outboxOf(id),
        (r) => r?.status === "delivered",
        10_000,
      );
    expect(await outboxOf(ids[2] ?? "")).toMatchObject({ attempts: 3 });
    const received = (await (await fetch(`${new URL(FAKE_HOOK_URL).origin}/__received`)).json()) as {
      lead: { id: string; name: string };
      text: string;
      idempotencyKey: string;
    }[];
    const names = received.map((r) => r.lead.name).sort();
    expect(names).toEqual(["Ada Ok", "Bea Down", "Cyd Slow", "Dan Error"]);
    for (const r of received) expect(r.idempotencyKey).toBe(r.lead.id);
    expect(received[0]?.text).toContain("*Nouvelle demande de rappel*");
  });
});
