/**
 * The project's own red team: `npm run bench -- redteam`. Bounded (REDTEAM_FUZZ requests, 1500 by
 * default, about a minute) and loopback only: `wrangler dev` with Slack, Teams and the company
 * directory pointed at local fakes. It replays the forgeries of issue 14 (Slack signatures, Teams
 * tokens and serviceUrl, replays, client-chosen session ids, a huge URL, a burst on the directory)
 * and a seeded fuzzer over every route, and prints the counts; nothing is asserted.
 */
import { directoryBurst, slackForgeries, teamsForgeries, webForgeries } from "./redteam/forgeries";
import { fuzz } from "./redteam/fuzz";
import { startStack } from "./redteam/stack";

export const onlyWhenNamed = true;

export async function run(): Promise<Record<string, number>> {
  const stack = await startStack();
  try {
    return {
      ...(await slackForgeries(stack)),
      ...(await teamsForgeries(stack)),
      ...(await webForgeries(stack)),
      ...(await directoryBurst(stack)),
      ...(await fuzz(stack, Number(process.env.REDTEAM_FUZZ ?? 1500))),
    };
  } finally {
    await stack.stop();
  }
}
