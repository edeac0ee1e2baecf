import type { CaseResult, SuiteResult } from "../suite";

/** One pass over the suites: the embedded assistant, or the one built with the LLM variables (`--llm`). */
export interface VariantRun {
  variant: "embedded" | "llm";
  suites: SuiteResult[];
  metrics: Record<string, number>;
}

export interface Delta {
  baseline: number;
  current: number;
  delta: number;
  /** better, worse or same, by the metric's direction. */
  trend: "better" | "worse" | "same";
}

export interface GateFailure {
  metric: string;
  value: number | null;
  bound: "min" | "max";
  threshold: number;
}

export interface EvalReport {
  createdAt: string;
  target: string;
  machine: { node: string; cpus: number; platform: string };
  runs: VariantRun[];
  /** The metrics the gate and the baseline are about: the first run's. */
  metrics: Record<string, number>;
  deltas: Record<string, Delta>;
  gate: { passed: boolean; failures: GateFailure[] };
  failures: CaseResult[];
  judge: string | null;
}
