import { COMMANDS, MANIFEST_TEXT } from "./manifest-copy";

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

/** The French localisation file of the package, next to manifest.json. */
export const FRENCH_FILE = "fr-fr.json";

/** Where the bot's commands (its menu and prompt starters) apply. */
const COMMAND_SCOPES = ["personal", "team", "groupChat"];

/**
 * The Teams app manifest (schema 1.17): one bot in personal, team and group chat scopes, with
 * its commands, English by default and French in `fr-fr.json`; the privacy and terms links are
 * the assistant's own pages.
 */
export function teamsManifest({ appId, domain, version, accentColor }: ManifestOptions) {
  if (!GUID.test(appId)) throw new Error("TEAMS_APP_ID must be the bot's app id, a GUID");
  if (!/^[a-z0-9.-]+$/i.test(domain)) throw new Error("TEAMS_BOT_DOMAIN must be a host name, without scheme or path");
  const site = `https://${domain}`;
  const en = MANIFEST_TEXT.en;
  return {
    $schema: "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
    manifestVersion: "1.17",
    version,
    id: appId,
    localizationInfo: {
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "fr-fr", file: FRENCH_FILE }],
    },
    developer: {
      name: "OPCO funding assistant",
      websiteUrl: site,
      privacyUrl: `${site}/privacy`,
      termsOfUseUrl: `${site}/terms`,
    },
    name: { short: en.short, full: en.full },
    description: { short: en.descriptionShort, full: en.descriptionFull },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor,
    bots: [
      {
        botId: appId,
        scopes: ["personal", "team", "groupChat"],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes: COMMAND_SCOPES, commands: COMMANDS.en }],
      },
    ],
    permissions: ["identity", "messageTeamMembers"],
    validDomains: [domain],
  };
}

/** The French localisation file: the names, descriptions and commands of the manifest, translated. */
export function frenchLocalization() {
  const fr = MANIFEST_TEXT.fr;
  const commands = Object.fromEntries(
    COMMANDS.fr.flatMap((command, i) => [
      [`bots[0].commandLists[0].commands[${i}].title`, command.title],
      [`bots[0].commandLists[0].commands[${i}].description`, command.description],
    ]),
  );
  return {
    $schema: "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.Localization.schema.json",
    "name.short": fr.short,
    "name.full": fr.full,
    "description.short": fr.descriptionShort,
    "description.full": fr.descriptionFull,
    ...commands,
  };
}
