import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from "jose";
import { createTeamsAuth } from "../src/channels/teams/auth";
import { summaryCard } from "../src/channels/teams/cards";
import { NextStepsSummarySchema } from "../src/core/summary";
import { percentile, round } from "./stats";

/** Teams adapter costs per request: checking a Bot Framework token with cached keys, and building a summary card. */
export async function run() {
  const appId = "7d4c0f3e-5a6b-4c8d-9e0f-1a2b3c4d5e6f";
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256" }] });
  const verify = createTeamsAuth({ appId, keys });
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer("https://api.botframework.com")
    .setAudience(appId)
    .setExpirationTime("1h")
    .sign(privateKey);
  const header = `Bearer ${token}`;
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const started = performance.now();
    const result = await verify(header);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(result.reason);
  }
  const summary = NextStepsSummarySchema.parse({
    lang: "fr",
    profile: {},
    opco: { id: "atlas", name: "Atlas", confidence: "certain", basis: "IDCC 1486" },
    routes: [{ scheme: "cpf", eligible: "yes", why: "compte personnel", funder: "Caisse des Dépôts" }],
    documents: [{ id: "devis", label: "Devis" }],
    steps: [{ order: 1, action: "Demander un devis", who: "salarié" }],
    deadlines: [{ label: "Un mois avant" }],
    unknowns: [],
    citations: [],
    text: "",
  });
  const cardTimes: number[] = [];
  for (let i = 0; i < 10_000; i++) {
    const started = performance.now();
    summaryCard(summary, "https://assistant.example/summary");
    cardTimes.push(performance.now() - started);
  }
  return {
    teams_jwt_verify_p50_ms: round(percentile(times, 50)),
    teams_jwt_verify_p99_ms: round(percentile(times, 99)),
    teams_summary_card_p50_ms: round(percentile(cardTimes, 50)),
  };
}
