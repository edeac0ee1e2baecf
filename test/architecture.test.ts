import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");

/**
 * What each folder of src/ may import from the others: folders import downwards only. `app` is
 * the root files (app.ts, runtime.ts), the composition of everything platform-free; `worker` and
 * `node` are the platform edges that build it.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  generated: [],
  widget: [],
  tools: ["core"],
  retrieval: ["core", "generated"],
  summary: ["core", "tools"],
  understanding: ["core", "tools", "generated"],
  dialogue: ["core", "tools", "retrieval", "summary", "understanding"],
  compose: ["core", "tools", "retrieval", "summary", "understanding", "dialogue", "generated"],
  store: ["core", "dialogue"],
  http: ["core"],
  leads: ["core", "summary", "store"],
  analytics: ["core", "summary", "dialogue"],
  channels: [
    "core",
    "tools",
    "retrieval",
    "summary",
    "understanding",
    "dialogue",
    "store",
    "http",
    "leads",
    "generated",
  ],
  admin: ["core", "summary", "http", "leads", "analytics"],
  app: [
    "core",
    "tools",
    "retrieval",
    "summary",
    "understanding",
    "dialogue",
    "compose",
    "store",
    "http",
    "channels",
    "leads",
    "analytics",
    "admin",
    "generated",
  ],
  worker: ["app", "core", "tools", "dialogue", "store", "leads", "analytics"],
  node: ["app", "core", "tools", "retrieval", "understanding", "dialogue", "store"],
};

/** Folders whose code runs everywhere: no Workers bindings, no Node APIs. */
const PLATFORM_FREE = [
  "core",
  "tools",
  "retrieval",
  "summary",
  "dialogue",
  "compose",
  "store",
  "http",
  "leads",
  "analytics",
  "channels",
  "admin",
  "app",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder of src/ a file belongs to; files at the root of src/ are `app`. */
const folderOf = (path: string) => {
  const parts = relative(SRC, path).split(/[\\/]/);
  return parts.length > 1 ? (parts[0] as string) : "app";
};

interface Import {
  from: string;
  specifier: string;
  target?: string;
}

/** Every import and re-export of src/ (static, dynamic and type-only), with the src/ folder it reaches. */
function imports(): Import[] {
  return sourceFiles(SRC)
    .filter((file) => !relative(SRC, file).startsWith("generated"))
    .flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const specifiers = [
        ...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g),
        ...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1] as string);
      return specifiers.map((specifier) => {
        if (!specifier.startsWith(".")) return { from: file, specifier };
        const path = resolve(dirname(file), specifier);
        return { from: file, specifier, ...(path.startsWith(SRC) ? { target: folderOf(`${path}.ts`) } : {}) };
      });
    });
}

describe("the folders of src/", () => {
  const all = imports();

  it("import downwards only, as the layer table says", () => {
    const wrong = all
      .filter((i) => i.target && i.target !== folderOf(i.from))
      .filter((i) => !(MAY_IMPORT[folderOf(i.from)] ?? []).includes(i.target as string))
      .map((i) => `${relative(SRC, i.from)} -> ${i.specifier}`);
    expect(wrong).toEqual([]);
  });

  it("form no cycle", () => {
    const edges = new Map<string, Set<string>>();
    for (const i of all) {
      const from = folderOf(i.from);
      if (i.target && i.target !== from) edges.set(from, (edges.get(from) ?? new Set()).add(i.target));
    }
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) {
        cycles.push([...path.slice(path.indexOf(node)), node].join(" -> "));
        return;
      }
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const node of edges.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it("are all in the layer table", () => {
    const folders = new Set(sourceFiles(SRC).map(folderOf));
    expect([...folders].filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it("keep platform APIs at the edges (worker/, node/)", () => {
    const platform = all
      .filter((i) => PLATFORM_FREE.includes(folderOf(i.from)))
      .filter((i) => /^(node:|cloudflare:)/.test(i.specifier))
      .map((i) => `${relative(SRC, i.from)} -> ${i.specifier}`);
    expect(platform).toEqual([]);
  });
});
