import { z } from "zod";

/**
 * A multinomial naive Bayes text classifier over word unigrams and bigrams of normalised text:
 * trained at build time on labelled examples, shipped as a small table of log-probabilities.
 */
export const ClassifierModelSchema = z.object({
  labels: z.array(z.string()),
  /** log P(label). */
  priors: z.array(z.number()),
  /** feature -> log P(feature | label), one per label. */
  features: z.record(z.string(), z.array(z.number())),
  /** log P(unseen feature | label), one per label. */
  unseen: z.array(z.number()),
});
export type ClassifierModel = z.infer<typeof ClassifierModelSchema>;

const STOP = new Set(
  (
    "le la les un une des de du d l a au aux et ou en dans sur pour par avec que qui quoi je j tu il elle on nous vous ils elles " +
    "me m te t se s ce c ca cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs y est sont suis bonjour merci " +
    "the a an and or of to in on for with is are am be i you he she we they it my our your their this that me us hi hello thanks"
  ).split(" "),
);

/** The features of a normalised text: its content words and their bigrams. */
export function features(text: string): string[] {
  const words = text
    .replace(/[^a-z0-9' -]+/g, " ")
    .split(/[\s']+/)
    .filter((w) => w.length > 1 && !STOP.has(w));
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]}_${words[i]}`);
  return out;
}

/** Trains the model; features seen fewer than `minCount` times are left out (the table stays small). */
export function train(examples: readonly { text: string; label: string }[], minCount = 2): ClassifierModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const counts = new Map<string, number[]>();
  const totals = labels.map(() => 0);
  const docs = labels.map(() => 0);
  for (const example of examples) {
    const l = labels.indexOf(example.label);
    docs[l] = (docs[l] ?? 0) + 1;
    for (const feature of features(example.text)) {
      const row = counts.get(feature) ?? labels.map(() => 0);
      row[l] = (row[l] ?? 0) + 1;
      counts.set(feature, row);
    }
  }
  const kept = [...counts].filter(([, row]) => row.reduce((a, b) => a + b, 0) >= minCount);
  for (const [, row] of kept) for (const [l, n] of row.entries()) totals[l] = (totals[l] ?? 0) + n;
  const vocabulary = kept.length + 1;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const denominator = (l: number) => (totals[l] ?? 0) + vocabulary;
  return {
    labels,
    priors: docs.map((n) => round(Math.log((n + 1) / (examples.length + labels.length)))),
    features: Object.fromEntries(
      kept.map(([f, row]) => [f, row.map((n, l) => round(Math.log((n + 1) / denominator(l))))]),
    ),
    unseen: labels.map((_, l) => round(Math.log(1 / denominator(l)))),
  };
}

/** The most likely label of a normalised text, with its margin over the runner-up (in log units). */
export function classify(model: ClassifierModel, text: string): { label: string; margin: number } {
  const scores = [...model.priors];
  for (const feature of features(text)) {
    const row = model.features[feature];
    if (!row) continue;
    for (let l = 0; l < scores.length; l++) scores[l] = (scores[l] ?? 0) + (row[l] ?? 0);
  }
  let best = 0;
  for (let l = 1; l < scores.length; l++) if ((scores[l] ?? 0) > (scores[best] ?? 0)) best = l;
  const runnerUp = Math.max(...scores.filter((_, l) => l !== best));
  return { label: model.labels[best] ?? "other", margin: (scores[best] ?? 0) - runnerUp };
}
