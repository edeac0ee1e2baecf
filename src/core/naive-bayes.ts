import { z } from "zod";

/**
 * A multinomial naive Bayes text classifier over word unigrams and bigrams of normalised text
 * (lower case, accents folded): trained at build time on labelled examples, shipped as sparse
 * counts (a feature lists only the labels it was seen with), scored with add-one smoothing.
 */
export const NaiveBayesModelSchema = z.object({
  labels: z.array(z.string()),
  /** Number of training examples of each label. */
  docs: z.array(z.number().int()),
  /** Number of feature occurrences of each label. */
  totals: z.array(z.number().int()),
  /** feature -> [label index, count, label index, count, ...] for the labels it was seen with. */
  features: z.record(z.string(), z.array(z.number().int())),
});
export type NaiveBayesModel = z.infer<typeof NaiveBayesModelSchema>;

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

/** Trains a model; features seen fewer than `minCount` times are left out (the table stays small). */
export function train(examples: readonly { text: string; label: string }[], minCount = 2): NaiveBayesModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = new Map<string, Map<number, number>>();
  const docs = labels.map(() => 0);
  for (const example of examples) {
    const l = index.get(example.label) ?? 0;
    docs[l] = (docs[l] ?? 0) + 1;
    for (const feature of features(example.text)) {
      const row = counts.get(feature) ?? new Map<number, number>();
      row.set(l, (row.get(l) ?? 0) + 1);
      counts.set(feature, row);
    }
  }
  const totals = labels.map(() => 0);
  const kept: [string, number[]][] = [];
  for (const [feature, row] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if ([...row.values()].reduce((a, b) => a + b, 0) < minCount) continue;
    const flat: number[] = [];
    for (const [l, n] of [...row].sort(([a], [b]) => a - b)) {
      flat.push(l, n);
      totals[l] = (totals[l] ?? 0) + n;
    }
    kept.push([feature, flat]);
  }
  return { labels, docs, totals, features: Object.fromEntries(kept) };
}

/** What scoring needs besides the counts, computed once per model. */
const prepared = new WeakMap<NaiveBayesModel, { priors: number[]; denominators: number[] }>();

function prepare(model: NaiveBayesModel) {
  let found = prepared.get(model);
  if (!found) {
    const vocabulary = Object.keys(model.features).length + 1;
    const examples = model.docs.reduce((a, b) => a + b, 0);
    found = {
      priors: model.docs.map((n) => Math.log((n + 1) / (examples + model.labels.length))),
      denominators: model.totals.map((total) => Math.log(total + vocabulary)),
    };
    prepared.set(model, found);
  }
  return found;
}

/** log P(label) + sum of log P(feature | label) for each label, in the model's label order. */
function logScores(model: NaiveBayesModel, text: string): number[] {
  const { priors, denominators } = prepare(model);
  const scores = [...priors];
  for (const feature of features(text)) {
    const row = model.features[feature];
    if (!row) continue;
    // Unseen with a label: log(1 / denominator); seen n times: log((n + 1) / denominator).
    for (let l = 0; l < scores.length; l++) scores[l] = (scores[l] ?? 0) - (denominators[l] ?? 0);
    for (let i = 0; i < row.length; i += 2) {
      const l = row[i] ?? 0;
      scores[l] = (scores[l] ?? 0) + Math.log((row[i + 1] ?? 0) + 1);
    }
  }
  return scores;
}

/** The most likely label of a normalised text, with its margin over the runner-up (in log units). */
export function classify(model: NaiveBayesModel, text: string): { label: string; margin: number } {
  const scores = logScores(model, text);
  let best = 0;
  for (let l = 1; l < scores.length; l++) if ((scores[l] ?? 0) > (scores[best] ?? 0)) best = l;
  const runnerUp = Math.max(...scores.filter((_, l) => l !== best));
  return { label: model.labels[best] ?? "other", margin: (scores[best] ?? 0) - runnerUp };
}

/** P(label | text) of every label, summing to 1. */
export function posteriors(model: NaiveBayesModel, text: string): Map<string, number> {
  const scores = logScores(model, text);
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return new Map(model.labels.map((label, l) => [label, (exp[l] ?? 0) / sum]));
}
