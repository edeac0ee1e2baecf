import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Two projects: unit tests of the platform-free core in Node, and integration tests of the
// real worker (routes + Durable Objects) inside workerd.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**"],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // A closed local port: the company directory is unreachable, so the tests check the offline fallback.
            miniflare: { bindings: { LOG_LEVEL: "warn", COMPANY_DIRECTORY_URL: "http://127.0.0.1:9" } },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/worker/**/*.test.ts"],
        },
      },
    ],
  },
});
