import type { AppDeps } from "../../../src/app";
import type { TeamsConfig } from "../../../src/channels/teams/config";
import type { SessionStore } from "../../../src/store/session-store";
import { testApp } from "../../helpers";
import { botToken, type FakeBotFramework, type SigningKey } from "./fake-bot-framework";

export const APP_ID = "7d4c0f3e-5a6b-4c8d-9e0f-1a2b3c4d5e6f";

/**
 * The real app on a memory store, wired to the fake Bot Framework; `send` posts an activity
 * with a valid token for `key` and waits for the work deferred after the 202.
 */
export function teamsHarness(
  fake: FakeBotFramework,
  key: SigningKey,
  options: {
    config?: Omit<AppDeps["config"], "ALLOWED_ORIGINS">;
    now?: () => number;
    store?: (store: SessionStore) => SessionStore;
  } = {},
) {
  const pending: Promise<unknown>[] = [];
  const teams: TeamsConfig = {
    appId: APP_ID,
    appPassword: "test-password",
    openIdMetadataUrl: fake.metadataUrl,
    tokenUrl: fake.tokenUrl,
    serviceUrlHosts: ["127.0.0.1"],
  };
  const base = testApp({ now: options.now });
  const test = testApp({
    now: options.now,
    deps: {
      teams,
      now: options.now,
      defer: (_, task) => pending.push(task),
      config: { ALLOWED_ORIGINS: [], ...options.config },
      ...(options.store ? { store: options.store(base.store) } : {}),
    },
  });
  const store = options.store ? base.store : test.store;
  /** Waits for the work deferred after the 202s. */
  const settle = async () => {
    while (pending.length) await Promise.all(pending.splice(0));
  };
  const send = async (activity: Record<string, unknown>) => {
    const token = await botToken(key, { aud: APP_ID, serviceurl: fake.base });
    const res = await test.post("/teams/messages", activity, { Authorization: `Bearer ${token}` });
    await settle();
    return res;
  };
  return { ...test, store, send, settle };
}

let seq = 0;
/** A message activity from Camille in `conversation`, with the fields Teams sends. */
export const activity = (fake: FakeBotFramework, overrides: Record<string, unknown> = {}) => ({
  type: "message",
  id: `act-${++seq}`,
  channelId: "msteams",
  serviceUrl: fake.base,
  locale: "fr-FR",
  conversation: { id: "a:1personal-chat-with-camille", conversationType: "personal" },
  from: { id: "29:camille", name: "Camille", aadObjectId: "5f1c2b3a-0000-4000-8000-00000000ca11" },
  recipient: { id: `28:${APP_ID}`, name: "OPCO assistant" },
  text: "Bonjour, je cherche un financement",
  ...overrides,
});
