import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { FAKE_LLM_URL, fakeChatCompletions } from "./test/worker-llm/fake-chat-completions";

// D1 migrations and the SQL the Qualiopi importer generates for the fixture, handed to the workerd tests as bindings.
const d1Migrations = await readD1Migrations("./migrations");
const qualiopiFixtureSql = readFileSync("./test/fixtures/qualiopi-liste-publique-of.sql", "utf8");

// Two projects: unit tests of the platform-free core in Node, and integration tests of the
// real worker (routes + Durable Objects) inside workerd.
export default defineConfig({
  test: {
    // The first request of a workerd test file builds the runtime (knowledge index load), slow under the test transform.
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**", "test/worker-llm/**"],
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // A closed local port: the company directory is unreachable, so the tests check the offline fallback.
            miniflare: {
              bindings: {
                LOG_LEVEL: "warn",
                COMPANY_DIRECTORY_URL: "http://127.0.0.1:9",
                D1_MIGRATIONS: d1Migrations,
                QUALIOPI_FIXTURE_SQL: qualiopiFixtureSql,
              },
            },
          }),
        ],
        test: {
          name: "workers",
          include: ["test/worker/**/*.test.ts"],
        },
      },
      {
        // The worker with the LLM layer on: every outbound fetch meets a fake Chat Completions API.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                LOG_LEVEL: "warn",
                OPENAI_BASE_URL: FAKE_LLM_URL,
                OPENAI_API_KEY: "test-key",
                COMPANY_DIRECTORY_URL: "http://127.0.0.1:9",
              },
              outboundService: fakeChatCompletions,
            },
          }),
        ],
        test: {
          name: "workers-llm",
          include: ["test/worker-llm/**/*.test.ts"],
        },
      },
    ],
  },
});
