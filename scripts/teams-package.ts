// Builds the Microsoft Teams app package: manifest.json, its French localisation and its two icons, zipped.
// Usage: TEAMS_APP_ID=<guid> TEAMS_BOT_DOMAIN=<host> npm run teams:package  ->  dist/teams-app.zip
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import pkg from "../package.json";
import { FRENCH_FILE, frenchLocalization, PLACEHOLDER_APP_ID, teamsManifest } from "./teams/manifest";
import { colorIcon, outlineIcon } from "./teams/png";

const ACCENT = "#1F5FAD";
const ACCENT_RGBA = [0x1f, 0x5f, 0xad, 0xff] as const;

export interface PackageOptions {
  appId?: string;
  domain?: string;
  /** Where the zip goes (default dist/teams-app.zip). */
  out?: string;
}

/** Writes the package and returns its path. */
export function buildTeamsPackage(options: PackageOptions = {}): string {
  const manifest = teamsManifest({
    appId: options.appId || PLACEHOLDER_APP_ID,
    domain: options.domain || "opco-assistant.example.workers.dev",
    version: pkg.version,
    accentColor: ACCENT,
  });
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  const zip = zipSync({
    "manifest.json": json(manifest),
    [FRENCH_FILE]: json(frenchLocalization()),
    "color.png": colorIcon(ACCENT_RGBA),
    "outline.png": outlineIcon(),
  });
  const out = resolve(options.out ?? "dist/teams-app.zip");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const appId = process.env.TEAMS_APP_ID;
  const out = buildTeamsPackage({ appId, domain: process.env.TEAMS_BOT_DOMAIN });
  console.log(`Teams app package: ${out}`);
  if (!appId) console.log(`TEAMS_APP_ID is not set: the manifest uses the placeholder id ${PLACEHOLDER_APP_ID}.`);
  if (!process.env.TEAMS_BOT_DOMAIN) console.log("TEAMS_BOT_DOMAIN is not set: validDomains holds a placeholder host.");
}
