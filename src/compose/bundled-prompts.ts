import promptsJson from "../generated/prompts.json";
import { type PromptBundle, PromptBundleSchema } from "./prompts";

let bundle: PromptBundle | undefined;

/** The prompts bundled by `npm run prompts:build`, validated once per isolate. */
export const bundledPrompts = (): PromptBundle => (bundle ??= PromptBundleSchema.parse(promptsJson));
