import { z } from "zod";
import { type NaiveBayesModel, NaiveBayesModelSchema } from "../core/naive-bayes";
import type { RealWords } from "./text";

/** What `npm run understanding:build` writes to src/generated/understanding.json. */
export const UnderstandingBundleSchema = z.object({
  realWordsKey: z.string().describe("Hash of what the list was computed from (domain words, dictionaries)"),
  realWords: z.array(z.string()).describe("Real words close to a domain word, never read as its typo"),
  intents: NaiveBayesModelSchema.describe("The intent classifier"),
});
export type UnderstandingBundle = z.infer<typeof UnderstandingBundleSchema>;

/** What the understanding stage is built with: the intent classifier and the real words the typo correction leaves alone. */
export interface UnderstandingModel {
  intentModel: NaiveBayesModel;
  realWords: RealWords;
}

/** The model of a bundle, ready to use. */
export function understandingModel(bundle: UnderstandingBundle): UnderstandingModel {
  return { intentModel: bundle.intents, realWords: new Set(bundle.realWords) };
}
