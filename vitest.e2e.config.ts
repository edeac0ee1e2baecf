import { defineConfig } from "vitest/config";

// Browser end-to-end tests: the real worker under `wrangler dev`, driven in Debian's Chromium by playwright-core.
export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
