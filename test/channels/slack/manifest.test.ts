import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifest = parse(readFileSync(new URL("../../../slack/manifest.yaml", import.meta.url), "utf8")) as {
  features: { slash_commands: { command: string; url: string }[]; bot_user: unknown };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

describe("slack/manifest.yaml", () => {
  it("asks for exactly the scopes and events the adapter uses", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      "app_mentions:read",
      "chat:write",
      "commands",
      "im:history",
    ]);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(["app_mention", "message.im"]);
    expect(manifest.features.bot_user).toBeDefined();
  });

  it("points Slack at the three routes of the app on one placeholder host", () => {
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ].map((u) => new URL(u));
    expect(urls.map((u) => u.pathname)).toEqual(["/slack/events", "/slack/interactions", "/slack/commands"]);
    expect(new Set(urls.map((u) => u.origin))).toEqual(new Set(["https://assistant.example.org"]));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/opco"]);
  });
});
