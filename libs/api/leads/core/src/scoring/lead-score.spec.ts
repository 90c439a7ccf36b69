import { formatContribution, scoreLead } from './lead-score.js';
import { SCORING_FACTORS } from './scoring-factors.js';
import { DEFAULT_SCORING_MODEL, type ScoringModel } from './scoring-model.js';
import { sbiSectionOf, sbiSectionSql } from './sbi-sections.js';
import { neutralFacts } from './testing/in-memory-scoring-ports.js';

const at = new Date('2026-07-01T10:00:00Z');
const score = (overrides: Parameters<typeof neutralFacts>[0], model: ScoringModel = DEFAULT_SCORING_MODEL) =>
  scoreLead(neutralFacts(overrides), model, at);

describe('lead score', () => {
  it('is 0 for a lead nothing is known about, with nothing to explain', () => {
    expect(score({})).toMatchObject({ score: 0, modelVersion: 1, contributions: [] });
  });

  it('adds points for engagement and explains them in Dutch', () => {
    const result = score({ contactMoments30: 4, contactMoments90: 4 });
    expect(result.score).toBe(20);
    expect(result.contributions.map(formatContribution)).toEqual([
      '+15: 4 contactmomenten in de laatste 30 dagen',
      '+5: 4 contactmomenten in de laatste 90 dagen',
    ]);
  });

  it('subtracts points for silence and a long stay in a stage, with a real minus sign', () => {
    const result = score({ stageName: 'Offerte', stageProbability: 60, daysSinceLastContact: 60, daysInStage: 90 });
    expect(result.contributions.map(formatContribution)).toEqual([
      '+27: fase ‘Offerte’ (slagingskans 60%)',
      '\u221210: 90 dagen in fase ‘Offerte’',
      '\u22125: geen contact in 60 dagen',
    ]);
    expect(result.score).toBe(12);
  });

  it('never leaves 0–100, however the factors add up', () => {
    expect(score({ daysSinceLastContact: 400, daysInStage: 400, daysSinceCreated: 400 }).score).toBe(0);
    const best = score({
      sbiCodes: ['4724'],
      legalForm: 'nv',
      establishments: 3,
      postcode: '5211 JX',
      city: "'s-Hertogenbosch",
      contactMoments30: 9,
      contactMoments90: 20,
      openTasks: 5,
      stageProbability: 100,
    });
    expect(best.score).toBe(100);
  });

  it('uses the fit targets: sector by SBI section, region by postcode area or city', () => {
    const fit = score({ sbiCodes: ['0111', '4724'], postcode: '5211 JX', legalForm: 'bv' });
    expect(fit.contributions.map(formatContribution)).toEqual([
      '+10: sector handel (SBI 4724) is een doelsector',
      '+6: rechtsvorm bv',
      '+5: gevestigd in de doelregio (5211)',
    ]);
    expect(score({ city: "'S-HERTOGENBOSCH" }).score).toBe(5);
    expect(score({ sbiCodes: ['8610'], postcode: '1011 AB' }).score).toBe(0);
  });

  it('keeps the positive weights worth 100 together whatever the administrator sets', () => {
    const doubled = { ...DEFAULT_SCORING_MODEL, version: 7, weights: Object.fromEntries(SCORING_FACTORS.map((f) => [f.id, f.defaultWeight * 2])) } as ScoringModel;
    const facts = { contactMoments30: 4, stageProbability: 50, daysInStage: 60 };
    expect(score(facts, doubled)).toMatchObject({ score: score(facts).score, modelVersion: 7 });
  });

  it('counts vestigingen on top of the legal form for size', () => {
    expect(score({ legalForm: 'eenmanszaak', establishments: 1 }).contributions.map(formatContribution)).toEqual(['+1: rechtsvorm eenmanszaak']);
    expect(score({ legalForm: 'bv', establishments: 3 }).contributions.map(formatContribution)).toEqual(['+10: rechtsvorm bv, 3 vestigingen']);
  });

  it('says so when there never was contact', () => {
    expect(score({ daysSinceLastContact: null, daysSinceCreated: 90 }).contributions.map(formatContribution)).toEqual([
      '\u221210: nog geen contact in 90 dagen',
    ]);
  });
});

describe('SBI sections', () => {
  it('maps divisions to their section', () => {
    expect(['0111', '0610', '1071', '3511', '3600', '4120', '4724', '4941', '5610', '6201', '6419', '6810', '6910', '7711', '8411', '8510', '8610', '9001', '9411', '9700', '9900'].map(sbiSectionOf).join('')).toBe(
      'ABCDEFGHIJKLMNOPQRSTU',
    );
    expect(sbiSectionOf('')).toBeNull();
    expect(sbiSectionOf('00')).toBeNull();
  });

  it('has the same mapping as SQL for the reports', () => {
    expect(sbiSectionSql('o.code')).toContain("WHEN NULLIF(substring(o.code from 1 for 2), '')::int >= 99 THEN 'U'");
  });
});
