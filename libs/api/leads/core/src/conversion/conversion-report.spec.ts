import { NotFoundError, ValidationError } from '@gemeente-crm/api-kernel';
import type { Pipeline, PipelineStage } from '../pipelines/pipeline.js';
import { PipelineRepository } from '../pipelines/pipeline-repository.js';
import { SettableClock } from '../scoring/testing/in-memory-scoring-ports.js';
import { ConversionReader } from './conversion-reader.js';
import { type CohortCounts, type ConversionQuery, type OutcomeCounts, ratio, stageConversions, type StageCounts, winRates } from './conversion-report.js';
import { GetConversionReport } from './get-conversion-report.js';

const stage = (id: string, position: number): PipelineStage => ({ id, name: id.toUpperCase(), position, defaultProbability: 10 * position, requiredFields: [] });
const STAGES = [stage('intake', 0), stage('gesprek', 1), stage('offerte', 2), stage('akkoord', 3)];
const counts = (stageId: string, furthest: number, more: Partial<StageCounts> = {}): StageCounts => ({
  stageId,
  furthest,
  open: 0,
  openValueCents: 0,
  stays: 0,
  stayDays: 0,
  ...more,
});

describe('conversion maths', () => {
  it('counts a lead as reaching every stage up to its furthest, so skipped stages do not leak', () => {
    // 10 leads: 4 stopped at intake, 3 got to gesprek, 1 jumped straight to offerte, 2 reached akkoord
    const result = stageConversions(STAGES, [counts('intake', 4), counts('gesprek', 3), counts('offerte', 1), counts('akkoord', 2)]);
    expect(result.map((row) => [row.stageId, row.reached, row.conversionFromPrevious])).toEqual([
      ['intake', 10, null],
      ['gesprek', 6, 0.6],
      ['offerte', 3, 0.5],
      ['akkoord', 2, 0.6667],
    ]);
  });

  it('averages the time in a stage over its stays, to one decimal', () => {
    const [intake, gesprek] = stageConversions(STAGES, [counts('intake', 2, { stays: 3, stayDays: 10 }), counts('gesprek', 0, { open: 2, openValueCents: 5000 })]);
    expect(intake).toMatchObject({ averageDaysInStage: 3.3 });
    expect(gesprek).toMatchObject({ averageDaysInStage: null, open: 2, openValueCents: 5000 });
  });

  it('shows an empty period as zeros and unknown rates, never as a division by zero', () => {
    const result = stageConversions(STAGES, []);
    expect(result.every((row) => row.reached === 0 && row.averageDaysInStage === null)).toBe(true);
    expect(result.slice(1).every((row) => row.conversionFromPrevious === null)).toBe(true);
    expect(ratio(0, 0)).toBeNull();
  });

  it('orders win rates best first, groups without closed leads last', () => {
    const rows: OutcomeCounts[] = [
      { key: 'beurs', label: 'Beurs', won: 1, lost: 3 },
      { key: null, label: 'Onbekend', won: 0, lost: 0 },
      { key: 'website', label: 'Website', won: 2, lost: 1 },
    ];
    expect(winRates(rows).map((row) => [row.key, row.winRate])).toEqual([
      ['website', 0.6667],
      ['beurs', 0.25],
      [null, null],
    ]);
  });
});

class OnePipeline extends PipelineRepository {
  constructor(private readonly pipeline: Pipeline) {
    super();
  }
  async findById(id: string): Promise<Pipeline | null> {
    return id === this.pipeline.id ? this.pipeline : null;
  }
  async list(): Promise<Pipeline[]> {
    return [this.pipeline];
  }
  async nameTaken(): Promise<boolean> {
    return false;
  }
  async insert(): Promise<void> {}
  async update(): Promise<boolean> {
    return false;
  }
}

class FixedCounts extends ConversionReader {
  queries: ConversionQuery[] = [];
  constructor(private readonly counts: CohortCounts) {
    super();
  }
  async cohort(query: ConversionQuery): Promise<CohortCounts> {
    this.queries.push(query);
    return this.counts;
  }
  async outcomesBy(_query: ConversionQuery, dimension: string): Promise<OutcomeCounts[]> {
    return dimension === 'sector' ? [{ key: 'G', label: 'Handel', won: 3, lost: 1 }] : [];
  }
}

describe('conversion report', () => {
  const pipeline: Pipeline = { id: 'p1', name: 'Bedrijfshuisvesting', department: 'EZ', stages: STAGES, version: 1, createdAt: new Date(), updatedAt: new Date() };
  const cohort: CohortCounts = { leads: 8, open: 4, won: 3, lost: 1, wonValueCents: 300_00, openValueCents: 400_00, stages: [counts('intake', 8)] };
  const query = (overrides: Partial<ConversionQuery> = {}): ConversionQuery => ({ pipelineId: 'p1', from: '2026-01-01', to: '2026-06-30', ownerId: null, ...overrides });

  it('gives totals, overall conversion and win rate per group', async () => {
    const report = await new GetConversionReport(new OnePipeline(pipeline), new FixedCounts(cohort), new SettableClock()).execute(query());
    expect(report).toMatchObject({ pipelineName: 'Bedrijfshuisvesting', leads: 8, won: 3, lost: 1, overallConversion: 0.375, winRate: 0.75 });
    expect(report.stages).toHaveLength(4);
    expect(report.winRates.sector).toEqual([{ key: 'G', label: 'Handel', won: 3, lost: 1, winRate: 0.75 }]);
  });

  it('rejects impossible periods and unknown pipelines', async () => {
    const useCase = new GetConversionReport(new OnePipeline(pipeline), new FixedCounts(cohort), new SettableClock());
    await expect(useCase.execute(query({ from: '2026-02-30' }))).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'from', code: 'date.invalid' })] });
    await expect(useCase.execute(query({ from: '2026-07-01' }))).rejects.toBeInstanceOf(ValidationError);
    await expect(useCase.execute(query({ pipelineId: 'p2' }))).rejects.toBeInstanceOf(NotFoundError);
  });
});
