import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startWranglerDev } from "../../scripts/wrangler-dev";
import { startFakeSlack } from "../../test/channels/slack/fake-slack";
import { BOT_TOKEN } from "../../test/channels/slack/harness";
import { signingKey, startFakeBotFramework } from "../../test/channels/teams/fake-bot-framework";
import { chatAppVars } from "../../test/fakes/chat-app-vars";
import { fakeDirectory, json, searchBody, searchResult } from "../../test/tools/fake-directory";

/**
 * The assistant as `npm start` runs it, with Slack and Teams configured against local fakes of
 * their APIs and the company directory replaced by a local fake that counts its calls: every
 * outbound request stays on loopback.
 */
export async function startStack() {
  const slack = await startFakeSlack({ token: BOT_TOKEN });
  const key = await signingKey("redteam-key");
  const bot = await startFakeBotFramework({ keys: [key] });
  const directory = await fakeDirectory((q, res) => {
    const siren = q.slice(0, 9);
    const found = searchResult({ siren, siret: `${siren}00017`, name: "SAS", naf: "55.10Z", idccs: ["1979"] });
    setTimeout(() => json(res, 200, searchBody([found])), 20);
  });
  const persist = await mkdtemp(join(tmpdir(), "opco-redteam-"));
  const server = await startWranglerDev({
    persistTo: persist,
    vars: {
      LOG_LEVEL: "error",
      COMPANY_DIRECTORY_URL: directory.url,
      SUMMARY_LINK_SECRET: "redteam-summary-link-secret",
      ...chatAppVars(slack.url, bot),
    },
  });
  return {
    base: server.base,
    slack,
    bot,
    key,
    directory,
    async stop() {
      await server.stop();
      await Promise.all([slack.close(), bot.close(), directory.close(), rm(persist, { recursive: true, force: true })]);
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

/** Waits until `count()` has not changed for `quietMs` (answers are posted after the acknowledgement), 20 s at most. */
export async function settled(count: () => number, quietMs = 1500): Promise<number> {
  const deadline = Date.now() + 20_000;
  let last = count();
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (count() !== last) {
      last = count();
      since = Date.now();
    }
  }
  return count();
}
