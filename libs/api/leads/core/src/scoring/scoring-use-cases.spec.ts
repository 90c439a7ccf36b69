import { type Actor, ConflictError, NotFoundError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import { GetLeadScore } from './get-lead-score.js';
import { GetScoringModel } from './get-scoring-model.js';
import { ProposeScoringWeights } from './propose-scoring-weights.js';
import { RecalculateAllLeadScores, RecalculateLeadScore } from './recalculate-lead-score.js';
import { DEFAULT_WEIGHTS } from './scoring-model.js';
import {
  InMemoryLeadScoreRepository,
  InMemoryScoringFactsReader,
  InMemoryScoringModelRepository,
  neutralFacts,
  RecordingAuditLog,
  RecordingScoreScheduler,
  SettableClock,
  SnapshotTransactionManager,
} from './testing/in-memory-scoring-ports.js';
import { UpdateScoringModel } from './update-scoring-model.js';

const ADMIN: Actor = { id: 'tenant:beheer', displayName: 'Fiona Beheer', roles: ['functioneel-beheerder'] };
const change = (reason?: string) => ({ actor: ADMIN, reason });
const targets = { sectors: ['c', 'F'], postcodeAreas: ['52', '5301'], cities: ['Vught'] };

describe('lead scoring use cases', () => {
  let models: InMemoryScoringModelRepository;
  let scores: InMemoryLeadScoreRepository;
  let facts: InMemoryScoringFactsReader;
  let scheduler: RecordingScoreScheduler;
  let auditLog: RecordingAuditLog;
  let clock: SettableClock;
  let update: UpdateScoringModel;
  let recalculate: RecalculateLeadScore;

  beforeEach(() => {
    models = new InMemoryScoringModelRepository();
    scores = new InMemoryLeadScoreRepository();
    facts = new InMemoryScoringFactsReader();
    scheduler = new RecordingScoreScheduler();
    auditLog = new RecordingAuditLog();
    clock = new SettableClock();
    const transactions = new SnapshotTransactionManager(models, auditLog);
    update = new UpdateScoringModel(models, scheduler, transactions, auditLog, clock);
    recalculate = new RecalculateLeadScore(facts, models, scores, transactions, clock);
  });

  describe('the model', () => {
    it('starts as the built-in version 1', async () => {
      expect(await new GetScoringModel(models).execute()).toMatchObject({ version: 1, source: 'standaard', weights: DEFAULT_WEIGHTS });
    });

    it('gets a new version with every change, audited with the reason, and has every open lead rescored', async () => {
      const saved = await update.execute({ weights: { ...DEFAULT_WEIGHTS, sector: 20 }, targets }, 1, change(' Meer nadruk op sector '));
      expect(saved).toMatchObject({ version: 2, source: 'beheerder', createdBy: ADMIN.id, reason: 'Meer nadruk op sector' });
      expect(saved.targets).toEqual({ sectors: ['C', 'F'], postcodeAreas: ['52', '5301'], cities: ['Vught'] });
      expect(auditLog.entries).toEqual([
        expect.objectContaining({
          action: 'update',
          objectType: 'lead-scoring-model',
          changes: expect.objectContaining({ version: { old: 1, new: 2 }, 'weights.sector': { old: 10, new: 20 } }),
        }),
      ]);
      expect(scheduler.all).toBe(1);
      await update.execute({ weights: DEFAULT_WEIGHTS, targets, source: 'regressie' }, 2, change('Voorstel goedgekeurd'));
      expect((await new GetScoringModel(models).execute())).toMatchObject({ version: 3, source: 'regressie' });
    });

    it('rejects a stale version and invalid input, listing every field, and writes nothing', async () => {
      await expect(update.execute({ weights: DEFAULT_WEIGHTS, targets }, 4, change('x'))).rejects.toBeInstanceOf(StaleVersionError);
      const attempt = update.execute(
        { weights: { ...DEFAULT_WEIGHTS, sector: 101, size: 2.5, bogus: 1 }, targets: { sectors: ['Z'], postcodeAreas: ['0123'], cities: [''] } },
        1,
        change(),
      );
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'weights.sector', code: 'weight.out-of-range' }),
          expect.objectContaining({ field: 'weights.size', code: 'weight.out-of-range' }),
          expect.objectContaining({ field: 'weights.bogus', code: 'weight.unknown-factor' }),
          expect.objectContaining({ field: 'targets.sectors.0', code: 'sector.unknown' }),
          expect.objectContaining({ field: 'targets.postcodeAreas.0', code: 'postcode-area.invalid' }),
          expect.objectContaining({ field: 'targets.cities.0', code: 'city.invalid' }),
          expect.objectContaining({ field: 'reason', code: 'reason.required' }),
        ]),
      });
      const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((id) => [id, 0]));
      await expect(update.execute({ weights: zero, targets }, 1, change('x'))).rejects.toMatchObject({
        errors: [expect.objectContaining({ code: 'weights.no-positive' })],
      });
      expect(models.versions).toEqual([]);
      expect(auditLog.entries).toEqual([]);
      expect(scheduler.all).toBe(0);
    });
  });

  describe('scores', () => {
    it('stores the score of an open lead with the model version, and drops it when the lead closes', async () => {
      facts.open.set('lead-1', neutralFacts({ contactMoments30: 2 }));
      expect(await recalculate.execute('lead-1')).toMatchObject({ score: 8, modelVersion: 1 });
      await update.execute({ weights: { ...DEFAULT_WEIGHTS, recentContact: 30 }, targets }, 1, change('Contact telt zwaarder'));
      expect(await recalculate.execute('lead-1')).toMatchObject({ score: 13, modelVersion: 2, computedAt: clock.current });
      expect(scores.scores.get('lead-1')).toMatchObject({ score: 13 });
      facts.open.delete('lead-1');
      expect(await recalculate.execute('lead-1')).toBeNull();
      expect(scores.scores.size).toBe(0);
    });

    it('rescores every open lead in batches', async () => {
      for (let index = 0; index < 450; index++) facts.open.set(`lead-${String(index).padStart(3, '0')}`, neutralFacts({ leadId: `lead-${index}` }));
      expect(await new RecalculateAllLeadScores(facts, recalculate).execute()).toBe(450);
    });

    it('shows the stored score, or computes one for a lead still waiting for its first; unknown or closed leads have none', async () => {
      const get = new GetLeadScore(scores, facts, models, clock);
      facts.open.set('lead-1', neutralFacts({ stageProbability: 40, stageName: 'Gesprek' }));
      expect(await get.execute('lead-1')).toMatchObject({ score: 18, contributions: [{ factorId: 'stageProbability', points: 18 }] });
      expect(scores.scores.size).toBe(0);
      await expect(get.execute('lead-2')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  it('proposes weights only with enough history', async () => {
    const propose = new ProposeScoringWeights(facts, models);
    await expect(propose.execute()).rejects.toBeInstanceOf(ConflictError);
    facts.samples = Array.from({ length: 40 }, (_, index) => ({
      won: index % 2 === 0,
      facts: neutralFacts({ leadId: `l${index}`, contactMoments30: index % 2 === 0 ? 4 : 0 }),
    }));
    expect(await propose.execute()).toMatchObject({ basedOnVersion: 1, sampleSize: 40, won: 20, lost: 20 });
  });
});
