/**
 * Sizes on the wire: the worker bundle as `wrangler deploy --dry-run --outdir` writes it (offline,
 * no account), gzipped, and the widget script (src/generated/widget.ts), gzipped.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { WIDGET_JS } from "../src/generated/widget";

const exec = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;

/** Bytes of every JavaScript/Wasm file wrangler would upload, raw and gzipped. */
async function workerBundle(): Promise<{ raw: number; gzip: number }> {
  const out = await mkdtemp(join(tmpdir(), "bench-bundle-"));
  try {
    await exec(join(root, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", out], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
      timeout: 120_000,
    });
    let raw = 0;
    let gzip = 0;
    for (const file of await readdir(out, { recursive: true })) {
      if (!/\.(m?js|wasm)$/.test(file)) continue;
      const bytes = await readFile(join(out, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export async function run(): Promise<Record<string, number>> {
  const widget = Buffer.from(WIDGET_JS);
  const worker = await workerBundle();
  return {
    worker_bundle_bytes: worker.raw,
    worker_bundle_gzip_bytes: worker.gzip,
    widget_bytes: widget.length,
    widget_gzip_bytes: gzipSync(widget, { level: 9 }).length,
  };
}
