import { type AuditEntry, AuditLog, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import type { LeadScore } from '../lead-score.js';
import type { LeadScoringFacts, ScoringSample } from '../lead-scoring-facts.js';
import type { ScoringModel } from '../scoring-model.js';
import { LeadScoreRepository, type LeadScoreSummary, LeadScoreScheduler, LeadScoringFactsReader, ScoringModelRepository } from '../scoring-ports.js';

export class InMemoryScoringModelRepository extends ScoringModelRepository {
  versions: ScoringModel[] = [];

  async current(): Promise<ScoringModel | null> {
    return this.versions[this.versions.length - 1] ?? null;
  }

  async insert(model: ScoringModel): Promise<boolean> {
    if (this.versions.some((known) => known.version === model.version)) return false;
    this.versions.push(structuredClone(model));
    return true;
  }

  snapshot(): () => void {
    const saved = [...this.versions];
    return () => {
      this.versions = saved;
    };
  }
}

export class InMemoryLeadScoreRepository extends LeadScoreRepository {
  readonly scores = new Map<string, LeadScore>();

  async findByLeadId(leadId: string): Promise<LeadScore | null> {
    return this.scores.get(leadId) ?? null;
  }

  async save(score: LeadScore): Promise<void> {
    this.scores.set(score.leadId, structuredClone(score));
  }

  async remove(leadId: string): Promise<void> {
    this.scores.delete(leadId);
  }

  /** Every stored score: the in-memory store knows no pipelines. */
  async forPipeline(): Promise<LeadScoreSummary[]> {
    return [...this.scores.values()].map(({ leadId, score, modelVersion }) => ({ leadId, score, modelVersion })).sort((a, b) => b.score - a.score);
  }
}

/** Facts set by the test, per lead; a lead without facts is unknown or closed. */
export class InMemoryScoringFactsReader extends LeadScoringFactsReader {
  readonly open = new Map<string, LeadScoringFacts>();
  samples: ScoringSample[] = [];

  async factsFor(leadId: string): Promise<LeadScoringFacts | null> {
    return this.open.get(leadId) ?? null;
  }

  async openLeadIds(afterId: string | null, limit: number): Promise<string[]> {
    return [...this.open.keys()].sort().filter((id) => afterId === null || id > afterId).slice(0, limit);
  }

  async closedSamples(limit: number): Promise<ScoringSample[]> {
    return this.samples.slice(0, limit);
  }
}

export class RecordingScoreScheduler extends LeadScoreScheduler {
  leads: string[] = [];
  all = 0;

  async rescoreLead(leadId: string): Promise<void> {
    this.leads.push(leadId);
  }

  async rescoreAll(): Promise<void> {
    this.all += 1;
  }
}

/** A lead that scores nothing and loses nothing, to change one fact at a time. */
export function neutralFacts(overrides: Partial<LeadScoringFacts> = {}): LeadScoringFacts {
  return {
    leadId: 'lead-1',
    sbiCodes: [],
    legalForm: null,
    establishments: 0,
    postcode: null,
    city: null,
    contactMoments30: 0,
    contactMoments90: 0,
    daysSinceLastContact: 0,
    openTasks: 0,
    stageName: 'Intake',
    stageProbability: null,
    daysSinceCreated: 0,
    daysInStage: 0,
    ...overrides,
  };
}

export class RecordingAuditLog extends AuditLog {
  entries: AuditEntry[] = [];

  async record(entry: AuditEntry): Promise<void> {
    this.entries.push(structuredClone(entry));
  }
}

/** Undoes the model versions and audit entries written by work that throws, like a database transaction. */
export class SnapshotTransactionManager extends TransactionManager {
  constructor(
    private readonly models: InMemoryScoringModelRepository,
    private readonly auditLog: RecordingAuditLog,
  ) {
    super();
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const restoreModels = this.models.snapshot();
    const entries = [...this.auditLog.entries];
    try {
      return await work();
    } catch (error) {
      restoreModels();
      this.auditLog.entries = entries;
      throw error;
    }
  }
}

export class SettableClock extends Clock {
  constructor(public current = new Date('2026-07-01T10:00:00Z')) {
    super();
  }

  now(): Date {
    return this.current;
  }
}
