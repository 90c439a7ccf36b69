import type { ScoringSample } from './lead-scoring-facts.js';
import { DEFAULT_SCORING_MODEL } from './scoring-model.js';
import { neutralFacts } from './testing/in-memory-scoring-ports.js';
import { evaluateModel, fitLogisticRegression, MIN_TRAINING_SAMPLES, proposeWeights, weightsFromCoefficients } from './weight-regression.js';

/** History where recent contact decides: leads with 3+ contact moments were won, except a few. */
function history(size: number): ScoringSample[] {
  return Array.from({ length: size }, (_, index) => {
    const contacts = index % 6;
    const won = contacts >= 3 ? index % 11 !== 0 : index % 13 === 0;
    return { won, facts: neutralFacts({ leadId: `lead-${String(index).padStart(3, '0')}`, contactMoments30: contacts, stageProbability: 20 }) };
  });
}

describe('learning weights from won and lost leads', () => {
  it('fits a logistic regression that separates the classes, deterministically', () => {
    const rows = [[0], [0.2], [0.8], [1]];
    const labels = [0, 0, 1, 1];
    const options = { iterations: 3000, learningRate: 1, lambda: 0, holdOutEvery: 5 };
    const beta = fitLogisticRegression(rows, labels, options);
    expect(beta[0]).toBeGreaterThan(3);
    expect(fitLogisticRegression(rows, labels, options)).toEqual(beta);
  });

  it('regularisation keeps coefficients smaller', () => {
    const rows = [[0], [1]];
    const free = fitLogisticRegression(rows, [0, 1], { iterations: 2000, learningRate: 1, lambda: 0, holdOutEvery: 5 });
    const penalised = fitLogisticRegression(rows, [0, 1], { iterations: 2000, learningRate: 1, lambda: 0.5, holdOutEvery: 5 });
    expect(Math.abs(penalised[0]!)).toBeLessThan(Math.abs(free[0]!));
  });

  it('scales coefficients to weights where the positive factors make 100, and drops factors that work the wrong way', () => {
    // order of SCORING_FACTORS: sector, size, region, recentContact, contactFrequency, openTasks, stageProbability, noRecentContact, timeInStage, leadAge
    const weights = weightsFromCoefficients([1, 1, 0, 2, 0, 0, -3, 0.5, 0, 0]);
    expect(weights).toMatchObject({ sector: 25, size: 25, recentContact: 50, stageProbability: 0, noRecentContact: 13 });
  });

  it('proposes more weight for the factor that predicts the outcome, measured on held-out leads', () => {
    const proposal = proposeWeights(history(120), DEFAULT_SCORING_MODEL)!;
    expect(proposal).toMatchObject({ sampleSize: 120, trainingSize: 96, heldOutSize: 24 });
    expect(proposal.weights.recentContact).toBeGreaterThan(DEFAULT_SCORING_MODEL.weights.recentContact);
    expect(proposal.proposed.accuracy).toBeGreaterThanOrEqual(proposal.current.accuracy);
    expect(proposal.proposed.accuracy).toBeGreaterThan(0.7);
    expect(proposeWeights(history(120), DEFAULT_SCORING_MODEL)).toEqual(proposal);
  });

  it('refuses to propose anything from too little or one-sided history', () => {
    expect(proposeWeights(history(MIN_TRAINING_SAMPLES - 1), DEFAULT_SCORING_MODEL)).toBeNull();
    const allWon = history(50).map((sample) => ({ ...sample, won: true }));
    expect(proposeWeights(allWon, DEFAULT_SCORING_MODEL)).toBeNull();
  });

  it('evaluates accuracy at 50 points and ranking over won/lost pairs', () => {
    const samples = [
      { won: true, facts: neutralFacts({ stageProbability: 100, contactMoments30: 4 }) },
      { won: false, facts: neutralFacts() },
    ];
    expect(evaluateModel(samples, DEFAULT_SCORING_MODEL)).toEqual({ accuracy: 1, ranking: 1 });
    expect(evaluateModel([], DEFAULT_SCORING_MODEL)).toEqual({ accuracy: 0, ranking: 0 });
  });
});
