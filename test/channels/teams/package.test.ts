import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { buildTeamsPackage } from "../../../scripts/teams-package";
import { siteRoutes } from "../../../src/channels/web/site";

const dir = mkdtempSync(join(tmpdir(), "teams-package-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Width, height and decoded pixel bytes of an RGBA PNG. */
function readPng(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  expect([...buffer.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const idatLength = buffer.readUInt32BE(33);
  expect(buffer.toString("ascii", 37, 41)).toBe("IDAT");
  const raw = inflateSync(buffer.subarray(41, 41 + idatLength));
  return { width, height, colourType: buffer[25], raw };
}

describe("npm run teams:package", () => {
  const APP_ID = "7d4c0f3e-5a6b-4c8d-9e0f-1a2b3c4d5e6f";
  const zip = unzipSync(
    readFileSync(buildTeamsPackage({ appId: APP_ID, domain: "opco.example.workers.dev", out: join(dir, "app.zip") })),
  );

  it("zips a manifest (schema 1.17) whose bot is the app id, in the three scopes", () => {
    expect(Object.keys(zip).sort()).toEqual(["color.png", "fr-fr.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(new TextDecoder().decode(zip["manifest.json"]));
    expect(manifest.manifestVersion).toBe("1.17");
    expect(manifest.$schema).toContain("v1.17");
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots).toEqual([
      expect.objectContaining({ botId: APP_ID, scopes: ["personal", "team", "groupChat"] }),
    ]);
    expect(manifest.validDomains).toEqual(["opco.example.workers.dev"]);
    expect(manifest.icons).toEqual({ color: "color.png", outline: "outline.png" });
    expect(manifest.developer.websiteUrl).toBe("https://opco.example.workers.dev");
  });

  it("points to the assistant's own privacy and terms pages, which are served", async () => {
    const manifest = JSON.parse(new TextDecoder().decode(zip["manifest.json"]));
    expect(manifest.developer.privacyUrl).toBe("https://opco.example.workers.dev/privacy");
    expect(manifest.developer.termsOfUseUrl).toBe("https://opco.example.workers.dev/terms");
    const site = siteRoutes({ widget: { js: "", hash: "x" } });
    for (const url of [manifest.developer.privacyUrl, manifest.developer.termsOfUseUrl]) {
      const res = await site.request(new URL(url).pathname, { headers: { "Accept-Language": "en-GB,en;q=0.8" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toContain("text/html");
      const html = await res.text();
      expect(html).toContain('<html lang="en">');
      expect(html).not.toMatch(/<script|<style|style=/);
    }
    const fr = await (await site.request("/privacy?lang=fr")).text();
    expect(fr).toContain("<h1>Confidentialité</h1>");
    expect(fr).toContain("30 jours");
  });

  it("is localised in French and offers commands (menu and prompt starters) the dialogue understands", () => {
    const manifest = JSON.parse(new TextDecoder().decode(zip["manifest.json"]));
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "fr-fr", file: "fr-fr.json" }],
    });
    const commands = manifest.bots[0].commandLists[0].commands as { title: string; description: string }[];
    expect(commands.length).toBeGreaterThan(2);
    expect(commands.length).toBeLessThanOrEqual(10);
    const fr = JSON.parse(new TextDecoder().decode(zip["fr-fr.json"]));
    expect(fr["name.short"]).toBe("Assistant OPCO");
    expect(fr.$schema).toContain("v1.17/MicrosoftTeams.Localization.schema.json");
    for (const [i, command] of commands.entries()) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
      expect(fr[`bots[0].commandLists[0].commands[${i}].title`]?.length).toBeLessThanOrEqual(32);
    }
    expect(fr["bots[0].commandLists[0].commands[0].title"]).toBe("Je suis employeur");
    expect(fr["name.short"].length).toBeLessThanOrEqual(30);
    expect(fr["description.short"].length).toBeLessThanOrEqual(80);
  });

  it("has a 192x192 colour icon and a 32x32 outline icon, white on transparent", () => {
    const color = readPng(zip["color.png"] ?? new Uint8Array());
    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    expect(color.raw.length).toBe(192 * (1 + 192 * 4));
    const outline = readPng(zip["outline.png"] ?? new Uint8Array());
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const alphas = new Set<number>();
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const at = y * (1 + 32 * 4) + 1 + x * 4;
        const [r, g, b, a] = outline.raw.subarray(at, at + 4);
        alphas.add(a ?? -1);
        if (a) expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect([...alphas].sort()).toEqual([0, 255]);
  });

  it("uses a placeholder bot id when none is given, and refuses an app id that is not a GUID", () => {
    const placeholder = unzipSync(readFileSync(buildTeamsPackage({ out: join(dir, "placeholder.zip") })));
    expect(JSON.parse(new TextDecoder().decode(placeholder["manifest.json"])).bots[0].botId).toBe(
      "00000000-0000-0000-0000-000000000000",
    );
    expect(() => buildTeamsPackage({ appId: "my-bot", out: join(dir, "bad.zip") })).toThrow(/GUID/);
  });
});
