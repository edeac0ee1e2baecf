import { z } from "zod";

/** The two languages the assistant speaks. */
export const LangSchema = z.enum(["fr", "en"]).describe("Language of the conversation: French or English");
export type Lang = z.infer<typeof LangSchema>;

/** Text in both languages, picked with {@link pick}. */
export type Bilingual = Record<Lang, string>;

export const pick = (text: Bilingual, lang: Lang): string => text[lang];
