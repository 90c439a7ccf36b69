import type { ScoringSample } from './lead-scoring-facts.js';
import { type FactorId, SCORING_FACTORS } from './scoring-factors.js';
import { MAX_FACTOR_WEIGHT, positiveWeightTotal, type ScoringModel } from './scoring-model.js';
import { scoreLead } from './lead-score.js';

/**
 * Learns factor weights from won and lost leads with L2-regularised logistic regression, fitted
 * by plain batch gradient descent from zero: no randomness, so the same history always gives the
 * same proposal. Features are the factor values, negated for factors that subtract points, so a
 * positive coefficient means "the factor works the way the model assumes". A negative
 * coefficient becomes weight 0: the model's directions are a policy choice, not something to learn.
 */
export interface RegressionOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty; keeps weights of rare factors from running off on a small history. */
  lambda: number;
  /** Every n-th sample (in the given order) is held out to measure accuracy. */
  holdOutEvery: number;
}

export const DEFAULT_REGRESSION_OPTIONS: RegressionOptions = { iterations: 2000, learningRate: 0.5, lambda: 0.01, holdOutEvery: 5 };

/** Fewer closed leads than this and a proposal would be noise. */
export const MIN_TRAINING_SAMPLES = 20;

export interface ModelEvaluation {
  /** Share of held-out leads where "score ≥ 50" matches won, 0–1. */
  accuracy: number;
  /** Share of (won, lost) pairs of held-out leads where the won lead scores higher (AUC), 0–1. */
  ranking: number;
}

export interface WeightProposal {
  weights: Record<FactorId, number>;
  sampleSize: number;
  trainingSize: number;
  heldOutSize: number;
  won: number;
  lost: number;
  current: ModelEvaluation;
  proposed: ModelEvaluation;
}

function features(sample: ScoringSample, model: ScoringModel): number[] {
  return SCORING_FACTORS.map((factor) => (factor.direction === 'positive' ? 1 : -1) * factor.value(sample.facts, model.targets));
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Coefficients per factor plus an intercept (last), fitted on `samples`. */
export function fitLogisticRegression(rows: readonly number[][], labels: readonly number[], options: RegressionOptions): number[] {
  const width = (rows[0]?.length ?? 0) + 1;
  const intercept = width - 1;
  const beta = new Array<number>(width).fill(0);
  const n = rows.length;
  if (n === 0) return beta;
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const gradient = new Array<number>(width).fill(0);
    rows.forEach((row, i) => {
      const z = row.reduce((sum, x, j) => sum + (beta[j] ?? 0) * x, beta[intercept] ?? 0);
      const error = sigmoid(z) - (labels[i] ?? 0);
      row.forEach((x, j) => {
        gradient[j] = (gradient[j] ?? 0) + error * x;
      });
      gradient[intercept] = (gradient[intercept] ?? 0) + error;
    });
    for (let j = 0; j < width; j++) {
      // The intercept is not penalised: it only shifts the base rate.
      const current = beta[j] ?? 0;
      const penalty = j === intercept ? 0 : options.lambda * current;
      beta[j] = current - options.learningRate * ((gradient[j] ?? 0) / n + penalty);
    }
  }
  return beta;
}

/** Turns coefficients into weights on the model's scale: the positive factors together worth 100. */
export function weightsFromCoefficients(coefficients: readonly number[]): Record<FactorId, number> {
  const clipped = SCORING_FACTORS.map((_, index) => Math.max(0, coefficients[index] ?? 0));
  const positiveTotal = SCORING_FACTORS.reduce((sum, factor, index) => sum + (factor.direction === 'positive' ? (clipped[index] ?? 0) : 0), 0);
  const scale = positiveTotal > 0 ? 100 / positiveTotal : 0;
  return Object.fromEntries(
    SCORING_FACTORS.map((factor, index) => [factor.id, Math.min(MAX_FACTOR_WEIGHT, Math.round((clipped[index] ?? 0) * scale))]),
  ) as Record<FactorId, number>;
}

export function evaluateModel(samples: readonly ScoringSample[], model: ScoringModel): ModelEvaluation {
  if (samples.length === 0) return { accuracy: 0, ranking: 0 };
  const at = new Date(0);
  const scored = samples.map((sample) => ({ score: scoreLead(sample.facts, model, at).score, won: sample.won }));
  const correct = scored.filter((entry) => entry.score >= 50 === entry.won).length;
  const won = scored.filter((entry) => entry.won);
  const lost = scored.filter((entry) => !entry.won);
  let pairs = 0;
  let concordant = 0;
  for (const w of won) {
    for (const l of lost) {
      pairs += 1;
      concordant += w.score > l.score ? 1 : w.score === l.score ? 0.5 : 0;
    }
  }
  return { accuracy: correct / samples.length, ranking: pairs === 0 ? 0 : concordant / pairs };
}

/**
 * A proposal of new weights from `samples` (closed leads, in a stable order such as by id), with
 * the current and proposed model compared on the held-out leads. Null below MIN_TRAINING_SAMPLES
 * or when all samples have the same outcome (nothing to learn from).
 */
export function proposeWeights(
  samples: readonly ScoringSample[],
  current: ScoringModel,
  options: RegressionOptions = DEFAULT_REGRESSION_OPTIONS,
): WeightProposal | null {
  const won = samples.filter((sample) => sample.won).length;
  if (samples.length < MIN_TRAINING_SAMPLES || won === 0 || won === samples.length) return null;
  const training = samples.filter((_, index) => (index + 1) % options.holdOutEvery !== 0);
  const heldOut = samples.filter((_, index) => (index + 1) % options.holdOutEvery === 0);
  const coefficients = fitLogisticRegression(
    training.map((sample) => features(sample, current)),
    training.map((sample) => (sample.won ? 1 : 0)),
    options,
  );
  const weights = weightsFromCoefficients(coefficients);
  // No factor helped predict a win: there is no sensible proposal on this history.
  if (positiveWeightTotal(weights) === 0) return null;
  const proposedModel: ScoringModel = { ...current, weights };
  return {
    weights,
    sampleSize: samples.length,
    trainingSize: training.length,
    heldOutSize: heldOut.length,
    won,
    lost: samples.length - won,
    current: evaluateModel(heldOut, current),
    proposed: evaluateModel(heldOut, proposedModel),
  };
}
