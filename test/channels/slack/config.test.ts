import { describe, expect, it } from "vitest";
import { missingSlackSecrets, slackConfigFrom } from "../../../src/channels/slack/config";
import { loadConfig } from "../../../src/core/config";

describe("Slack configuration", () => {
  it("defaults the API URL to Slack's and treats empty secrets as unset", () => {
    const slack = slackConfigFrom(loadConfig({ SLACK_SIGNING_SECRET: "", SLACK_BOT_TOKEN: " " }));
    expect(slack).toEqual({
      signingSecret: undefined,
      botToken: undefined,
      apiUrl: "https://slack.com/api",
      publicBaseUrl: undefined,
    });
    expect(missingSlackSecrets(slack)).toEqual(["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"]);
    expect(missingSlackSecrets(undefined)).toEqual(["SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN"]);
  });

  it("reads the secrets, an overridden API URL and the public origin, without trailing slashes", () => {
    const slack = slackConfigFrom(
      loadConfig({
        SLACK_SIGNING_SECRET: "s3cret",
        SLACK_BOT_TOKEN: "xoxb-1",
        SLACK_API_URL: "http://127.0.0.1:9999/api/",
        PUBLIC_BASE_URL: "https://assistant.example/",
      }),
    );
    expect(slack).toEqual({
      signingSecret: "s3cret",
      botToken: "xoxb-1",
      apiUrl: "http://127.0.0.1:9999/api",
      publicBaseUrl: "https://assistant.example",
    });
    expect(missingSlackSecrets(slack)).toEqual([]);
  });

  it("names a malformed URL at start-up", () => {
    expect(() => loadConfig({ SLACK_API_URL: "not a url" })).toThrow(/SLACK_API_URL/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: "assistant" })).toThrow(/PUBLIC_BASE_URL/);
  });
});
