import { UseCase } from '../shared/use-case.js';
import { type DuplicateScanRun, DuplicateScanRunRepository } from './duplicate-scan-run.js';

/** The latest scan run, for "Laatste zoekronde" and the progress of a requested one. */
@UseCase()
export class GetLatestDuplicateScan {
  constructor(private readonly runs: DuplicateScanRunRepository) {}

  execute(): Promise<DuplicateScanRun | null> {
    return this.runs.latest();
  }
}
