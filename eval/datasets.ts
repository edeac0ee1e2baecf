import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Lang } from "../src/core/lang";
import { TOOL_NAMES, type ToolName } from "../src/tools/catalogue";

/** One question of ask.{fr,en}.jsonl: expected card ids (any of them, best first), facts and forbidden claims as regexes. */
export const AskItemSchema = z.object({
  question: z.string().min(1),
  expected: z.array(z.string()).min(1),
  facts: z.array(z.string()),
  forbidden: z.array(z.string()).optional(),
});
export type AskItem = z.infer<typeof AskItemSchema> & { lang: Lang; split: "dev" | "holdout" };

const ExpectSchema = z.object({
  lang: z.string().optional(),
  step: z.string().optional(),
  profile: z.record(z.string(), z.unknown()).optional(),
  tools: z.array(z.string()).optional(),
  reply: z.array(z.string()).optional(),
  citations: z.array(z.string()).optional(),
  summary: z.boolean().optional(),
});
/** A scripted conversation of dialogues/*.json: expectations per turn and on the final summary. */
export const DialogueSchema = z.object({
  description: z.string(),
  turns: z.array(z.object({ user: z.string(), expect: ExpectSchema.optional() })).min(1),
  summary: z.object({
    opco: z.string().nullable().optional(),
    confidence: z.string().optional(),
    funder: z.string().optional(),
    routes: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
    /** Schemes the plan must list as open (yes or maybe). */
    kept: z.array(z.string()).optional(),
    /** Schemes the plan must not offer: absent or "no", and not named among the possible schemes. */
    dropped: z.array(z.string()).optional(),
    /** Days the deadlines fall on (a last day, or a window's first or last day). */
    deadlineDates: z.array(z.string()).optional(),
    /** The training as the plan names it (the profile's title and the plan's text). */
    training: z.string().optional(),
    /** Documents by id: those the plan lists, those it must not, and parties (in words) that must provide none. */
    documents: z
      .object({
        include: z.array(z.string()).optional(),
        exclude: z.array(z.string()).optional(),
        notBy: z.array(z.string()).optional(),
      })
      .optional(),
    /** Words the steps must say, and words none may say. */
    steps: z.array(z.string()).optional(),
    notInSteps: z.array(z.string()).optional(),
    /** Words of the aids the plan names. */
    aids: z.array(z.string()).optional(),
    unknowns: z.array(z.string()).optional(),
    absent: z.array(z.string()).optional(),
  }),
});
export type Dialogue = z.infer<typeof DialogueSchema> & { name: string; lang: Lang };

/** One tool call of tools.jsonl and the fields its output must have (a partial, deep match). */
export const ToolCaseSchema = z.object({
  id: z.string().min(1),
  tool: z.enum(TOOL_NAMES as [ToolName, ...ToolName[]]),
  input: z.record(z.string(), z.unknown()),
  expect: z.record(z.string(), z.unknown()),
  /** "registry": needs the sample Qualiopi list loaded in-process (skipped against --url). */
  needs: z.literal("registry").optional(),
});
export type ToolCase = z.infer<typeof ToolCaseSchema>;

/** One adversarial message of safety.jsonl, sent to /api/ask or /api/chat. */
export const SafetyCaseSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["off_topic", "injection", "personal_data", "html"]),
  via: z.enum(["ask", "chat"]),
  lang: z.enum(["fr", "en"]),
  message: z.string().min(1),
  /** Acceptable ask outcomes (ask only). */
  outcome: z.array(z.enum(["answered", "low_confidence", "off_topic"])).optional(),
  /** Literal strings the reply must not contain (case-insensitive): the personal data, the markup, the injected text. */
  mustNotContain: z.array(z.string()).default([]),
  /** Regexes the reply must not match. */
  mustNotMatch: z.array(z.string()).default([]),
});
export type SafetyCase = z.infer<typeof SafetyCaseSchema>;

const jsonl = <T>(path: string, schema: z.ZodType<T>): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(
          `${path}:${n}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
        );
      return parsed.data;
    });

/** The ask questions of both languages, with the held-out set (ask-holdout.{fr,en}.jsonl) when it is there. */
export function loadAsk(dir: string): AskItem[] {
  const items: AskItem[] = [];
  for (const lang of ["fr", "en"] as const) {
    for (const [file, split] of [
      [`ask.${lang}.jsonl`, "dev"],
      [`ask-holdout.${lang}.jsonl`, "holdout"],
    ] as const) {
      const path = join(dir, file);
      if (existsSync(path)) items.push(...jsonl(path, AskItemSchema).map((item) => ({ ...item, lang, split })));
    }
  }
  return items;
}

/** Language of a conversation: its name's prefix (fr-, en-), else the first turn's expected language. */
function dialogueLang(name: string, dialogue: z.infer<typeof DialogueSchema>): Lang {
  const prefix = name.slice(0, 3);
  if (prefix === "fr-" || prefix === "en-") return prefix.slice(0, 2) as Lang;
  return dialogue.turns[0]?.expect?.lang === "en" ? "en" : "fr";
}

export function loadDialogues(dir: string): Dialogue[] {
  const sub = join(dir, "dialogues");
  return readdirSync(sub)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, "");
      const dialogue = DialogueSchema.parse(JSON.parse(readFileSync(join(sub, f), "utf8")));
      return { ...dialogue, name, lang: dialogueLang(name, dialogue) };
    });
}

/** One message of the understanding corpus (understanding/{dev,holdout}.{fr,en}.jsonl), labelled by its author. */
export const UnderstandingItemSchema = z.object({
  id: z.string(),
  author: z.string(),
  lang: z.enum(["fr", "en"]),
  message: z.string().min(1),
  source: z.string(),
  position: z.enum(["first", "answer"]),
  askedSlot: z.string().nullish(),
  acts: z.array(z.string()),
  intent: z.string().nullish(),
  entities: z.record(z.string(), z.unknown()).nullish(),
  expect: z
    .object({
      cards: z.array(z.string()).optional(),
      opco: z.string().nullish(),
      funder: z.string().nullish(),
      refuse: z.boolean().optional(),
    })
    .nullish(),
  facts: z.array(z.string()).nullish(),
  note: z.string().nullish(),
});
export type UnderstandingItem = z.infer<typeof UnderstandingItemSchema> & { split: "dev" | "holdout" };

/** The understanding corpus: the development part and the held-out part, never tuned on. */
export function loadUnderstanding(dir: string): UnderstandingItem[] {
  const items: UnderstandingItem[] = [];
  for (const split of ["dev", "holdout"] as const) {
    for (const lang of ["fr", "en"]) {
      const path = join(dir, "understanding", `${split}.${lang}.jsonl`);
      if (existsSync(path)) items.push(...jsonl(path, UnderstandingItemSchema).map((item) => ({ ...item, split })));
    }
  }
  return items;
}

export const loadTools = (dir: string) => jsonl(join(dir, "tools.jsonl"), ToolCaseSchema);
export const loadSafety = (dir: string) => jsonl(join(dir, "safety.jsonl"), SafetyCaseSchema);
