import { describe, expect, it } from "vitest";
import { llmEnabled, loadConfig } from "../../src/core/config";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    expect(loadConfig({})).toEqual({
      ALLOWED_ORIGINS: [],
      LOG_LEVEL: "info",
      SESSION_TTL_DAYS: 30,
      COMPANY_DIRECTORY_URL: "https://recherche-entreprises.api.gouv.fr",
      COMPANY_DIRECTORY_TIMEOUT_MS: 2500,
      COMPANY_DIRECTORY_CALLS_PER_MINUTE: 60,
      TEAMS_OPENID_METADATA_URL: "https://login.botframework.com/v1/.well-known/openidconfiguration",
      TEAMS_TOKEN_URL: "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token",
      TEAMS_SERVICE_URL_HOSTS: [],
      RATE_LIMIT_PER_MINUTE: 20,
      LEADS_WEBHOOK_TIMEOUT_MS: 5000,
      LEADS_RETENTION_DAYS: 1095,
      ANALYTICS_RETENTION_DAYS: 395,
      OPENAI_MODEL: "gpt-4o-mini",
      LLM_TIMEOUT_MS: 8000,
      LLM_SESSION_TOKEN_BUDGET: 50_000,
    });
  });

  it("turns the LLM layer on with a key or a base URL, and off with neither", () => {
    expect(llmEnabled(loadConfig({}))).toBe(false);
    expect(llmEnabled(loadConfig({ OPENAI_API_KEY: " ", OPENAI_BASE_URL: "" }))).toBe(false);
    expect(llmEnabled(loadConfig({ OPENAI_API_KEY: "sk-test" }))).toBe(true);
    expect(llmEnabled(loadConfig({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }))).toBe(true);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: "soon" })).toThrow(/LLM_TIMEOUT_MS/);
  });

  it("reads a comma-separated origin list and numbers given as text", () => {
    const config = loadConfig({ ALLOWED_ORIGINS: " https://a.example, https://b.example ,", SESSION_TTL_DAYS: "7" });
    expect(config.ALLOWED_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
    expect(config.SESSION_TTL_DAYS).toBe(7);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ ADMIN_TOKEN: "short" })).toThrow(/ADMIN_TOKEN: at least 16 characters/);
    expect(() => loadConfig({ LEADS_WEBHOOK_URL: "hooks.example.org" })).toThrow(/LEADS_WEBHOOK_URL/);
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ SESSION_TTL_DAYS: "zero" })).toThrow(/SESSION_TTL_DAYS/);
  });
});
