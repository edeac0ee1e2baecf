import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Lang } from "../core/lang";
import { parseCard } from "../retrieval/card";
import type { CardFile } from "../retrieval/checks";

const LANGS: Lang[] = ["fr", "en"];

/** Reads and parses every `<dir>/fr/*.md` and `<dir>/en/*.md` card (build time only). */
export function readCardFiles(dir: string): CardFile[] {
  return LANGS.flatMap((lang) => {
    const folder = join(dir, lang);
    let names: string[];
    try {
      names = readdirSync(folder)
        .filter((name) => name.endsWith(".md"))
        .sort();
    } catch {
      return [];
    }
    return names.map((name) => ({
      path: `${lang}/${name}`,
      lang,
      fileId: name.slice(0, -3),
      result: parseCard(readFileSync(join(folder, name), "utf8"), (source) => parseYaml(source) as unknown),
    }));
  });
}
