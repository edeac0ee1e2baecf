import { ChatOpenAI } from "@langchain/openai";

/** What the judge is shown: the question, the answer and the cards the answer cites. */
export interface JudgeInput {
  question: string;
  answer: string;
  cards: { id: string; title: string; text: string }[];
}

export interface Judge {
  model: string;
  /** Faithfulness of the answer to its cards, 1 (contradicts or invents) to 5 (everything is in the cards); null when the reply is unusable. */
  grade(input: JudgeInput): Promise<number | null>;
}

export interface JudgeConfig {
  apiKey?: string | undefined;
  baseURL?: string | undefined;
  model?: string | undefined;
  timeoutMs?: number;
}

/** The judge's settings from the environment, or null when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set. */
export function judgeConfigFrom(env: Record<string, string | undefined>): JudgeConfig | null {
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
  if (!apiKey && !baseURL) return null;
  return { apiKey, baseURL, model: env.EVAL_JUDGE_MODEL?.trim() || env.OPENAI_MODEL?.trim() || "gpt-4o-mini" };
}

const SYSTEM = [
  "You grade answers of an assistant about French training funding (OPCO).",
  "Given the question, the answer and the knowledge cards it cites, rate how faithful the answer is to the cards:",
  "5 = every claim is supported by the cards; 4 = minor wording beyond the cards; 3 = some unsupported claims;",
  "2 = important unsupported claims; 1 = contradicts the cards or invents facts.",
  'Reply with JSON only: {"score": <1-5>, "reason": "<one sentence>"}.',
].join("\n");

/** Reads the score from the model's reply: the JSON object's `score`, else the first digit 1-5. */
export function parseScore(text: string): number | null {
  const json = text.match(/\{[\s\S]*\}/)?.[0];
  if (json) {
    try {
      const score = Number((JSON.parse(json) as { score?: unknown }).score);
      if (Number.isInteger(score) && score >= 1 && score <= 5) return score;
    } catch {
      // not JSON: fall through to the first digit
    }
  }
  const digit = text.match(/\b([1-5])\b/)?.[1];
  return digit ? Number(digit) : null;
}

/** An LLM-as-judge through @langchain/openai (any OpenAI-compatible Chat Completions endpoint), temperature 0. */
export function createJudge(config: JudgeConfig): Judge {
  const model = config.model ?? "gpt-4o-mini";
  const chat = new ChatOpenAI({
    model,
    temperature: 0,
    maxRetries: 1,
    timeout: config.timeoutMs ?? 30_000,
    apiKey: config.apiKey ?? "not-needed",
    configuration: config.baseURL ? { baseURL: config.baseURL } : {},
  });
  return {
    model,
    async grade({ question, answer, cards }) {
      const sources = cards.map((c) => `[${c.id}] ${c.title}\n${c.text}`).join("\n\n") || "(no card cited)";
      const message = await chat.invoke([
        ["system", SYSTEM],
        ["human", `Question:\n${question}\n\nAnswer:\n${answer}\n\nCited cards:\n${sources}`],
      ]);
      const text = typeof message.content === "string" ? message.content : JSON.stringify(message.content);
      return parseScore(text);
    },
  };
}
