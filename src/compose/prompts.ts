import { z } from "zod";
import type { Lang } from "../core/lang";

/** The prompt files of prompts/, by name (`prompts/<name>.md`). */
export const PROMPT_NAMES = ["system.fr", "system.en", "answer", "summary"] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

const PromptSchema = z.object({
  text: z.string().min(1),
  version: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .describe("First 12 hex digits of the SHA-256 of the text"),
});
export type Prompt = z.infer<typeof PromptSchema>;

/** What `npm run prompts:build` writes to src/generated/prompts.json. */
export const PromptBundleSchema = z.object(
  Object.fromEntries(PROMPT_NAMES.map((name) => [name, PromptSchema])) as Record<PromptName, typeof PromptSchema>,
);
export type PromptBundle = z.infer<typeof PromptBundleSchema>;

export const systemPrompt = (prompts: PromptBundle, lang: Lang): Prompt => prompts[`system.${lang}`];

/** Version ids of every prompt, for logs and evaluation reports: `{ "system.fr": "3f2a...", ... }`. */
export const promptVersions = (prompts: PromptBundle): Record<PromptName, string> =>
  Object.fromEntries(PROMPT_NAMES.map((name) => [name, prompts[name].version])) as Record<PromptName, string>;

/**
 * Fills `{{name}}` placeholders. Values are inserted once, as they are: a value that itself
 * contains `{{...}}` is not expanded again.
 */
export function renderPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
