import { readFileSync } from "node:fs";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { FAKE_HOOK_URL, fakeWebhook } from "./test/worker-leads/fake-webhook-service";
import { FAKE_LLM_URL, fakeChatCompletions } from "./test/worker-llm/fake-chat-completions";

// D1 migrations and the SQL the Qualiopi importer generates for the fixture, handed to the workerd tests as bindings.
const d1Migrations = await readD1Migrations("./migrations");
const centreMigrations = await readD1Migrations("./migrations/centre");
/** The dashboard's token in the workerd tests. */
const ADMIN_TOKEN = "workerd-admin-token-0123456789";
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
          exclude: ["test/worker/**", "test/worker-llm/**", "test/worker-leads/**"],
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
                CENTRE_MIGRATIONS: centreMigrations,
                ADMIN_TOKEN,
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
      {
        // The leads' outbox in workerd: every outbound fetch meets a fake webhook that is down, slow or failing.
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                LOG_LEVEL: "error",
                COMPANY_DIRECTORY_URL: "http://127.0.0.1:9",
                LEADS_WEBHOOK_URL: FAKE_HOOK_URL,
                LEADS_WEBHOOK_TIMEOUT_MS: "300",
                CENTRE_MIGRATIONS: centreMigrations,
                ADMIN_TOKEN,
              },
              outboundService: fakeWebhook,
            },
          }),
        ],
        test: {
          name: "workers-leads",
          include: ["test/worker-leads/**/*.test.ts"],
        },
      },
    ],
  },
});
