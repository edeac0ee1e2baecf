import { BOT_TOKEN, SIGNING_SECRET } from "../channels/slack/harness";
import { APP_ID } from "../channels/teams/harness";

/**
 * The worker's variables (`wrangler dev --var`) that configure Slack and Teams against their
 * local fakes: the signing secret and bot token of the Slack harness, the Teams app of its
 * harness, and the fake Bot Connector's loopback host allowed as a serviceUrl.
 */
export const chatAppVars = (slackUrl: string, bot: { metadataUrl: string; tokenUrl: string }) => ({
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_API_URL: `${slackUrl}/api`,
  TEAMS_APP_ID: APP_ID,
  TEAMS_APP_PASSWORD: "test-password",
  TEAMS_OPENID_METADATA_URL: bot.metadataUrl,
  TEAMS_TOKEN_URL: bot.tokenUrl,
  TEAMS_SERVICE_URL_HOSTS: "127.0.0.1",
});
