import { z } from "zod";

const list = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** A secret or URL that may be unset; an empty value counts as unset. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** Configuration read from the environment (wrangler `[vars]` and secrets). Defaults are those of README.md. */
export const ConfigSchema = z.object({
  ALLOWED_ORIGINS: list.describe("Origins allowed to call the API from a browser, comma-separated"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  COMPANY_DIRECTORY_URL: z
    .url()
    .default("https://recherche-entreprises.api.gouv.fr")
    .describe("Base URL of the public company directory API"),
  COMPANY_DIRECTORY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(30_000)
    .default(2500)
    .describe("Timeout of one directory call, in ms"),
  COMPANY_DIRECTORY_CALLS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(60)
    .describe(
      "Calls to the company directory one isolate may make a minute (cached answers and shared lookups are free); 0: no budget",
    ),
  TEAMS_APP_ID: z.string().trim().optional().describe("Microsoft Teams bot: the Azure Bot's app id (secret)"),
  TEAMS_APP_PASSWORD: z.string().trim().optional().describe("Microsoft Teams bot: the app's client secret (secret)"),
  TEAMS_OPENID_METADATA_URL: z
    .url()
    .default("https://login.botframework.com/v1/.well-known/openidconfiguration")
    .describe("Bot Framework OpenID metadata, whose jwks_uri signs the tokens Teams sends"),
  TEAMS_TOKEN_URL: z
    .url()
    .default("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")
    .describe("Where the bot gets its client-credentials token to reply"),
  TEAMS_SERVICE_URL_HOSTS: list.describe(
    "Hosts the Teams activities' serviceUrl may name, comma-separated (`*.domain` for subdomains); the Bot Framework's when empty",
  ),
  PUBLIC_BASE_URL: optional(z.url()).describe(
    "Public origin of the assistant, for links sent to chat apps; the request's origin when unset",
  ),
  SLACK_SIGNING_SECRET: optional(z.string()).describe(
    "Slack app signing secret (a secret); the Slack routes answer 503 without it",
  ),
  SLACK_BOT_TOKEN: optional(z.string()).describe("Slack bot token `xoxb-...` (a secret)"),
  SLACK_API_URL: optional(z.url()).describe("Slack Web API base URL; https://slack.com/api when unset"),
  RATE_LIMIT_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(20)
    .describe(
      "Chat turns and questions one user, session or client IP may send per minute (per isolate); 0 turns the limit off",
    ),
  SUMMARY_LINK_SECRET: optional(z.string().min(16)).describe(
    "Secret that signs the summary links sent to Slack and Teams (a secret); without it their summaries are refused",
  ),
  ADMIN_TOKEN: optional(z.string().trim().min(16, "at least 16 characters")).describe(
    "Opens the dashboard (/admin) and the /api/admin routes (a secret); without it they answer 503",
  ),
  LEADS_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/ })).describe(
    "Where each call-back request is forwarded (a secret: a Slack incoming webhook, an automation tool's hook)",
  ),
  LEADS_WEBHOOK_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(30_000)
    .default(5000)
    .describe("Time one forwarding attempt has, in ms; past it the lead is retried later"),
  LEADS_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(1095)
    .describe("Days a call-back request is kept, then deleted"),
  ANALYTICS_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(395)
    .describe("Days an analytics event is kept, then deleted"),
  OPENAI_API_KEY: optional(z.string().trim()).describe(
    "Key of the OpenAI-compatible endpoint (a secret); with OPENAI_BASE_URL unset too, the embedded composer answers",
  ),
  OPENAI_BASE_URL: optional(z.url()).describe(
    "Base URL of any OpenAI-compatible Chat Completions API (OpenAI, Azure, Mistral, vLLM, Ollama...)",
  ),
  OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini").describe("Model name sent to the endpoint"),
  LLM_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(120_000)
    .default(8000)
    .describe("Time budget of the LLM for one turn, in ms; past it the embedded reply is used"),
  LLM_SESSION_TOKEN_BUDGET: z.coerce
    .number()
    .int()
    .min(0)
    .default(50_000)
    .describe("Tokens one session may spend on the LLM; past it the embedded composer answers"),
});
export type Config = z.infer<typeof ConfigSchema>;

/** The LLM layer is on when a key or a base URL is set. */
export const llmEnabled = (config: Pick<Config, "OPENAI_API_KEY" | "OPENAI_BASE_URL">) =>
  Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);

/** Parses the environment; an invalid value is a start-up error that names the variable. */
export function loadConfig(env: Record<string, unknown>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  return parsed.data;
}
