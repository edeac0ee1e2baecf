import { nowSeconds, SIGNING_SECRET, sign, TEAM } from "../../test/channels/slack/harness";
import { botToken, signingKey } from "../../test/channels/teams/fake-bot-framework";
import { APP_ID } from "../../test/channels/teams/harness";
import { nthSiren } from "../../test/fakes/luhn";
import { type Stack, settled } from "./stack";

type Counts = Record<string, number>;

/** The counts of a channel: forgeries sent and refused (401), genuine deliveries, their replays, the answers posted. */
const outcome = (
  channel: string,
  forged: Response[],
  played: { deliveries: number; replays: number; answers: number },
): Counts => ({
  [`redteam_${channel}_forgeries`]: forged.length,
  [`redteam_${channel}_forgeries_refused`]: forged.filter((r) => r.status === 401).length,
  [`redteam_${channel}_deliveries`]: played.deliveries,
  [`redteam_${channel}_replays`]: played.replays,
  [`redteam_${channel}_answers`]: played.answers,
});

const slackPost = (stack: Stack, path: string, body: string, headers: Record<string, string>) =>
  fetch(`${stack.base}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": path === "/slack/events" ? "application/json" : "application/x-www-form-urlencoded",
      ...headers,
    },
    body,
  });
const signed = (body: string, timestamp = nowSeconds(), secret = SIGNING_SECRET) => ({
  "X-Slack-Request-Timestamp": String(timestamp),
  "X-Slack-Signature": sign(body, timestamp, secret),
});
const event = (id: string, text: string, ts = "1700000000.000100") =>
  JSON.stringify({
    type: "event_callback",
    team_id: TEAM,
    event_id: id,
    authorizations: [{ user_id: "U0BOT", is_bot: true }],
    event: { type: "message", channel_type: "im", channel: "D0REDTEAM", user: "U0001", text, ts },
  });

/** Forged Slack requests (refused with 401) and replays of genuine ones (answered once). */
export async function slackForgeries(stack: Stack): Promise<Counts> {
  const answers = () => stack.slack.received.length;
  const body = event("EvForged0001", "Bonjour");
  const forged = [
    await slackPost(stack, "/slack/events", body, {}),
    await slackPost(stack, "/slack/events", body, signed(body, nowSeconds(), "another-signing-secret-000000000")),
    await slackPost(stack, "/slack/events", body, signed(body, nowSeconds() - 600)),
    await slackPost(stack, "/slack/events", event("EvForged0002", "Bonjour"), signed(body)),
    await slackPost(stack, "/slack/commands", "command=%2Fopco&text=x", { "X-Slack-Signature": "v0=00" }),
    await slackPost(stack, "/slack/interactions", "payload=%7B%7D", signed("payload=%7B%7D", nowSeconds() + 900)),
  ];
  const before = answers();
  // A genuine event, then three retries of it whatever the reason; a genuine /opco, then three exact replays.
  const genuine = event("EvGenuine0001", "Bonjour, je suis employeur");
  await slackPost(stack, "/slack/events", genuine, signed(genuine));
  for (const reason of ["http_error", "connection_failed", "http_timeout"]) {
    await slackPost(stack, "/slack/events", genuine, {
      ...signed(genuine),
      "X-Slack-Retry-Num": "1",
      "X-Slack-Retry-Reason": reason,
    });
  }
  const command = new URLSearchParams({
    team_id: TEAM,
    channel_id: "C0REDTEAM",
    user_id: "U0007",
    command: "/opco",
    text: "Quel OPCO pour une boulangerie ?",
    response_url: `${stack.slack.url}/hooks/commands/1`,
    trigger_id: "redteam.trigger.1",
  }).toString();
  const commandHeaders = signed(command);
  for (let i = 0; i < 4; i += 1) await slackPost(stack, "/slack/commands", command, commandHeaders);
  return outcome("slack", forged, { deliveries: 2, replays: 6, answers: (await settled(answers)) - before });
}

const teamsActivity = (stack: Stack, id: string, serviceUrl = stack.bot.base) => ({
  type: "message",
  id,
  channelId: "msteams",
  serviceUrl,
  locale: "fr-FR",
  conversation: { id: "a:1redteam-chat", conversationType: "personal" },
  from: { id: "29:redteam", aadObjectId: "5f1c2b3a-0000-4000-8000-00000000ca13" },
  recipient: { id: `28:${APP_ID}` },
  text: "Bonjour, je suis employeur",
});
const teamsPost = (stack: Stack, activity: unknown, token?: string) =>
  fetch(`${stack.base}/teams/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(activity),
  });

/** Forged Teams tokens and activities (refused with 401, nothing posted) and a replayed activity (answered once). */
export async function teamsForgeries(stack: Stack): Promise<Counts> {
  const claims = { aud: APP_ID, serviceurl: stack.bot.base };
  const stranger = await signingKey(stack.key.kid);
  const foreign = "https://attacker.example/teams";
  const attempts: [unknown, string | undefined][] = [
    [teamsActivity(stack, "f1"), undefined],
    [teamsActivity(stack, "f2"), await botToken(stranger, claims)],
    [teamsActivity(stack, "f3"), await botToken(stack.key, { ...claims, aud: "another-bot" })],
    [teamsActivity(stack, "f4"), await botToken(stack.key, claims, { expiresIn: nowSeconds() - 3600 })],
    [teamsActivity(stack, "f5"), await botToken(stack.key, { aud: APP_ID })],
    [teamsActivity(stack, "f6", foreign), await botToken(stack.key, { aud: APP_ID, serviceurl: foreign })],
    [teamsActivity(stack, "f7"), await botToken(stack.key, claims, { kid: "unknown-kid" })],
  ];
  const forged = [];
  for (const [activity, token] of attempts) forged.push(await teamsPost(stack, activity, token));
  const before = stack.bot.connector.length;
  const token = await botToken(stack.key, claims);
  for (let i = 0; i < 4; i += 1) await teamsPost(stack, teamsActivity(stack, "genuine-1"), token);
  const answers = (await settled(() => stack.bot.connector.length)) - before;
  return outcome("teams", forged, { deliveries: 1, replays: 3, answers });
}

/** Client-chosen session ids, a huge URL, and the headers of the pages. */
export async function webForgeries(stack: Stack): Promise<Counts> {
  let adopted = 0;
  for (let i = 0; i < 20; i += 1) {
    const chosen = `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const res = await fetch(`${stack.base}/api/chat`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": `198.51.100.${i}` },
      body: JSON.stringify({ sessionId: chosen, message: "Bonjour" }),
    });
    const body = (await res.json()) as { sessionId?: string };
    const summary = await fetch(`${stack.base}/api/sessions/${chosen}/summary`);
    await summary.arrayBuffer();
    if (body.sessionId === chosen || summary.status === 200) adopted += 1;
  }
  const long = await fetch(`${stack.base}/api/search?q=${"a".repeat(40_000)}`);
  const page = await fetch(`${stack.base}/`);
  await page.arrayBuffer();
  const csp = page.headers.get("Content-Security-Policy") ?? "";
  return {
    redteam_client_chosen_ids: 20,
    redteam_client_chosen_ids_adopted: adopted,
    redteam_long_url_json_414: long.status === 414 && /json/.test(long.headers.get("Content-Type") ?? "") ? 1 : 0,
    redteam_page_csp_frame_ancestors: /frame-ancestors 'none'/.test(csp) ? 1 : 0,
  };
}

/** 400 find-opco requests at once from one address over 100 companies: how many reach the directory. */
export async function directoryBurst(stack: Stack): Promise<Counts> {
  const before = stack.directory.queries.length;
  const responses = await Promise.all(
    Array.from({ length: 400 }, (_, i) =>
      fetch(`${stack.base}/api/tools/find-opco`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": "203.0.113.99" },
        body: JSON.stringify({ siren: nthSiren(i % 100, 20_000_000), lang: "en" }),
      }),
    ),
  );
  const bodies = await Promise.all(responses.map((r) => r.text()));
  return {
    redteam_directory_requests: 400,
    redteam_directory_throttled_429: responses.filter((r) => r.status === 429).length,
    redteam_directory_try_again_later: bodies.filter((b) => /try again in \d+ s/.test(b)).length,
    redteam_directory_calls: stack.directory.queries.length - before,
  };
}
