/** Placeholder bot id when TEAMS_APP_ID is not set: replace it (or set the variable) before sideloading. */
export const PLACEHOLDER_APP_ID = "00000000-0000-0000-0000-000000000000";

export interface ManifestOptions {
  /** The Azure Bot's app id (a GUID). */
  appId: string;
  /** Host name where the worker is deployed, e.g. `opco-assistant.my-team.workers.dev`. */
  domain: string;
  version: string;
  accentColor: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The Teams app manifest (schema 1.17): one bot in personal, team and group chat scopes. */
export function teamsManifest({ appId, domain, version, accentColor }: ManifestOptions) {
  if (!GUID.test(appId)) throw new Error("TEAMS_APP_ID must be the bot's app id, a GUID");
  if (!/^[a-z0-9.-]+$/i.test(domain)) throw new Error("TEAMS_BOT_DOMAIN must be a host name, without scheme or path");
  const site = `https://${domain}`;
  return {
    $schema: "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
    manifestVersion: "1.17",
    version,
    id: appId,
    developer: {
      name: "OPCO funding assistant",
      websiteUrl: site,
      privacyUrl: `${site}/health`,
      termsOfUseUrl: `${site}/health`,
    },
    name: { short: "OPCO assistant", full: "OPCO funding assistant" },
    description: {
      short: "Get a training funded through an OPCO.",
      full:
        "Answers French employers, employees and job seekers, in French or English: which OPCO, which funding " +
        "scheme, which documents and which deadlines, ending with a plan of next steps.",
    },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor,
    bots: [
      {
        botId: appId,
        scopes: ["personal", "team", "groupChat"],
        supportsFiles: false,
        isNotificationOnly: false,
      },
    ],
    permissions: ["identity", "messageTeamMembers"],
    validDomains: [domain],
  };
}
